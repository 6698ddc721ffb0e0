/**
 * Shortens text to at most `limit` characters, cutting only between words, and drops the
 * dangling punctuation a cut leaves behind. Text already within the limit comes back unchanged.
 */
export function trimToLimit(text: string, limit: number): string {
  const clean = text.replace(/\s+/g, " ").trim();
  if (clean.length <= limit) return clean;
  const cut = clean.slice(0, limit + 1);
  const lastSpace = cut.lastIndexOf(" ");
  // A single word longer than the limit cannot be cut at a word boundary: drop it entirely
  // rather than ship half a word.
  if (lastSpace <= 0) return "";
  return cut.slice(0, lastSpace).replace(/[\s,;:\-–—(&/]+$/u, "").trim();
}

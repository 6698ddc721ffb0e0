// Words that appear in nearly every description and would only blur which ones are alike.
const stopwords = new Set([
  "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "from", "has", "have", "in", "into", "is", "it", "its",
  "of", "on", "or", "our", "so", "that", "the", "their", "this", "to", "was", "we", "were", "which", "will", "with",
  "you", "your",
]);

/** Lower-case runs of Unicode letters and digits, without stopwords. */
export function tokenize(text: string): string[] {
  return (text.normalize("NFKC").toLowerCase().match(/[\p{L}\p{M}\p{N}]+/gu) ?? []).filter((token) => !stopwords.has(token));
}

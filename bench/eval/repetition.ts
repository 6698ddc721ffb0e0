import { words } from "./words";

/**
 * The share of word trigrams that repeat an earlier one in the same text: 0 when every three-word
 * run is new, near 1 when the model loops. Undefined for text under three words.
 */
export function repeatedTrigramShare(text: string): number | undefined {
  const tokens = words(text).map((word) => word.toLowerCase());
  if (tokens.length < 3) return undefined;
  const seen = new Set<string>();
  let repeated = 0;
  for (let i = 0; i + 2 < tokens.length; i++) {
    const trigram = `${tokens[i]} ${tokens[i + 1]} ${tokens[i + 2]}`;
    if (seen.has(trigram)) repeated++;
    else seen.add(trigram);
  }
  return repeated / (tokens.length - 2);
}

/** How many items repeat an earlier one, ignoring case, spacing and punctuation. */
export function duplicateItems(items: readonly string[]): number {
  const keys = items.map((item) => words(item).join(" ").toLowerCase()).filter(Boolean);
  return keys.length - new Set(keys).size;
}

import englishWords from "an-array-of-english-words";

let words: ReadonlySet<string> | undefined;

/**
 * The share of a text's words that are English words, by a 275,000-word list (the
 * an-array-of-english-words package): how a test tells real English from a random model's
 * gibberish without asserting any exact prose. Numbers and one-letter words are not counted.
 */
export function englishShare(text: string): { readonly share: number; readonly words: number; readonly unknown: readonly string[] } {
  words ??= new Set(englishWords);
  const tokens = (text.toLowerCase().match(/[a-z]+(?:'[a-z]+)?/g) ?? []).map((token) => token.replace(/'s$/, "")).filter((token) => token.length > 1);
  const unknown = tokens.filter((token) => !words!.has(token));
  return { share: tokens.length === 0 ? 0 : 1 - unknown.length / tokens.length, words: tokens.length, unknown };
}

/**
 * Words and sentences as the readability formulas count them. A word is a run of letters or
 * digits, joined by an apostrophe or hyphen ("don't", "eco-friendly" count once), and a number with its
 * decimals ("2.5"). A sentence
 * ends at . ! ? … or a line break, so a bullet without a full stop is still a sentence of its own.
 */
export interface TextStats {
  readonly words: readonly string[];
  /** Words per sentence, in order; sentences without a word are not counted. */
  readonly sentenceLengths: readonly number[];
}

// A decimal point or thousands comma between digits stays inside the number ("2.5", "1,200").
const wordPattern = /[\p{L}\p{N}]+(?:(?:['’\-‐]|(?<=\p{N})[.,](?=\p{N}))[\p{L}\p{N}]+)*/gu;
// A full stop between digits ("2.5 kg") or inside an abbreviation followed by no space does not end a sentence.
const sentenceBreak = /[.!?…]+["”’)\]]*(?=\s|$)|\n+/u;

export function wordsOf(text: string): string[] {
  return text.match(wordPattern) ?? [];
}

export function textStats(text: string): TextStats {
  const sentenceLengths = text
    .split(sentenceBreak)
    .map((sentence) => wordsOf(sentence).length)
    .filter((length) => length > 0);
  return { words: wordsOf(text), sentenceLengths };
}

/** Letters in a word, not counting apostrophes, hyphens or digits. */
export function letterCount(word: string): number {
  return (word.match(/\p{L}/gu) ?? []).length;
}

import { sentences, words } from "./words";

/**
 * Flesch reading ease (higher reads easier; 60–70 is plain English). Syllables are counted as
 * vowel groups, less a silent final e: rough per word, close enough over a paragraph. Defined for
 * English; for other languages it is only indicative. Undefined for text without words.
 */
export function fleschReadingEase(text: string): number | undefined {
  const all = words(text);
  const sentenceCount = Math.max(1, sentences(text).length);
  if (all.length === 0) return undefined;
  const syllables = all.reduce((sum, word) => sum + syllableCount(word), 0);
  return 206.835 - 1.015 * (all.length / sentenceCount) - 84.6 * (syllables / all.length);
}

function syllableCount(word: string): number {
  const lower = word.toLowerCase().replace(/[^a-zà-ÿ]/g, "");
  if (lower.length <= 3) return 1;
  const groups = lower.replace(/(?:[^laeiouy]es|ed|[^laeiouy]e)$/, "").match(/[aeiouyà-ÿ]+/g);
  return Math.max(1, groups?.length ?? 1);
}

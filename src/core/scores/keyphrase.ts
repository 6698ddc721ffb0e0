import { wordsOf } from "./textStats";

/**
 * Function words that do not count toward a keyphrase's length, after Yoast, which counts only
 * content words ("socks for running" is two). English and German, the languages tested here.
 */
const functionWords = new Set(
  (
    "a an and are as at be by for from in into is it of on or our the this to with your you " +
    "der die das den dem des ein eine einen einem einer und oder mit für von zu im in am an auf aus bei"
  ).split(" "),
);

/**
 * The form a word is compared in: lower case, and simple plural and inflection endings taken off
 * ("socks" and "sock", "batteries" and "battery", "boxes" and "box", "knitted" and "knit" meet).
 * A stem that is wrong for a word is wrong the same way in the keyphrase and in the text, so
 * the two still meet.
 */
export function wordStem(word: string): string {
  const stem = word.toLowerCase().replace(/['’]s$/u, "");
  if (stem.length <= 3) return stem;
  if (stem.endsWith("ies") && stem.length > 4) return `${stem.slice(0, -3)}y`;
  if (/(?:[sxz]|ch|sh)es$/u.test(stem)) return stem.slice(0, -2);
  // An ending is taken off only where a stem with a vowel is left: "string" and "speed" stay whole.
  if (stem.endsWith("ing") && hasVowel(stem.slice(0, -3))) return singleFinal(stem.slice(0, -3));
  if (stem.endsWith("ed") && !stem.endsWith("eed") && hasVowel(stem.slice(0, -2))) return singleFinal(stem.slice(0, -2));
  if (stem.endsWith("s") && !stem.endsWith("ss")) return stem.slice(0, -1);
  return stem;
}

/** A doubled consonant left by -ing or -ed ("knitting", "knitted") stands for one. */
function singleFinal(stem: string): string {
  return stem.replace(/([b-df-hj-np-tv-z])\1$/u, "$1");
}

function hasVowel(stem: string): boolean {
  return stem.length > 2 && /[aeiouy]/u.test(stem);
}

export function contentWords(keyphrase: string): string[] {
  return wordsOf(keyphrase).filter((word) => !functionWords.has(word.toLowerCase()));
}

/**
 * How often the keyphrase occurs in `text`: its words in order, as whole words, each in any
 * simple inflection, case ignored. Occurrences do not overlap.
 */
export function keyphraseOccurrences(text: string, keyphrase: string): number {
  const wanted = wordsOf(keyphrase).map(wordStem);
  if (wanted.length === 0) return 0;
  const found = wordsOf(text).map(wordStem);
  let count = 0;
  for (let i = 0; i + wanted.length <= found.length; ) {
    if (wanted.every((stem, k) => found[i + k] === stem)) {
      count += 1;
      i += wanted.length;
    } else {
      i += 1;
    }
  }
  return count;
}

/** Whether the keyphrase starts `text` (its first words, ignoring case and inflection). */
export function startsWithKeyphrase(text: string, keyphrase: string): boolean {
  const wanted = wordsOf(keyphrase).map(wordStem);
  const found = wordsOf(text).slice(0, wanted.length).map(wordStem);
  return wanted.length > 0 && wanted.every((stem, k) => found[k] === stem);
}

/** Whether every content word of the keyphrase appears somewhere in `text`, in any order. */
export function hasAllContentWords(text: string, keyphrase: string): boolean {
  const wanted = contentWords(keyphrase).map(wordStem);
  const found = new Set(wordsOf(text).map(wordStem));
  return wanted.length > 0 && wanted.every((stem) => found.has(stem));
}

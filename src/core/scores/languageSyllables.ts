import { englishSyllables } from "./englishSyllables";

/** Languages with a readability formula here; any other language code gets lengths only. */
export type ScoredLanguage = "en" | "de" | "es" | "fr" | "it";

/**
 * Syllables for the languages other than English, counted as vowel groups with each language's
 * vowels, which these orthographies make a close estimate (German diphthongs ei, au, eu, äu and
 * ie are one group, as they are one syllable). Spanish and Italian split a group where two strong
 * vowels meet, or a stressed i/u meets a vowel ("po-e-ta", "dí-a"), since those are two syllables.
 * French drops a final mute e (and -es) after a consonant ("table", "robes").
 */
const vowels: Readonly<Record<Exclude<ScoredLanguage, "en">, RegExp>> = {
  de: /[aeiouyäöü]+/gu,
  es: /[aeiouyáéíóúü]+/gu,
  fr: /[aeiouyàâäéèêëîïôöûùüœæ]+/gu,
  it: /[aeiouàèéìíòóùú]+/gu,
};

/** Vowels that each take a syllable of their own when they meet another vowel. */
const strongVowels: Readonly<Partial<Record<ScoredLanguage, RegExp>>> = {
  es: /[aeoáéíóú]/u,
  it: /[aeoàèéìíòóùú]/u,
};

export function syllablesIn(word: string, language: ScoredLanguage): number {
  if (language === "en") return englishSyllables(word);
  const lower = word.toLowerCase();
  const groups = lower.match(vowels[language]) ?? [];
  if (groups.length === 0) return 1;
  let count = groups.length;
  const strong = strongVowels[language];
  if (strong) count += groups.reduce((extra, group) => extra + hiatuses(group, strong), 0);
  if (language === "fr" && groups.length > 1 && /[^aeiouyàâäéèêëîïôöûùüœæ]e(?:s)?$/u.test(lower)) count -= 1;
  return Math.max(1, count);
}

/** Places in a vowel group where two strong vowels stand side by side. */
function hiatuses(group: string, strong: RegExp): number {
  let count = 0;
  for (let i = 1; i < group.length; i += 1) {
    if (strong.test(group.charAt(i - 1)) && strong.test(group.charAt(i))) count += 1;
  }
  return count;
}

import type { ScoredLanguage } from "./languageSyllables";

/** ASL: words per sentence. ASW: syllables per word. */
export interface LengthAverages {
  readonly wordsPerSentence: number;
  readonly syllablesPerWord: number;
}

/**
 * Reading ease on Flesch's 0–100 scale (higher reads more easily), each language with its
 * published adaptation, since the English weights overrate long-word languages as hard:
 * - en, Flesch (1948): 206.835 − 1.015 × ASL − 84.6 × ASW
 * - de, Amstad (1978): 180 − ASL − 58.5 × ASW
 * - es, Fernández Huerta (1959): 206.84 − 0.60 × P − 1.02 × F, with P syllables and F sentences per
 *   100 words, that is 206.84 − 60 × ASW − 102 / ASL
 * - fr, Kandel & Moles (1958): 207 − 1.015 × ASL − 73.6 × ASW
 * - it, Flesch–Vacca (1972): 206 − 0.65 × S − W, with S syllables per 100 words and W = ASL,
 *   that is 206 − 65 × ASW − ASL
 */
export function readingEase(language: ScoredLanguage, { wordsPerSentence: asl, syllablesPerWord: asw }: LengthAverages): number {
  switch (language) {
    case "en":
      return 206.835 - 1.015 * asl - 84.6 * asw;
    case "de":
      return 180 - asl - 58.5 * asw;
    case "es":
      return 206.84 - 60 * asw - 102 / asl;
    case "fr":
      return 207 - 1.015 * asl - 73.6 * asw;
    case "it":
      return 206 - 65 * asw - asl;
  }
}

/** Flesch–Kincaid grade (Kincaid et al., 1975), a US school grade; defined for English only. */
export function fleschKincaidGrade({ wordsPerSentence: asl, syllablesPerWord: asw }: LengthAverages): number {
  return 0.39 * asl + 11.8 * asw - 15.59;
}

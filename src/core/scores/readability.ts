import { syllablesIn, type ScoredLanguage } from "./languageSyllables";
import { fleschKincaidGrade, readingEase } from "./readabilityFormulas";
import { bandStatus, type ScoreCheck } from "./scoreCheck";
import { letterCount, textStats } from "./textStats";

export interface ReadabilityReport {
  /** The language the formulas were chosen for; undefined when none applies (lengths only). */
  readonly language: ScoredLanguage | undefined;
  readonly words: number;
  readonly sentences: number;
  /** Undefined when the language has no syllable counter here. */
  readonly syllables: number | undefined;
  readonly wordsPerSentence: number;
  readonly lettersPerWord: number;
  readonly readingEase: number | undefined;
  readonly gradeLevel: number | undefined;
  readonly checks: readonly ScoreCheck[];
}

/**
 * Targets: Writer and Vale aim copy at reading ease above 70 and a grade below 8. Long sentences
 * follow Yoast: at most 25% of sentences over 20 words is good, up to 30% is ok. Word length has
 * no published target: 6 letters a word on average is our own line, above everyday English (about
 * 4.5 to 5); German compounds often pass it, so German copy will often show ok or a problem there.
 */
export const readabilityTargets = {
  easeGood: 70,
  easeOk: 50,
  gradeGood: 8,
  gradeOk: 10,
  longSentenceWords: 20,
  longSentenceShareGood: 25,
  longSentenceShareOk: 30,
  lettersPerWordGood: 6,
  lettersPerWordOk: 7,
} as const;

const scored: readonly ScoredLanguage[] = ["en", "de", "es", "fr", "it"];

/** "de-DE", "DE" and "de" all mean German; a language without a formula here gives undefined. */
export function scoredLanguage(language: string): ScoredLanguage | undefined {
  const primary = language.trim().toLowerCase().split(/[-_]/)[0] ?? "";
  return scored.find((code) => code === primary);
}

export function readability(text: string, language = "en"): ReadabilityReport {
  const lang = scoredLanguage(language);
  const { words, sentenceLengths } = textStats(text);
  const wordCount = words.length;
  const sentences = sentenceLengths.length;
  const wordsPerSentence = sentences === 0 ? 0 : wordCount / sentences;
  const lettersPerWord = wordCount === 0 ? 0 : words.reduce((sum, word) => sum + letterCount(word), 0) / wordCount;
  const syllables = lang === undefined ? undefined : words.reduce((sum, word) => sum + syllablesIn(word, lang), 0);
  const averages = syllables === undefined || wordCount === 0 ? undefined : { wordsPerSentence, syllablesPerWord: syllables / wordCount };
  const ease = lang !== undefined && averages ? readingEase(lang, averages) : undefined;
  const grade = lang === "en" && averages ? fleschKincaidGrade(averages) : undefined;
  const longShare = sentences === 0 ? 0 : (100 * sentenceLengths.filter((length) => length > readabilityTargets.longSentenceWords).length) / sentences;

  const checks: ScoreCheck[] = [];
  if (ease !== undefined) checks.push(easeCheck(ease));
  if (grade !== undefined) checks.push(gradeCheck(grade));
  if (wordCount > 0) checks.push(sentenceCheck(longShare), wordCheck(lettersPerWord));
  return { language: lang, words: wordCount, sentences, syllables, wordsPerSentence, lettersPerWord, readingEase: ease, gradeLevel: grade, checks };
}

function easeCheck(ease: number): ScoreCheck {
  const t = readabilityTargets;
  const status = bandStatus(ease, [t.easeGood, Infinity], [t.easeOk, Infinity]);
  return {
    id: "readingEase",
    label: "Reading ease",
    value: ease,
    threshold: `${t.easeGood} or more`,
    status,
    advice: status === "good" ? "Reads easily." : "Use shorter sentences and shorter, everyday words.",
  };
}

function gradeCheck(grade: number): ScoreCheck {
  const t = readabilityTargets;
  const status = bandStatus(grade, [-Infinity, t.gradeGood], [-Infinity, t.gradeOk]);
  return {
    id: "gradeLevel",
    label: "Reading grade",
    value: grade,
    threshold: `grade ${t.gradeGood} or below`,
    status,
    advice: status === "good" ? "Suits a general audience." : "Split long sentences and swap words of three or more syllables for shorter ones.",
  };
}

function sentenceCheck(longShare: number): ScoreCheck {
  const t = readabilityTargets;
  const status = bandStatus(longShare, [0, t.longSentenceShareGood], [0, t.longSentenceShareOk]);
  return {
    id: "sentenceLength",
    label: `Sentences over ${t.longSentenceWords} words`,
    value: longShare,
    threshold: `${t.longSentenceShareGood}% of sentences or fewer`,
    status,
    advice: status === "good" ? "Sentence length is varied and short enough." : `Split the sentences of more than ${t.longSentenceWords} words.`,
  };
}

function wordCheck(lettersPerWord: number): ScoreCheck {
  const t = readabilityTargets;
  const status = bandStatus(lettersPerWord, [0, t.lettersPerWordGood], [0, t.lettersPerWordOk]);
  return {
    id: "wordLength",
    label: "Letters per word",
    value: lettersPerWord,
    threshold: `${t.lettersPerWordGood} or fewer on average`,
    status,
    advice: status === "good" ? "Words are short enough." : "Prefer shorter words where a long one is not needed.",
  };
}

import type { CopyScore } from "./scoreCopy";
import type { ScoreCheck, ScoreStatus } from "./scoreCheck";

/** One check as every surface shows it: the panel, a document's footer, Tailor: Score Copy. */
export interface ScoreRow {
  readonly id: string;
  readonly label: string;
  /** The value rounded and with its unit: "97", "1.2%", "54 characters". */
  readonly value: string;
  readonly threshold: string;
  readonly status: ScoreStatus;
  readonly advice: string;
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
const times = (count: number) => (count === 0 ? "none" : plural(count, "time", "times"));

/** How each check's figure reads; the unit is what its threshold is given in. */
const valueFormats: Readonly<Record<string, (value: number) => string>> = {
  readingEase: (value) => value.toFixed(0),
  gradeLevel: (value) => value.toFixed(1),
  sentenceLength: (value) => `${value.toFixed(0)}%`,
  wordLength: (value) => `${value.toFixed(1)} letters`,
  keyphraseLength: (value) => plural(value, "word", "words"),
  keyphraseInTitle: times,
  keyphraseInSeoTitle: times,
  keyphraseInMetaDescription: times,
  keyphraseInIntroduction: times,
  keyphraseDensity: (value) => `${value.toFixed(1)}%`,
  metaDescriptionLength: (value) => plural(value, "character", "characters"),
  seoTitleLength: (value) => plural(value, "character", "characters"),
  textLength: (value) => plural(value, "word", "words"),
};

export function displayValue(check: ScoreCheck): string {
  const format = Object.hasOwn(valueFormats, check.id) ? valueFormats[check.id] : undefined;
  return format ? format(check.value) : String(Math.round(check.value * 10) / 10);
}

/** Readability first (it applies to every text), then SEO, each in its own order. */
export function scoreRows(score: CopyScore): ScoreRow[] {
  return [...score.readability.checks, ...score.seo].map((check) => ({
    id: check.id,
    label: check.label,
    value: displayValue(check),
    threshold: check.threshold,
    status: check.status,
    advice: check.advice,
  }));
}

import type { ScoreCheck, ScoreStatus } from "./scoreCheck";

/**
 * How much each check counts toward the overall score. What decides whether a product page is
 * found and read counts double: the keyphrase in the titles, its density, the text's length and
 * its reading ease. A check not listed counts once; a check that did not run counts nothing.
 */
export const checkWeights: Readonly<Record<string, number>> = {
  keyphraseInTitle: 2,
  keyphraseInSeoTitle: 2,
  keyphraseDensity: 2,
  textLength: 2,
  readingEase: 2,
  keyphraseLength: 1,
  keyphraseInMetaDescription: 1,
  keyphraseInIntroduction: 1,
  metaDescriptionLength: 1,
  seoTitleLength: 1,
  gradeLevel: 1,
  sentenceLength: 1,
  wordLength: 1,
};

/** Good earns a check's full weight, ok half of it, a problem nothing. */
export const statusPoints: Readonly<Record<ScoreStatus, number>> = { good: 1, ok: 0.5, problem: 0 };

/** 0–100, rounded: the weighted share of points earned. No checks score 0. */
export function overallScore(checks: readonly ScoreCheck[]): number {
  let earned = 0;
  let possible = 0;
  for (const { id, status } of checks) {
    const weight = Object.hasOwn(checkWeights, id) ? (checkWeights[id] ?? 1) : 1;
    earned += weight * statusPoints[status];
    possible += weight;
  }
  return possible === 0 ? 0 : Math.round((100 * earned) / possible);
}

import { median } from "../stats";
import type { OutputScore } from "./scoreOutput";
import { textTable } from "./textTable";

/** The figures of a group of outputs, each against the targets. */
export interface EvalSummary {
  readonly outputs: number;
  readonly completePct: number;
  readonly cutsPerOutput: number;
  readonly midSentenceCuts: number;
  readonly unsupportedPerOutput: number;
  readonly noUnsupportedPct: number;
  /** Unsupported statements in first drafts, and how many of them the single rewrite removed. */
  readonly unsupportedFirstDrafts: number;
  readonly unsupportedFixedByRewrite: number;
  readonly removedPerOutput: number;
  readonly leakedPerOutput: number;
  readonly claimFindings: number;
  readonly claimsUnflagged: number;
  readonly retriedPct: number;
  readonly nameInTitlePct?: number;
  readonly nameInSeoTitlePct?: number;
  readonly keywordInSeoTitlePct?: number;
  readonly keywordInMetaPct?: number;
  readonly keywordInBodyPct?: number;
  readonly readingEaseMedian?: number;
  readonly repeatedTrigramPct: number;
  readonly duplicateItems: number;
  readonly languageOkPct: number;
  readonly secondsP50: number;
  readonly descriptionSecondsP50?: number;
  readonly tokensMean: number;
}

export function summarise(scores: readonly OutputScore[]): EvalSummary {
  const pct = (count: number, of: number) => (of === 0 ? 0 : (100 * count) / of);
  const share = (pick: (score: OutputScore) => boolean, within = scores) => pct(within.filter(pick).length, within.length);
  const withKeyword = scores.filter((score) => score.keyword);
  const titled = scores.filter((score) => score.nameInTitle !== undefined);
  const seoTitled = scores.filter((score) => score.nameInSeoTitle !== undefined);
  const withSeo = withKeyword.filter((score) => score.keyword!.inSeoTitle !== undefined);
  const ease = scores.map((score) => score.readingEase).filter((value): value is number => value !== undefined);
  const trigrams = scores.map((score) => score.repeatedTrigramShare).filter((value): value is number => value !== undefined);
  const descriptions = scores.filter((score) => score.kind === "description" && !score.error);
  const unsupported = scores.reduce((sum, score) => sum + score.unsupportedFacts.length, 0);
  return {
    outputs: scores.length,
    completePct: share((score) => score.complete),
    cutsPerOutput: scores.reduce((sum, score) => sum + score.cuts.length, 0) / Math.max(1, scores.length),
    midSentenceCuts: scores.reduce((sum, score) => sum + score.cuts.filter((cut) => cut.midSentence).length, 0),
    unsupportedPerOutput: unsupported / Math.max(1, scores.length),
    noUnsupportedPct: share((score) => score.unsupportedFacts.length === 0),
    unsupportedFirstDrafts: scores.reduce((sum, score) => sum + (score.attempts > 1 ? (score.unsupportedBeforeRewrite ?? 0) : score.unsupportedFacts.length), 0),
    unsupportedFixedByRewrite: scores.reduce((sum, score) => sum + (score.attempts > 1 ? Math.max(0, (score.unsupportedBeforeRewrite ?? 0) - score.unsupportedFacts.length) : 0), 0),
    removedPerOutput: scores.reduce((sum, score) => sum + (score.removedSentences ?? 0), 0) / Math.max(1, scores.length),
    leakedPerOutput: scores.reduce((sum, score) => sum + (score.leakedStrings ?? 0), 0) / Math.max(1, scores.length),
    claimFindings: scores.reduce((sum, score) => sum + score.claimFindings.length, 0),
    claimsUnflagged: scores.reduce((sum, score) => sum + score.claimsUnflagged, 0),
    retriedPct: share((score) => score.attempts > 1),
    nameInTitlePct: titled.length ? share((score) => score.nameInTitle === true, titled) : undefined,
    nameInSeoTitlePct: seoTitled.length ? share((score) => score.nameInSeoTitle === true, seoTitled) : undefined,
    keywordInSeoTitlePct: withSeo.length ? share((score) => score.keyword!.inSeoTitle === true, withSeo) : undefined,
    keywordInMetaPct: withSeo.length ? share((score) => score.keyword!.inMetaDescription === true, withSeo) : undefined,
    keywordInBodyPct: withKeyword.length ? share((score) => score.keyword!.inBody, withKeyword) : undefined,
    readingEaseMedian: ease.length ? median(ease) : undefined,
    repeatedTrigramPct: trigrams.length ? (100 * trigrams.reduce((a, b) => a + b, 0)) / trigrams.length : 0,
    duplicateItems: scores.reduce((sum, score) => sum + score.duplicateItems, 0),
    languageOkPct: share((score) => score.detectedLanguage === score.language),
    secondsP50: median(scores.map((score) => score.seconds)),
    descriptionSecondsP50: descriptions.length ? median(descriptions.map((score) => score.seconds)) : undefined,
    tokensMean: scores.reduce((sum, score) => sum + score.tokens, 0) / Math.max(1, scores.length),
  };
}

const columns: readonly [string, (summary: EvalSummary) => string][] = [
  ["n", (s) => String(s.outputs)],
  ["complete", (s) => percent(s.completePct)],
  ["cuts/out", (s) => s.cutsPerOutput.toFixed(2)],
  ["mid-cuts", (s) => String(s.midSentenceCuts)],
  ["unsup/out", (s) => s.unsupportedPerOutput.toFixed(2)],
  ["no unsup", (s) => percent(s.noUnsupportedPct)],
  ["unsup fixed", (s) => `${s.unsupportedFixedByRewrite}/${s.unsupportedFirstDrafts}`],
  ["removed/out", (s) => s.removedPerOutput.toFixed(2)],
  ["leaked/out", (s) => s.leakedPerOutput.toFixed(2)],
  ["claims", (s) => String(s.claimFindings)],
  ["unflagged", (s) => String(s.claimsUnflagged)],
  ["retried", (s) => percent(s.retriedPct)],
  ["name title", (s) => percent(s.nameInTitlePct)],
  ["name seo", (s) => percent(s.nameInSeoTitlePct)],
  ["kw seo", (s) => percent(s.keywordInSeoTitlePct)],
  ["kw meta", (s) => percent(s.keywordInMetaPct)],
  ["kw body", (s) => percent(s.keywordInBodyPct)],
  ["flesch", (s) => (s.readingEaseMedian === undefined ? "-" : s.readingEaseMedian.toFixed(0))],
  ["trigram", (s) => `${s.repeatedTrigramPct.toFixed(1)}%`],
  ["dup items", (s) => String(s.duplicateItems)],
  ["lang ok", (s) => percent(s.languageOkPct)],
  ["p50 s", (s) => s.secondsP50.toFixed(1)],
  ["desc p50 s", (s) => (s.descriptionSecondsP50 === undefined ? "-" : s.descriptionSecondsP50.toFixed(1))],
  ["tokens", (s) => s.tokensMean.toFixed(0)],
];

/** A plain-text table: one row a group, then the overall row. */
export function formatTable(rows: readonly (readonly [string, EvalSummary])[]): string {
  const header = ["group", ...columns.map(([name]) => name)];
  const cells = rows.map(([group, summary]) => [group, ...columns.map(([, cell]) => cell(summary))]);
  return textTable(header, cells);
}

function percent(value: number | undefined): string {
  return value === undefined ? "-" : `${value.toFixed(0)}%`;
}

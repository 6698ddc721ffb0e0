import type { ProductDescriptionDraft } from "../productDescription/enforceLimits";
import { overallScore } from "./overallScore";
import { readability } from "./readability";
import type { CopyScore, ScoreOptions } from "./scoreCopy";
import { documentParts, type DocumentFormat } from "./documentParts";
import { productText, seoChecks } from "./seoChecks";

export interface DocumentScore extends CopyScore {
  /** The parts the document lacks, whose checks were left out: "title", "SEO title", "meta description". */
  readonly notFound: readonly string[];
}

/** Checks that read a part only some documents have; without the part they are left out, not failed. */
const partChecks = [
  { part: "title", present: (parts: ProductDescriptionDraft) => parts.title !== undefined, ids: ["keyphraseInTitle"] },
  { part: "SEO title", present: (parts: ProductDescriptionDraft) => parts.seoTitle !== undefined, ids: ["keyphraseInSeoTitle", "seoTitleLength"] },
  {
    part: "meta description",
    present: (parts: ProductDescriptionDraft) => parts.metaDescription !== undefined,
    ids: ["keyphraseInMetaDescription", "metaDescriptionLength"],
  },
] as const;

/**
 * Scores any document (Tailor: Score Copy): readability of its running text, and the SEO checks
 * for the parts it has. A blog draft without an SEO title is not told to write one.
 */
export function scoreDocument(text: string, format: DocumentFormat, { keyphrase, language = "en" }: ScoreOptions): DocumentScore {
  const parts = documentParts(text, format);
  const missing = partChecks.filter((entry) => !entry.present(parts));
  const leftOut = new Set<string>(missing.flatMap((entry) => entry.ids));
  const report = readability(productText(parts), language);
  const seo = seoChecks(parts, keyphrase).filter((check) => !leftOut.has(check.id));
  return { readability: report, seo, score: overallScore([...report.checks, ...seo]), notFound: missing.map((entry) => entry.part) };
}

/**
 * Readability alone, for copy that is not a product page (ads, posts, emails): the SEO checks
 * measure a product page, and an ad of 30 words is not too short.
 */
export function scoreReadability(text: string, language = "en"): CopyScore {
  const report = readability(text, language);
  return { readability: report, seo: [], score: overallScore(report.checks) };
}

/** Readability alone of any document's running text (Tailor: Score Copy without a keyphrase). */
export function scoreReadabilityOf(text: string, format: DocumentFormat, language = "en"): DocumentScore {
  return { ...scoreReadability(productText(documentParts(text, format)), language), notFound: [] };
}

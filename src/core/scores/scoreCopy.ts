import type { ProductDescriptionDraft } from "../productDescription/enforceLimits";
import { overallScore } from "./overallScore";
import { readability, type ReadabilityReport } from "./readability";
import type { ScoreCheck } from "./scoreCheck";
import { productText, seoChecks } from "./seoChecks";

export interface CopyScore {
  readonly readability: ReadabilityReport;
  readonly seo: readonly ScoreCheck[];
  /** 0–100 over the readability and SEO checks together (see overallScore.ts for the weights). */
  readonly score: number;
}

export interface ScoreOptions {
  /** The brief's first keyword; empty when the brief has none. */
  readonly keyphrase: string;
  /** A BCP 47 code such as "en" or "de-DE"; languages without a formula get lengths only. */
  readonly language?: string;
}

/** Scores one product description: what a panel, a footer or a catalog report column shows. */
export function scoreProductDescription(draft: ProductDescriptionDraft, { keyphrase, language = "en" }: ScoreOptions): CopyScore {
  const report = readability(productText(draft), language);
  const seo = seoChecks(draft, keyphrase);
  return { readability: report, seo, score: overallScore([...report.checks, ...seo]) };
}

import type { ProductBrief } from "../brief";
import type { ScoreOptions } from "./scoreCopy";

/** The keyphrase is the brief's first keyword, as the SEO title's keyword is (seoTitleKeyword.ts). */
export function scoreOptionsFor(brief: ProductBrief): ScoreOptions {
  return { keyphrase: brief.keywords[0]?.trim() ?? "" };
}

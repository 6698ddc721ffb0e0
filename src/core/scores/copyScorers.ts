import type { ProductBrief } from "../brief";
import type { ProductDescriptionDraft } from "../productDescription/enforceLimits";
import { scoreOptionsFor } from "./briefScoreOptions";
import { scoreProductDescription, type CopyScore } from "./scoreCopy";
import { scoreReadabilityOf } from "./scoreDocument";

/** How a surface scores a draft of one kind: the same for the panel, the commands and the catalog. */
export type CopyScorer<Draft> = (draft: Draft) => CopyScore;

/** A product description: readability and the SEO checks, with the brief's first keyword as keyphrase. */
export function descriptionScorer(brief: ProductBrief): CopyScorer<ProductDescriptionDraft> {
  const options = scoreOptionsFor(brief);
  return (draft) => scoreProductDescription(draft, options);
}

/**
 * Any other copy (ads, posts, emails): the readability of its rendered text, headings left out.
 * The SEO checks measure a product page, so they would only mislead here.
 */
export function renderedCopyScorer<Draft>(render: (draft: Draft) => string): CopyScorer<Draft> {
  return (draft) => scoreReadabilityOf(render(draft), "markdown");
}

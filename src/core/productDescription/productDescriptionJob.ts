import { briefSearchText, type ProductBrief } from "../brief";
import { backedFromBrief } from "./backedFromBrief";
import { withBriefName } from "./briefName";
import { chatLeakSource } from "../text/promptLeaks";
import type { StructuredJob } from "../structuredJob";
import { enforceLimits, missingSections, type ProductDescriptionDraft } from "./enforceLimits";
import { draftFromJson } from "./fromJson";
import { buildProductDescriptionPrompt } from "./prompt";
import { renderProductDescriptionMarkdown } from "./renderMarkdown";
import { productDescriptionJsonSchema } from "./schema";
import { withNameInTitle } from "./nameInTitle";
import { withKeywordInSeoTitle } from "./seoTitleKeyword";
import { withoutFragments, withoutRepeats } from "./withoutRepeats";

/** A product description from a brief: the one definition the command, the panel and catalog runs share. */
export function productDescriptionJob(brief: ProductBrief): StructuredJob<ProductDescriptionDraft> {
  return {
    label: "product description",
    briefText: briefSearchText(brief),
    buildMessages: (guidance, mustAvoid, budget) => buildProductDescriptionPrompt(brief, { guidance, mustAvoid, budget }),
    jsonSchema: productDescriptionJsonSchema,
    toDraft: (value) => withoutRepeats(withNameInTitle(withKeywordInSeoTitle(enforceLimits(draftFromJson(value)), brief), brief), brief),
    finishDraft: (draft) => withoutFragments(withoutRepeats(withBriefName(draft, brief), brief), brief),
    fromPlainText: (text) => enforceLimits({ body: [text] }),
    render: renderProductDescriptionMarkdown,
    missing: missingSections,
    promptLeakSource: () => chatLeakSource(buildProductDescriptionPrompt(brief), brief, productDescriptionJsonSchema),
    backedValue: (draft, path) => backedFromBrief(brief, draft, path),
  };
}

import type { ProductBrief } from "../brief";
import type { ProductDescriptionDraft } from "./enforceLimits";
import { productDescriptionLimits as limits } from "./schema";
import { capitalised } from "../text/english";
import { trimTitle } from "./trimProse";

/**
 * An SEO title without the brief's primary keyword misses its one job, and SmolLM2-135M wrote
 * one in 42% of the eval's descriptions even when the prompt named the keyword: often the worked
 * example's product ("Canvas Tote Bag in 100% cocoa") or a loop. Such a title is replaced by one
 * made only of the brief's own words, the keyword and then the product name (or the keyword
 * alone where both do not fit), so the fix cannot invent anything. It waits until the meta description has begun: the grammar writes that field
 * after the SEO title, so the title is finished and a streamed preview does not flicker.
 */
export function withKeywordInSeoTitle(draft: ProductDescriptionDraft, brief: ProductBrief): ProductDescriptionDraft {
  const keyword = brief.keywords[0]?.trim();
  if (!keyword || draft.seoTitle === undefined || draft.metaDescription === undefined) return draft;
  if (contains(draft.seoTitle, keyword)) return draft;
  const name = brief.name.trim();
  const lead = capitalised(keyword);
  // A name cut short reads as broken, so a pair that does not fit gives way to the keyword alone.
  const candidates = contains(name, keyword) ? [name, lead] : [`${lead} | ${name}`, lead];
  return { ...draft, seoTitle: candidates.find((title) => title.length <= limits.seoTitle) ?? trimTitle(lead, limits.seoTitle) };
}

function contains(text: string, keyword: string): boolean {
  return text.toLocaleLowerCase().includes(keyword.toLocaleLowerCase());
}

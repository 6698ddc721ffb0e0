import type { ProductBrief } from "../brief";
import type { ProductDescriptionDraft } from "./enforceLimits";
import { productDescriptionLimits as limits } from "./schema";
import { trimTitle } from "./trimProse";

/**
 * A product page's title names the product. SmolLM2-135M's titles lacked the brief's name in 19
 * of the eval's 45 descriptions, and most named another product: "Excel" for LedgerFlow
 * Invoicing, "Mercil Socks" for the Merino Trail Sock, the worked example's "Canvas Tote Bag".
 * A wrong name is an invented fact, so such a title becomes the brief's name. Case, accents and
 * hyphens do not count ("Boucle Armchair" keeps its title). It waits until the tagline has begun:
 * the grammar writes that field after the title, so a streamed preview does not flicker.
 */
export function withNameInTitle(draft: ProductDescriptionDraft, brief: ProductBrief): ProductDescriptionDraft {
  const name = brief.name.trim();
  if (!name || draft.title === undefined || draft.tagline === undefined) return draft;
  if (namesProduct(draft.title, name)) return draft;
  return { ...draft, title: trimTitle(name, limits.title) };
}

/** Whether `text` names the product `name`: case, accents and hyphens do not count. */
export function namesProduct(text: string, name: string): boolean {
  return folded(text).includes(folded(name));
}

/** Lower case, without accents, with hyphens and runs of spaces as one space. */
export function folded(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLocaleLowerCase()
    .replace(/[\s\-‐–]+/gu, " ")
    .trim();
}

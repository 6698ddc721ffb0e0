import type { ProductBrief } from "../brief";
import { asSentence, capitalised } from "../text/english";
import type { ProductDescriptionDraft } from "./enforceLimits";
import { productDescriptionLimits as limits } from "./schema";
import { withKeywordInSeoTitle } from "./seoTitleKeyword";
import { trimProse, trimTitle } from "./trimProse";

/**
 * A description field written only from the brief's own name and facts, for a field that still
 * states what the brief does not give after the rewrite and that the description cannot lose
 * (a title, the third bullet): plainer than the model's, but true. Undefined where the brief
 * has nothing left to say there (no name; every fact already in a bullet), so the field stays
 * as written and flagged. Facts are quoted, never reworded, so this works in any language.
 */
export function backedFromBrief(brief: ProductBrief, draft: ProductDescriptionDraft, path: readonly (string | number)[]): string | undefined {
  const name = brief.name.trim();
  const facts = brief.facts.map((fact) => fact.trim()).filter((fact) => fact.length > 0);
  const [field, index] = path;
  switch (field) {
    case "title":
      return name ? trimTitle(name, limits.title) : undefined;
    case "seoTitle":
      return name ? withKeywordInSeoTitle({ seoTitle: trimTitle(name, limits.seoTitle), metaDescription: "" }, brief).seoTitle : undefined;
    case "tagline":
      return facts.length > 0 ? fitted(name ? `${name}: ${facts[0]}` : facts[0]!, limits.tagline) : undefined;
    case "bullets": {
      const others = (draft.bullets ?? []).filter((_, at) => at !== index).map((bullet) => bullet.toLocaleLowerCase());
      const unused = facts.find((fact) => !others.some((bullet) => bullet.includes(fact.toLocaleLowerCase())));
      return unused === undefined ? undefined : fitted(unused, limits.bullet);
    }
    case "body": {
      // Two paragraphs share the facts, the first half each, so they do not repeat each other.
      const half = Math.ceil(facts.length / 2);
      const part = index === 0 ? facts.slice(0, half) : facts.slice(half);
      if (part.length === 0) return undefined;
      return fitted(index === 0 && name ? `${name}: ${part.join(", ")}` : part.join(", "), limits.paragraph);
    }
    case "metaDescription":
      return facts.length > 0 ? fitted(name ? `${name}: ${facts.join(", ")}` : facts.join(", "), limits.metaDescription) : undefined;
    default:
      return undefined;
  }
}

/** Capitalised, closed with a full stop, and ended at a clause where it is over the limit. */
function fitted(text: string, limit: number): string {
  return trimProse(asSentence(capitalised(text)), limit);
}

import { productDescriptionLimits as limits, type ProductDescription } from "./schema";
import { trimProse, trimTitle } from "./trimProse";

/** What a (possibly partial) generation gave us, before limits are enforced. */
export type ProductDescriptionDraft = Partial<{ -readonly [K in keyof ProductDescription]: ProductDescription[K] }>;

/**
 * Applies the hard limits again after generation: the grammar bounds length only loosely
 * (see schema.ts), and a model that is not under a grammar bounds nothing.
 */
export function enforceLimits(draft: ProductDescriptionDraft): ProductDescriptionDraft {
  const result: ProductDescriptionDraft = {};
  if (draft.title !== undefined) result.title = trimTitle(draft.title, limits.title);
  if (draft.tagline !== undefined) result.tagline = trimProse(draft.tagline, limits.tagline);
  if (draft.bullets !== undefined) {
    result.bullets = draft.bullets
      .map((bullet) => trimProse(bullet, limits.bullet))
      .filter((bullet) => bullet.length > 0)
      .slice(0, limits.maxBullets);
  }
  if (draft.body !== undefined) {
    result.body = draft.body
      .map((paragraph) => trimProse(paragraph, limits.paragraph))
      .filter((paragraph) => paragraph.length > 0)
      .slice(0, limits.paragraphs);
  }
  if (draft.seoTitle !== undefined) result.seoTitle = trimTitle(draft.seoTitle, limits.seoTitle);
  if (draft.metaDescription !== undefined) result.metaDescription = trimProse(draft.metaDescription, limits.metaDescription);
  return result;
}

/** Which required parts are missing or short of their minimum count, for a clear report. */
export function missingSections(draft: ProductDescriptionDraft): string[] {
  const missing: string[] = [];
  if (!draft.title) missing.push("title");
  if (!draft.tagline) missing.push("tagline");
  if (!draft.bullets || draft.bullets.length < limits.minBullets) missing.push(`at least ${limits.minBullets} bullets`);
  if (!draft.body || draft.body.length < limits.paragraphs) missing.push(`${limits.paragraphs} body paragraphs`);
  if (!draft.seoTitle) missing.push("SEO title");
  if (!draft.metaDescription) missing.push("meta description");
  return missing;
}

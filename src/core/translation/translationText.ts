import type { ProductDescriptionDraft } from "../productDescription/enforceLimits";

/**
 * A description's words as plain lines, the same way in every language: what the checks read,
 * so that no heading or character count of a rendering differs between source and translation.
 */
export function translationText(draft: ProductDescriptionDraft): string {
  return [draft.title, draft.tagline, ...(draft.bullets ?? []), ...(draft.body ?? []), draft.seoTitle, draft.metaDescription]
    .map((part) => part?.trim())
    .filter((part): part is string => Boolean(part))
    .join("\n");
}

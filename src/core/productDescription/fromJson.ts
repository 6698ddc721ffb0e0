import type { JsonValue } from "../partialJson";
import type { ProductDescriptionDraft } from "./enforceLimits";

/** Picks the product-description fields out of whatever JSON the model wrote, ignoring the rest. */
export function draftFromJson(value: JsonValue | undefined): ProductDescriptionDraft {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return {};
  const draft: ProductDescriptionDraft = {};
  const text = (key: string) => (typeof value[key] === "string" ? (value[key] as string) : undefined);
  const list = (key: string) => {
    const item = value[key];
    return Array.isArray(item) ? item.filter((entry): entry is string => typeof entry === "string") : undefined;
  };
  draft.title = text("title");
  draft.tagline = text("tagline");
  draft.bullets = list("bullets");
  draft.body = list("body");
  draft.seoTitle = text("seoTitle");
  draft.metaDescription = text("metaDescription");
  for (const key of Object.keys(draft) as (keyof ProductDescriptionDraft)[]) {
    if (draft[key] === undefined) delete draft[key];
  }
  return draft;
}

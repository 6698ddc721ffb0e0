import type { ProductDescriptionDraft } from "../../productDescription/enforceLimits";
import type { CatalogMode, CatalogProduct, CatalogTargets, TargetField } from "./catalogProduct";
import { renderDescription } from "./renderDescription";

const fields: readonly TargetField[] = ["description", "seoTitle", "seoDescription"];

/** False when fillEmpty would change nothing, so the product needs no generation at all. */
export function needsWriting(product: CatalogProduct, mode: CatalogMode = "fillEmpty"): boolean {
  return mode === "overwrite" || fields.some((field) => isBlank(product.existing[field]));
}

/**
 * The cells a draft fills for one product, by column. A part the draft lacks leaves its cell as
 * it was, even when overwriting: an empty answer never erases copy.
 */
export function planProductEdits(product: CatalogProduct, draft: ProductDescriptionDraft, mode: CatalogMode, targets: CatalogTargets): Map<number, string> {
  const edits = new Map<number, string>();
  for (const target of targets.columns) {
    if (mode === "fillEmpty" && !isBlank(product.existing[target.field])) continue;
    const value = draftValue(draft, target.field, targets.descriptionFormat);
    if (value.length > 0) edits.set(target.column, value);
  }
  return edits;
}

/** A target cell's value from a draft: the description rendered for the file, the SEO fields as they are. */
export function draftValue(draft: ProductDescriptionDraft, field: TargetField, format: "html" | "text"): string {
  if (field === "description") return renderDescription(draft, format);
  return (field === "seoTitle" ? draft.seoTitle : draft.metaDescription)?.trim() ?? "";
}

function isBlank(value: string | undefined): boolean {
  return value === undefined || value.trim().length === 0;
}

import type { ProductDescriptionDraft } from "./enforceLimits";
import { productDescriptionLimits as limits } from "./schema";

/**
 * Renders a product description, complete or still streaming, as Markdown. Sections appear as
 * soon as they start; `footer` carries the state a reader must know (writing, cancelled, …).
 */
export function renderProductDescriptionMarkdown(draft: ProductDescriptionDraft, footer?: string): string {
  const out: string[] = [];
  out.push(`# ${draft.title?.trim() || "Product description"}`, "");
  if (draft.tagline !== undefined) out.push(`*${draft.tagline.trim()}*`, "");
  if (draft.bullets !== undefined) {
    out.push("## Highlights", "");
    for (const bullet of draft.bullets) out.push(`- ${bullet.trim()}`);
    out.push("");
  }
  if (draft.body !== undefined) {
    out.push("## Description", "");
    for (const paragraph of draft.body) out.push(paragraph.trim(), "");
  }
  if (draft.seoTitle !== undefined || draft.metaDescription !== undefined) {
    out.push("## SEO", "");
    if (draft.seoTitle !== undefined) {
      out.push(`- **SEO title** (${draft.seoTitle.length}/${limits.seoTitle}): ${draft.seoTitle.trim()}`);
    }
    if (draft.metaDescription !== undefined) {
      out.push(`- **Meta description** (${draft.metaDescription.length}/${limits.metaDescription}): ${draft.metaDescription.trim()}`);
    }
    out.push("");
  }
  if (footer) out.push("---", "", `> ${footer}`, "");
  return out.join("\n");
}

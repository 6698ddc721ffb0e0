import type { ProductDescriptionDraft } from "../../productDescription/enforceLimits";
import { escapeHtml } from "./htmlText";

/** The description cell for a draft: HTML for Shopify and HTML columns, plain text otherwise. */
export function renderDescription(draft: ProductDescriptionDraft, format: "html" | "text"): string {
  const tagline = draft.tagline?.trim() ?? "";
  const bullets = (draft.bullets ?? []).map((bullet) => bullet.trim()).filter(Boolean);
  const paragraphs = (draft.body ?? []).map((paragraph) => paragraph.trim()).filter(Boolean);
  return format === "html" ? renderHtml(tagline, bullets, paragraphs) : renderText(tagline, bullets, paragraphs);
}

function renderHtml(tagline: string, bullets: readonly string[], paragraphs: readonly string[]): string {
  const blocks: string[] = [];
  if (tagline) blocks.push(`<p><strong>${escapeHtml(tagline)}</strong></p>`);
  if (bullets.length > 0) blocks.push(`<ul>${bullets.map((bullet) => `<li>${escapeHtml(bullet)}</li>`).join("")}</ul>`);
  for (const paragraph of paragraphs) blocks.push(`<p>${escapeHtml(paragraph)}</p>`);
  return blocks.join("\n");
}

function renderText(tagline: string, bullets: readonly string[], paragraphs: readonly string[]): string {
  const blocks: string[] = [];
  if (tagline) blocks.push(tagline);
  if (bullets.length > 0) blocks.push(bullets.map((bullet) => `- ${bullet}`).join("\n"));
  blocks.push(...paragraphs);
  return blocks.join("\n\n");
}

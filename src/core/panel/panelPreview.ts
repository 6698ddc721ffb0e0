import type { ChannelDraft, ChannelFieldValue } from "../marketing/channelDraft";
import { channels, type ChannelId, type ChannelSpec, type ListFieldSpec, type TextFieldSpec } from "../marketing/channels";
import type { ProductDescriptionDraft } from "../productDescription/enforceLimits";
import { productDescriptionLimits as limits } from "../productDescription/schema";
import type { ScoreRow } from "../scores/scoreDisplay";

/**
 * One piece of the live preview. Limits are in characters (UTF-16 code units, as the rest of
 * Tailor counts), so the webview can show a counter such as "42/60" and flag what runs over.
 */
export type PreviewBlock =
  | { readonly kind: "title"; readonly text: string }
  | { readonly kind: "tagline"; readonly text: string }
  /** `limit` applies to each item. */
  | { readonly kind: "bullets"; readonly heading?: string; readonly items: readonly string[]; readonly limit?: number }
  | { readonly kind: "paragraphs"; readonly heading?: string; readonly items: readonly string[] }
  | { readonly kind: "field"; readonly label: string; readonly text: string; readonly limit?: number };

export const previewStatuses = ["writing", "completed", "incomplete", "cancelled", "failed"] as const;
export type PreviewStatus = (typeof previewStatuses)[number];

/** A claim check hit: `text` is the words as they appear in the copy, `reason` why they are a risk. */
export interface PreviewFinding {
  readonly text: string;
  readonly reason: string;
}

/** The finished copy's readability and SEO scores, shown under the preview. */
export interface PanelScores {
  /** 0–100. */
  readonly overall: number;
  readonly rows: readonly ScoreRow[];
}

export interface PanelPreview {
  readonly blocks: readonly PreviewBlock[];
  readonly status: PreviewStatus;
  /** What the user must know about the status: why it stopped, what is missing, the error. */
  readonly note?: string;
  readonly findings: readonly PreviewFinding[];
  /** Only on finished copy: scores that move with every streamed word would only distract. */
  readonly scores?: PanelScores;
}

export function previewFromProductDescription(
  draft: ProductDescriptionDraft,
  status: PreviewStatus,
  note?: string,
  findings: readonly PreviewFinding[] = [],
): PanelPreview {
  const blocks: PreviewBlock[] = [];
  if (draft.title !== undefined) blocks.push({ kind: "title", text: draft.title.trim() });
  if (draft.tagline !== undefined) blocks.push({ kind: "tagline", text: draft.tagline.trim() });
  if (draft.bullets !== undefined) blocks.push({ kind: "bullets", heading: "Highlights", items: trimAll(draft.bullets), limit: limits.bullet });
  if (draft.body !== undefined) blocks.push({ kind: "paragraphs", heading: "Description", items: trimAll(draft.body) });
  if (draft.seoTitle !== undefined) blocks.push({ kind: "field", label: "SEO title", text: draft.seoTitle.trim(), limit: limits.seoTitle });
  if (draft.metaDescription !== undefined) {
    blocks.push({ kind: "field", label: "Meta description", text: draft.metaDescription.trim(), limit: limits.metaDescription });
  }
  return withState(blocks, status, note, findings);
}

/**
 * The channel's name as the title, then every field of every variant in the channel's order.
 * Labels carry the variant number only when there is more than one, so a single ad reads cleanly.
 */
export function previewFromChannelDraft(
  channel: ChannelSpec | ChannelId,
  draft: ChannelDraft,
  status: PreviewStatus,
  note?: string,
  findings: readonly PreviewFinding[] = [],
): PanelPreview {
  const spec = typeof channel === "string" ? channels[channel] : channel;
  const blocks: PreviewBlock[] = [{ kind: "title", text: spec.displayName }];
  const numbered = draft.variants.length > 1;
  draft.variants.forEach((variant, index) => {
    const prefix = numbered ? `Variant ${index + 1} · ` : "";
    for (const field of spec.fields) {
      const value = variant[field.key];
      if (value === undefined) continue;
      blocks.push(field.kind === "text" ? textFieldBlock(field, value, prefix) : listFieldBlock(field, value, prefix));
    }
  });
  return withState(blocks, status, note, findings);
}

function textFieldBlock(field: TextFieldSpec, value: ChannelFieldValue, prefix: string): PreviewBlock {
  const text = typeof value === "string" ? value : value.join("\n");
  return { kind: "field", label: `${prefix}${field.label}`, text, limit: field.maxLength };
}

function listFieldBlock(field: ListFieldSpec, value: ChannelFieldValue, prefix: string): PreviewBlock {
  const items = typeof value === "string" ? [value] : [...value];
  const count = field.minItems === field.maxItems ? `${items.length}/${field.maxItems}` : `${items.length}; ${field.minItems}–${field.maxItems} allowed`;
  const heading = `${prefix}${field.label} (${count})`;
  // Hashtags are pasted as one line, so they read as one, as in the Markdown rendering.
  if (field.format === "hashtag") return { kind: "field", label: heading, text: items.join(" ") };
  return { kind: "bullets", heading, items, limit: field.maxLength };
}

function withState(blocks: PreviewBlock[], status: PreviewStatus, note: string | undefined, findings: readonly PreviewFinding[]): PanelPreview {
  return note === undefined ? { blocks, status, findings: [...findings] } : { blocks, status, note, findings: [...findings] };
}

function trimAll(items: readonly string[]): string[] {
  return items.map((item) => item.trim());
}

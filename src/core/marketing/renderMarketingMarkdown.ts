import type { ChannelDraft, ChannelFieldValue } from "./channelDraft";
import type { ChannelSpec, ListFieldSpec, TextFieldSpec } from "./channels";

/**
 * Renders a channel's variants, complete or still streaming, as Markdown, with a character
 * counter such as "(27/30)" beside every limited text so a reader sees how close each one runs.
 * `footer` carries the state a reader must know (writing, cancelled, problems found, …).
 */
export function renderMarketingMarkdown(channel: ChannelSpec, draft: ChannelDraft, footer?: string): string {
  const out: string[] = [`# ${channel.displayName}`, ""];
  draft.variants.forEach((variant, index) => {
    out.push(`## Variant ${index + 1}`, "");
    for (const field of channel.fields) {
      const value = variant[field.key];
      if (value === undefined) continue;
      out.push(...(field.kind === "text" ? renderText(field, value) : renderList(field, value)));
    }
  });
  if (footer) out.push("---", "", `> ${footer}`, "");
  return out.join("\n");
}

function renderText(field: TextFieldSpec, value: ChannelFieldValue): string[] {
  const text = typeof value === "string" ? value : value.join("\n");
  const counter = `(${text.length}/${field.maxLength})`;
  // Multi-line copy goes on its own lines so its line breaks survive a copy from the editor.
  if (field.multiline) return [`**${field.label}** ${counter}`, "", text, ""];
  return [`**${field.label}** ${counter}: ${text}`, ""];
}

function renderList(field: ListFieldSpec, value: ChannelFieldValue): string[] {
  const items = typeof value === "string" ? [value] : value;
  const count =
    field.minItems === field.maxItems ? `(${items.length}/${field.maxItems})` : `(${items.length}; ${field.minItems}–${field.maxItems} allowed)`;
  // Hashtags are pasted as one line, so they are shown as one.
  if (field.format === "hashtag") return [`**${field.label}** ${count}: ${items.join(" ")}`, ""];
  return [`**${field.label}** ${count}`, "", ...items.map((item) => `- ${item} (${item.length}/${field.maxLength})`), ""];
}

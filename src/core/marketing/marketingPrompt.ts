import type { ProductBrief } from "../brief";
import type { ChatMessage } from "../chat";
import { defaultProfileGuidance } from "../profiles/defaultProfile";
import { briefLines } from "../promptParts";
import { assertVariantCount, type ChannelSpec, type FieldSpec } from "./channels";

/**
 * The chat that asks the model for marketing copy for one channel. Every limit is stated in
 * words as well as enforced by the grammar: a model that does not know a limit runs into it and
 * gets cut off, instead of writing something that fits.
 */
export function buildMarketingCopyPrompt(
  brief: ProductBrief,
  channel: ChannelSpec,
  variants: number,
  guidance: string = defaultProfileGuidance,
): ChatMessage[] {
  assertVariantCount(variants);
  const lines = [
    ...briefLines(brief),
    "",
    `Write copy for this channel: ${channel.displayName}. ${channel.purpose}`,
    variants === 1
      ? 'Write a JSON object {"variants": [...]} with exactly 1 variant.'
      : `Write a JSON object {"variants": [...]} with exactly ${variants} variants, each taking a different angle.`,
    "Each variant is an object with these fields:",
    ...channel.fields.map(fieldLine),
    "",
    "Every limit is a hard maximum in characters, counting spaces and punctuation. Stay within it and end each text with a complete word.",
  ];
  return [
    { role: "system", content: `${guidance}\n\nAnswer with a single JSON object and nothing else.` },
    { role: "user", content: lines.join("\n") },
  ];
}

function fieldLine(field: FieldSpec): string {
  const hint = field.hint ? `; ${field.hint}` : "";
  if (field.kind === "text") {
    const lineBreaks = field.multiline ? " (line breaks allowed)" : "";
    return `- "${field.key}": ${field.label.toLowerCase()}, at most ${field.maxLength} characters${lineBreaks}${hint};`;
  }
  const count = field.minItems === field.maxItems ? `exactly ${field.minItems}` : `${field.minItems} to ${field.maxItems}`;
  const items = `${count} ${field.label.toLowerCase()}`;
  if (field.format === "hashtag") {
    return `- "${field.key}": ${items}, each "#" followed only by letters, digits or underscores (no spaces, hyphens or punctuation), at most ${field.maxLength} characters including the "#"${hint};`;
  }
  return `- "${field.key}": ${items}, each at most ${field.maxLength} characters${hint};`;
}

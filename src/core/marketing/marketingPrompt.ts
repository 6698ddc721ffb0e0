import type { ProductBrief } from "../brief";
import type { ChatMessage } from "../chat";
import { exampleBrief } from "../exampleBrief";
import { fitChat, type PromptBudget } from "../fitPrompt";
import { defaultProfileGuidance } from "../profiles/defaultProfile";
import { briefLines } from "../promptParts";
import type { ChannelVariantDraft } from "./channelDraft";
import { channelExamples } from "./channelExamples";
import { assertVariantCount, type ChannelSpec, type FieldSpec } from "./channels";

/**
 * The chat that asks the model for marketing copy for one channel, after a worked example for
 * the same channel, fitted to the context. Every limit is stated in words as well as enforced by
 * the grammar: a model that does not know a limit runs into it and gets cut off, instead of
 * writing something that fits.
 */
export function buildMarketingCopyPrompt(
  brief: ProductBrief,
  channel: ChannelSpec,
  variants: number,
  guidance: string = defaultProfileGuidance,
  budget?: PromptBudget,
): ChatMessage[] {
  assertVariantCount(variants);
  return fitChat(
    {
      guidance,
      instruction: "Answer with a single JSON object and nothing else.",
      shots: [
        { role: "user", content: request(exampleBrief, channel, 1) },
        { role: "assistant", content: JSON.stringify({ variants: [exampleVariant(channel)] }) },
      ],
      request: (facts) => request({ ...brief, facts: brief.facts.slice(0, facts) }, channel, variants),
      factCount: brief.facts.length,
    },
    budget,
  );
}

function request(brief: ProductBrief, channel: ChannelSpec, variants: number): string {
  return [
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
  ].join("\n");
}

/** The channel's example with its fields in the grammar's order. */
function exampleVariant(channel: ChannelSpec): ChannelVariantDraft {
  return Object.fromEntries(channel.fields.map((field) => [field.key, channelExamples[channel.id][field.key]]));
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

import { trimProse, trimTitle } from "../productDescription/trimProse";
import type { ChannelDraft, ChannelFieldValue, ChannelVariantDraft } from "./channelDraft";
import { variantLimits, type ChannelSpec, type ListFieldSpec, type TextFieldSpec } from "./channels";
import { isValidHashtag, normaliseHashtags } from "./hashtags";
import { trimLinesToLimit } from "./trimLines";

/**
 * Applies the channel's hard limits after generation: the grammar bounds length only loosely
 * (see channelSchema.ts), and a model not under a grammar bounds nothing. Afterwards no string
 * is over its limit and no list is over its maximum; what is still short of a minimum is for
 * `violations` to report, since enforcement cannot invent copy.
 */
export function enforceChannelLimits(channel: ChannelSpec, draft: ChannelDraft): ChannelDraft {
  return { variants: draft.variants.slice(0, variantLimits.max).map((variant) => enforceVariant(channel, variant)) };
}

function enforceVariant(channel: ChannelSpec, variant: ChannelVariantDraft): ChannelVariantDraft {
  const result: { [key: string]: ChannelFieldValue } = {};
  for (const field of channel.fields) {
    const value = variant[field.key];
    if (value === undefined) continue;
    if (field.kind === "text") {
      const text = enforceText(field, typeof value === "string" ? value : value.join("\n"));
      // A text that was one over-long word trims to nothing; leaving it out lets violations name it.
      if (text) result[field.key] = text;
    } else {
      result[field.key] = enforceList(field, typeof value === "string" ? [value] : value);
    }
  }
  return result;
}

/**
 * Prose over its limit ends at a sentence or clause, as in a product description: cut between
 * words, 17 strings in 10 of the eval's marketing briefs were left hanging mid-sentence, against
 * 4 now (SmolLM2-135M cannot count characters, so its posts and meta descriptions run over).
 */
function enforceText(field: TextFieldSpec, text: string): string {
  if (field.multiline) return trimLinesToLimit(text, field.maxLength);
  return field.phrase ? trimTitle(text, field.maxLength) : trimProse(text, field.maxLength);
}

function enforceList(field: ListFieldSpec, items: readonly string[]): string[] {
  const trimmed =
    field.format === "hashtag"
      ? normaliseHashtags(items, field.maxLength)
      : items.map((item) => (field.phrase ? trimTitle(item, field.maxLength) : trimProse(item, field.maxLength)));
  const kept = trimmed.filter((item) => item.length > 0);
  return (field.distinct ? withoutRepeats(kept) : kept).slice(0, field.maxItems);
}

/** Repeats differ only in case: Instagram reads #Merino and #merino as one tag, Google Ads likewise. */
function withoutRepeats(items: readonly string[]): string[] {
  const seen = new Set<string>();
  return items.filter((item) => {
    const key = item.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Everything about a result that still breaks the channel's rules, one readable line each, for a
 * clear report: missing fields, too few items, and (for a result that did not come through
 * enforceChannelLimits) anything too long, malformed or repeated. Empty when all is well.
 */
export function violations(channel: ChannelSpec, result: ChannelDraft, expectedVariants?: number): string[] {
  const problems: string[] = [];
  if (result.variants.length === 0) return ["No variants were written."];
  if (expectedVariants !== undefined && result.variants.length < expectedVariants) {
    problems.push(`Asked for ${expectedVariants} variants; got ${result.variants.length}.`);
  }
  if (result.variants.length > variantLimits.max) problems.push(`${result.variants.length} variants; at most ${variantLimits.max} are allowed.`);
  result.variants.forEach((variant, index) => {
    for (const problem of variantViolations(channel, variant)) problems.push(`Variant ${index + 1}: ${problem}.`);
  });
  return problems;
}

function variantViolations(channel: ChannelSpec, variant: ChannelVariantDraft): string[] {
  const problems: string[] = [];
  for (const field of channel.fields) {
    const value = variant[field.key];
    if (field.kind === "text") {
      if (typeof value !== "string" || value.trim().length === 0) problems.push(`no ${field.label.toLowerCase()}`);
      else if (value.length > field.maxLength) problems.push(`${field.label.toLowerCase()} is ${value.length} characters; the limit is ${field.maxLength}`);
      continue;
    }
    const items = value === undefined ? [] : typeof value === "string" ? [value] : value;
    const plural = field.label.toLowerCase();
    if (items.length < field.minItems) {
      problems.push(`${items.length} ${plural}; ${channel.displayName} needs ${field.minItems === field.maxItems ? "exactly" : "at least"} ${field.minItems}`);
    }
    if (items.length > field.maxItems) problems.push(`${items.length} ${plural}; at most ${field.maxItems} are allowed`);
    const seen = new Set<string>();
    items.forEach((item, index) => {
      const name = `${field.itemLabel} ${index + 1}`;
      if (item.length > field.maxLength) problems.push(`${name} is ${item.length} characters; the limit is ${field.maxLength}`);
      if (field.format === "hashtag" && !isValidHashtag(item, Number.POSITIVE_INFINITY)) {
        problems.push(`${name}, "${item}", is not a valid hashtag ("#" then letters, digits or underscores)`);
      }
      const key = item.toLowerCase();
      if (field.distinct && seen.has(key)) problems.push(`${name}, "${item}", repeats an earlier ${field.itemLabel}`);
      seen.add(key);
    });
  }
  return problems;
}

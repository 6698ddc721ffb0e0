import type { JsonValue } from "../partialJson";
import type { ChannelDraft, ChannelVariantDraft } from "./channelDraft";
import type { ChannelSpec } from "./channels";

type JsonObject = { [key: string]: JsonValue };

/**
 * Picks the channel's fields out of whatever JSON the model wrote (complete or still streaming),
 * ignoring the rest. Without a grammar a model may leave out the `variants` wrapper, so a bare
 * array of variants or a single variant object is read too; and it may write a list as one
 * string ("#a #b"), which is kept as a one-item list for enforcement to sort out.
 */
export function draftFromJson(channel: ChannelSpec, value: JsonValue | undefined): ChannelDraft {
  return { variants: variantValues(channel, value).filter(isObject).map((variant) => variantFromJson(channel, variant)) };
}

function variantValues(channel: ChannelSpec, value: JsonValue | undefined): JsonValue[] {
  if (Array.isArray(value)) return value;
  if (!isObject(value)) return [];
  if (Array.isArray(value.variants)) return value.variants;
  return channel.fields.some((field) => field.key in value) ? [value] : [];
}

function variantFromJson(channel: ChannelSpec, value: JsonObject): ChannelVariantDraft {
  const variant: { [key: string]: string | string[] } = {};
  for (const field of channel.fields) {
    const item = value[field.key];
    if (field.kind === "text") {
      if (typeof item === "string") variant[field.key] = item;
    } else if (Array.isArray(item)) {
      variant[field.key] = item.filter((entry): entry is string => typeof entry === "string");
    } else if (typeof item === "string") {
      variant[field.key] = [item];
    }
  }
  return variant;
}

function isObject(value: JsonValue | undefined): value is JsonObject {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

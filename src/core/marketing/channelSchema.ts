import { assertVariantCount, type ChannelSpec, type FieldSpec } from "./channels";

/**
 * Room past each limit that the grammar allows, as in productDescription/schema.ts: a grammar
 * that stopped a string exactly at its limit would cut the last word in half, so the string may
 * run on a little and enforceChannelLimits trims it back at a word boundary.
 */
export const grammarSlack = 24;

export type StringSchema = { readonly type: "string"; readonly minLength: number; readonly maxLength: number };
export type StringListSchema = { readonly type: "array"; readonly items: StringSchema; readonly minItems: number; readonly maxItems: number };
export type FieldSchema = StringSchema | StringListSchema;
export type VariantSchema = {
  readonly type: "object";
  readonly properties: { readonly [key: string]: FieldSchema };
  readonly required: readonly string[];
};
export type ChannelJsonSchema = {
  readonly type: "object";
  readonly properties: {
    readonly variants: { readonly type: "array"; readonly items: VariantSchema; readonly minItems: number; readonly maxItems: number };
  };
  readonly required: readonly ["variants"];
};

/**
 * The JSON schema (node-llama-cpp's grammar subset) for `{ "variants": [...] }` with exactly
 * `variants` items. Hashtag syntax is not in it: node-llama-cpp 3.x has no string `pattern`, so
 * enforceChannelLimits normalises hashtags instead.
 */
export function channelJsonSchema(channel: ChannelSpec, variants: number): ChannelJsonSchema {
  assertVariantCount(variants);
  const properties: { [key: string]: FieldSchema } = {};
  for (const field of channel.fields) properties[field.key] = fieldSchema(field);
  return {
    type: "object",
    properties: {
      variants: {
        type: "array",
        items: { type: "object", properties, required: channel.fields.map((field) => field.key) },
        minItems: variants,
        maxItems: variants,
      },
    },
    required: ["variants"],
  };
}

function fieldSchema(field: FieldSpec): FieldSchema {
  const item: StringSchema = { type: "string", minLength: 1, maxLength: field.maxLength + grammarSlack };
  if (field.kind === "text") return item;
  return { type: "array", items: item, minItems: field.minItems, maxItems: field.maxItems };
}

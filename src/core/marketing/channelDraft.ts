/** One field's value: a text, or a list of texts (headlines, hashtags). */
export type ChannelFieldValue = string | readonly string[];

/** One variant as generated so far, keyed by the channel's field keys; fields may be missing. */
export type ChannelVariantDraft = { readonly [key: string]: ChannelFieldValue | undefined };

/** What a (possibly partial) generation for a channel gave us. */
export interface ChannelDraft {
  readonly variants: readonly ChannelVariantDraft[];
}

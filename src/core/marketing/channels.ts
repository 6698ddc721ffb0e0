/**
 * Where marketing copy goes, and the hard limits each place sets. Limits count characters as
 * JavaScript strings do (UTF-16 code units), the same count trimToLimit and the counters use.
 * An emoji therefore counts as two, which errs on the safe side everywhere; X also counts CJK
 * characters as two and every link as 23, which a plain count does not see.
 */

/** One piece of text, such as an email subject line. */
export interface TextFieldSpec {
  readonly kind: "text";
  /** The JSON key the model writes. */
  readonly key: string;
  readonly label: string;
  readonly maxLength: number;
  /** Line breaks are part of the copy (a caption, a post), so enforcement keeps them. */
  readonly multiline?: boolean;
  /** What the prompt tells the model beyond the limit. */
  readonly hint?: string;
  /**
   * A title-like phrase (a subject line, a page title), not prose: over its limit it is cut
   * between words and never left ending on "and" or "for", where prose ends at a sentence.
   */
  readonly phrase?: boolean;
}

/** A list of texts, such as ad headlines, with a bound on how many there are. */
export interface ListFieldSpec {
  readonly kind: "list";
  readonly key: string;
  /** Plural, for headings: "Headlines". */
  readonly label: string;
  /** Singular, for prompts and reports: "headline". */
  readonly itemLabel: string;
  /** Per item. */
  readonly maxLength: number;
  readonly minItems: number;
  readonly maxItems: number;
  /** The platform rejects or wastes repeated items, so enforcement drops repeats. */
  readonly distinct?: boolean;
  readonly format?: "hashtag";
  readonly hint?: string;
  /** As for TextFieldSpec: items are phrases (headlines), not sentences. */
  readonly phrase?: boolean;
}

export type FieldSpec = TextFieldSpec | ListFieldSpec;

export interface ChannelSpec {
  readonly id: ChannelId;
  readonly displayName: string;
  /** What the copy is for, as the prompt tells the model. */
  readonly purpose: string;
  readonly fields: readonly FieldSpec[];
}

export const channelIds = ["google-ads-rsa", "meta", "email", "x-post", "instagram", "amazon-bullets"] as const;
export type ChannelId = (typeof channelIds)[number];

/** How many variants one request may ask for; more would not fit a small model's context well. */
export const variantLimits = { min: 1, max: 5 } as const;

export function assertVariantCount(variants: number): void {
  if (!Number.isInteger(variants) || variants < variantLimits.min || variants > variantLimits.max) {
    throw new RangeError(`Variants must be a whole number from ${variantLimits.min} to ${variantLimits.max}; got ${variants}.`);
  }
}

export const channels: Readonly<Record<ChannelId, ChannelSpec>> = {
  "google-ads-rsa": {
    id: "google-ads-rsa",
    displayName: "Google Ads responsive search ad",
    purpose: "A Google Ads responsive search ad: Google combines the headlines and descriptions itself.",
    fields: [
      {
        kind: "list",
        key: "headlines",
        label: "Headlines",
        itemLabel: "headline",
        maxLength: 30,
        minItems: 3,
        maxItems: 15,
        distinct: true,
        phrase: true,
        hint: "each must make sense on its own, because Google shows any two or three together in any order; no exclamation marks",
      },
      {
        kind: "list",
        key: "descriptions",
        label: "Descriptions",
        itemLabel: "description",
        maxLength: 90,
        minItems: 2,
        maxItems: 4,
        distinct: true,
        hint: "each expands on a benefit and may end with a call to action",
      },
    ],
  },
  meta: {
    id: "meta",
    displayName: "Search meta tags",
    purpose: "The title and meta description a search engine shows for the product page.",
    fields: [
      { kind: "text", key: "title", label: "Title", maxLength: 60, phrase: true, hint: "the product first, then its main benefit" },
      { kind: "text", key: "description", label: "Meta description", maxLength: 155, hint: "a summary with a concrete reason to click" },
    ],
  },
  email: {
    id: "email",
    displayName: "Email subject and preheader",
    purpose: "The subject line and preheader of a marketing email about the product.",
    fields: [
      { kind: "text", key: "subject", label: "Subject", maxLength: 60, phrase: true, hint: "specific and honest; no clickbait, no ALL CAPS" },
      { kind: "text", key: "preheader", label: "Preheader", maxLength: 100, hint: "the preview line after the subject: add to it, do not repeat it" },
    ],
  },
  "x-post": {
    id: "x-post",
    displayName: "X post",
    purpose: "A single post on X (formerly Twitter) about the product.",
    fields: [
      {
        kind: "text",
        key: "post",
        label: "Post",
        maxLength: 280,
        multiline: true,
        hint: "one post, not a thread; at most two hashtags; no links, since none were given",
      },
    ],
  },
  instagram: {
    id: "instagram",
    displayName: "Instagram caption",
    purpose: "An Instagram caption for a post about the product, with its hashtags.",
    fields: [
      {
        kind: "text",
        key: "caption",
        label: "Caption",
        maxLength: 2200,
        multiline: true,
        hint: "a hook in the first line, then short paragraphs; put hashtags in \"hashtags\", not here",
      },
      {
        kind: "list",
        key: "hashtags",
        label: "Hashtags",
        itemLabel: "hashtag",
        maxLength: 30,
        minItems: 3,
        maxItems: 10,
        distinct: true,
        format: "hashtag",
        hint: "relevant to the product, a mix of broad and specific",
      },
    ],
  },
  "amazon-bullets": {
    id: "amazon-bullets",
    displayName: "Amazon product bullets",
    purpose: "The five key-feature bullets of an Amazon product listing.",
    fields: [
      {
        kind: "list",
        key: "bullets",
        label: "Bullets",
        itemLabel: "bullet",
        maxLength: 200,
        minItems: 5,
        maxItems: 5,
        distinct: true,
        hint: "each covers one feature and its benefit; no prices, promotions, shipping or seller information",
      },
    ],
  },
};

export const channelList: readonly ChannelSpec[] = channelIds.map((id) => channels[id]);

export function isChannelId(value: string): value is ChannelId {
  return (channelIds as readonly string[]).includes(value);
}

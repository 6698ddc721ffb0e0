/** The structured result of "Generate product description". */
export interface ProductDescription {
  readonly title: string;
  readonly tagline: string;
  readonly bullets: readonly string[];
  readonly body: readonly string[];
  readonly seoTitle: string;
  readonly metaDescription: string;
}

/** Hard limits, in characters, that the result must respect after generation. */
export const productDescriptionLimits = {
  title: 80,
  tagline: 120,
  bullet: 160,
  paragraph: 600,
  seoTitle: 60,
  metaDescription: 155,
  minBullets: 3,
  maxBullets: 5,
  paragraphs: 2,
} as const;

/**
 * The grammar lets each string run a little past its limit on purpose. A grammar that stops a
 * string at exactly the limit cuts the last word in half; with slack, any over-long string is
 * then trimmed back to the limit at a word boundary (enforceLimits), so nothing ends mid-word.
 */
const grammarSlack = 24;

const limitedString = (limit: number) => ({ type: "string", minLength: 1, maxLength: limit + grammarSlack }) as const;

export const productDescriptionJsonSchema = {
  type: "object",
  properties: {
    title: limitedString(productDescriptionLimits.title),
    tagline: limitedString(productDescriptionLimits.tagline),
    bullets: {
      type: "array",
      items: limitedString(productDescriptionLimits.bullet),
      minItems: productDescriptionLimits.minBullets,
      maxItems: productDescriptionLimits.maxBullets,
    },
    body: {
      type: "array",
      items: limitedString(productDescriptionLimits.paragraph),
      minItems: productDescriptionLimits.paragraphs,
      maxItems: productDescriptionLimits.paragraphs,
    },
    seoTitle: limitedString(productDescriptionLimits.seoTitle),
    metaDescription: limitedString(productDescriptionLimits.metaDescription),
  },
  required: ["title", "tagline", "bullets", "body", "seoTitle", "metaDescription"],
} as const;

/** The sections in the order the schema asks the model to write them. */
export const productDescriptionFields = productDescriptionJsonSchema.required;

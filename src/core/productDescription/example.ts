import type { ProductDescription } from "./schema";

/**
 * The description of exampleBrief (../exampleBrief.ts), as the worked example's answer. Without
 * it SmolLM2-135M wrote the field descriptions themselves ("3 to 5 benefit bullets") as copy.
 */
export const exampleDescription: ProductDescription = {
  title: "Canvas Tote Bag",
  tagline: "A sturdy everyday bag with room for your laptop.",
  bullets: ["Made of 12 oz organic cotton canvas.", "Fits a 15-inch laptop.", "An inner zip pocket keeps keys and cards safe."],
  body: [
    "The Canvas Tote Bag is made for commuters who carry a lot. Its organic cotton canvas holds its shape day after day.",
    "There is room for a 15-inch laptop, and the inner zip pocket keeps small things close.",
  ],
  seoTitle: "Canvas Tote Bag in Organic Cotton",
  metaDescription: "A canvas tote bag in 12 oz organic cotton canvas that fits a 15-inch laptop, with an inner zip pocket.",
};

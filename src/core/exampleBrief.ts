import type { ProductBrief } from "./brief";

/**
 * The brief of the worked example every structured prompt shows the model as an earlier turn. A
 * small model copies the shape of what it is shown far better than it follows a description of
 * the fields. The product is far from every industry, so its facts are not taken for the brief's.
 */
export const exampleBrief: ProductBrief = {
  name: "Canvas Tote Bag",
  facts: ["12 oz organic cotton canvas", "inner zip pocket", "fits a 15-inch laptop"],
  audience: "commuters",
  tone: "friendly and plain",
  keywords: ["canvas tote bag"],
};

/**
 * The words that name the example's product and its parts. In another product's copy two of them
 * together are the example carried over ("A sturdy everyday tote bag with a comfortable cushion",
 * written for a sock), which no echo of five words in a row catches once the model has mixed them.
 */
export const exampleProductWords: readonly string[] = ["canvas", "tote", "bag", "cotton", "zip", "pocket", "laptop"];

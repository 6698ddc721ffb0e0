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

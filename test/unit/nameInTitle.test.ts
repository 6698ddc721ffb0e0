import * as assert from "node:assert/strict";
import type { ProductBrief } from "../../src/core/brief";
import { withNameInTitle } from "../../src/core/productDescription/nameInTitle";

const brief: ProductBrief = { name: "Bouclé Armchair", facts: ["oak legs"], keywords: [] };

describe("withNameInTitle", () => {
  it("keeps a title that holds the product's name, whatever its case, accents or hyphens", () => {
    for (const title of ["Bouclé Armchair in Oak", "BOUCLE ARMCHAIR", "The boucle-armchair"]) {
      assert.equal(withNameInTitle({ title, tagline: "" }, brief).title, title);
    }
  });

  it("names the product when the title names another one", () => {
    assert.equal(withNameInTitle({ title: "Canvas Tote Bag", tagline: "A bag." }, brief).title, "Bouclé Armchair");
    assert.equal(withNameInTitle({ title: "Armchair", tagline: "A chair." }, brief).title, "Bouclé Armchair");
  });

  it("leaves a title alone while it may still be written, and a brief without a name", () => {
    assert.equal(withNameInTitle({ title: "Bou" }, brief).title, "Bou");
    assert.equal(withNameInTitle({ title: "A chair", tagline: "" }, { ...brief, name: "" }).title, "A chair");
  });
});

import * as assert from "node:assert/strict";
import { backedFromBrief } from "../../src/core/productDescription/backedFromBrief";
import { productDescriptionLimits as limits } from "../../src/core/productDescription/schema";

const brief = { name: "Harbour Mug", facts: ["350 ml enamel over steel", "dishwasher safe", "made in Portugal"], keywords: ["enamel mug"] };

describe("backedFromBrief: a description field from the brief's own words", () => {
  it("names the product in the title, and puts the keyword first in the SEO title", () => {
    assert.equal(backedFromBrief(brief, {}, ["title"]), "Harbour Mug");
    assert.equal(backedFromBrief(brief, {}, ["seoTitle"]), "Enamel mug | Harbour Mug");
  });

  it("makes a bullet of a fact no other bullet states yet, and none once all are stated", () => {
    const bullets = ["Holds 350 ml enamel over steel.", "Fired in Italy.", "Dishwasher safe, always."];
    assert.equal(backedFromBrief(brief, { bullets }, ["bullets", 1]), "Made in Portugal.");
    assert.equal(backedFromBrief(brief, { bullets: [bullets[0]!, "Fired in Italy.", "Made in Portugal"] }, ["bullets", 1]), "Dishwasher safe.");
    assert.equal(backedFromBrief({ ...brief, facts: ["dishwasher safe"] }, { bullets: ["Dishwasher safe.", "Fired in Italy."] }, ["bullets", 1]), undefined);
  });

  it("shares the facts between the two paragraphs, so they do not repeat each other", () => {
    assert.equal(backedFromBrief(brief, {}, ["body", 0]), "Harbour Mug: 350 ml enamel over steel, dishwasher safe.");
    assert.equal(backedFromBrief(brief, {}, ["body", 1]), "Made in Portugal.");
    assert.equal(backedFromBrief({ ...brief, facts: ["dishwasher safe"] }, {}, ["body", 1]), undefined);
  });

  it("keeps the meta description and tagline within their limits, ending at a clause", () => {
    const long = { ...brief, facts: Array.from({ length: 12 }, (_, index) => `a fact of some length, number ${index + 1}`) };
    const meta = backedFromBrief(long, {}, ["metaDescription"])!;
    assert.ok(meta.length <= limits.metaDescription, meta);
    assert.match(meta, /^Harbour Mug: a fact of some length.*\.$/);
    assert.ok(backedFromBrief(long, {}, ["tagline"])!.length <= limits.tagline);
  });

  it("has nothing for a brief without a name or facts, or for a field it does not know", () => {
    assert.equal(backedFromBrief({ name: "", facts: [], keywords: [] }, {}, ["title"]), undefined);
    assert.equal(backedFromBrief({ name: "", facts: [], keywords: [] }, {}, ["metaDescription"]), undefined);
    assert.equal(backedFromBrief(brief, {}, ["hashtags", 0]), undefined);
  });
});

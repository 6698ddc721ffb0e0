import * as assert from "node:assert/strict";
import type { ProductBrief } from "../../src/core/brief";
import { withBriefName } from "../../src/core/productDescription/briefName";
import { productDescriptionJob } from "../../src/core/productDescription/productDescriptionJob";

const sock: ProductBrief = { name: "Merino Trail Sock", facts: ["70% merino wool", "Brand: Harlow & Finch"], keywords: ["trail socks"] };

describe("withBriefName", () => {
  it("gives a product called by a name the brief never gives the brief's name, in the number it was written", () => {
    const draft = withBriefName({ tagline: "Mercil Hint Socks are warm and practical.", bullets: ["Our Mercil Sock keeps feet dry."] }, sock);
    assert.equal(draft.tagline, "Merino Trail Socks are warm and practical.");
    assert.deepEqual(draft.bullets, ["Our Merino Trail Sock keeps feet dry."]);
  });

  it("keeps the product named shorter, with its brand, and words that are no name", () => {
    const body = ["The Trail Sock from Harlow & Finch is warm.", "Harlow Trail Socks for long days.", "Warm socks for cold mornings.", "Pair them with Trail Runner Shoes."];
    assert.deepEqual(withBriefName({ body }, sock).body, body);
  });

  it("fits the field to its limit again when the brief's name is longer", () => {
    const brief: ProductBrief = { name: "Merino Wool Hiking and Trail Running Sock", facts: [], keywords: [] };
    const tagline = `Mx Socks ${"keep every step warm and dry on the trail, ".repeat(2)}from dawn to dusk.`.slice(0, 118);
    const fixed = withBriefName({ tagline }, brief).tagline ?? "";
    assert.ok(fixed.startsWith("Merino Wool Hiking and Trail Running Socks keep"), fixed);
    assert.ok(fixed.length <= 120, `${fixed.length} characters`);
  });

  it("runs in the description job's finishing step", () => {
    const job = productDescriptionJob(sock);
    const finished = job.finishDraft?.({ title: "Merino Trail Sock", tagline: "Mercil Socks for every trail.", bullets: ["One", "Two", "Three"], body: ["Mercil Socks keep feet warm on long hikes."], seoTitle: "Merino Trail Sock", metaDescription: "Mercil Socks keep feet warm." });
    assert.equal(finished?.tagline, "Merino Trail Socks for every trail.");
    assert.deepEqual(finished?.body, ["Merino Trail Socks keep feet warm on long hikes."]);
    assert.equal(finished?.metaDescription, "Merino Trail Socks keep feet warm.");
  });
});

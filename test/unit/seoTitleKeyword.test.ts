import * as assert from "node:assert/strict";
import type { ProductBrief } from "../../src/core/brief";
import { withKeywordInSeoTitle } from "../../src/core/productDescription/seoTitleKeyword";

const brief: ProductBrief = { name: "Merino Trail Sock", facts: ["70% merino wool"], keywords: ["merino hiking socks", "trail socks"] };

describe("withKeywordInSeoTitle", () => {
  it("keeps an SEO title that already has the primary keyword, in any case", () => {
    const draft = { seoTitle: "Merino Hiking Socks for Long Trails", metaDescription: "Warm socks." };
    assert.deepEqual(withKeywordInSeoTitle(draft, brief), draft);
  });

  it("replaces one without it by the keyword and the product name, words of the brief only", () => {
    const draft = { seoTitle: "Canvas Tote Bag in 100% cocoa", metaDescription: "Warm socks." };
    assert.equal(withKeywordInSeoTitle(draft, brief).seoTitle, "Merino hiking socks | Merino Trail Sock");
  });

  it("uses the name alone when the name holds the keyword, and the keyword alone when both do not fit", () => {
    const draft = { seoTitle: "Socks", metaDescription: "Warm socks." };
    assert.equal(withKeywordInSeoTitle(draft, { ...brief, keywords: ["trail sock"] }).seoTitle, "Merino Trail Sock");
    const longName = { ...brief, name: "Merino Trail Sock with a Cushioned Heel and a Seamless Toe for Long Hikes" };
    assert.equal(withKeywordInSeoTitle(draft, longName).seoTitle, "Merino hiking socks");
  });

  it("leaves a title alone while it may still be written, and a brief without keywords", () => {
    assert.equal(withKeywordInSeoTitle({ seoTitle: "Merino" }, brief).seoTitle, "Merino");
    assert.equal(withKeywordInSeoTitle({ seoTitle: "Socks", metaDescription: "Warm." }, { ...brief, keywords: [] }).seoTitle, "Socks");
  });
});

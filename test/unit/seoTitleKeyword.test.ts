import * as assert from "node:assert/strict";
import type { ProductBrief } from "../../src/core/brief";
import { withKeywordInSeoTitle } from "../../src/core/productDescription/seoTitleKeyword";

const brief: ProductBrief = { name: "Merino Trail Sock", facts: ["70% merino wool"], keywords: ["merino hiking socks", "trail socks"] };

describe("withKeywordInSeoTitle", () => {
  it("keeps an SEO title that already has the primary keyword and the product's name, in any case", () => {
    const draft = { seoTitle: "Merino Hiking Socks: the merino trail sock", metaDescription: "Warm socks." };
    assert.deepEqual(withKeywordInSeoTitle(draft, brief), draft);
  });

  it("replaces one with the keyword but another product's name, as a feed shows it as the product's title", () => {
    const draft = { seoTitle: "Mercil Merino Hiking Socks", metaDescription: "Warm socks." };
    assert.equal(withKeywordInSeoTitle(draft, brief).seoTitle, "Merino hiking socks | Merino Trail Sock");
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

  it("leaves a title alone while it may still be written", () => {
    assert.equal(withKeywordInSeoTitle({ seoTitle: "Merino" }, brief).seoTitle, "Merino");
  });

  it("holds a brief without keywords to the product's name only", () => {
    const noKeywords = { ...brief, keywords: [] };
    assert.equal(withKeywordInSeoTitle({ seoTitle: "Socks", metaDescription: "Warm." }, noKeywords).seoTitle, "Merino Trail Sock");
    const named = { seoTitle: "Merino Trail Sock for long days", metaDescription: "Warm." };
    assert.deepEqual(withKeywordInSeoTitle(named, noKeywords), named);
  });
});

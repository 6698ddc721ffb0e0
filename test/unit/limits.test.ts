import * as assert from "node:assert/strict";
import { enforceLimits, missingSections } from "../../src/core/productDescription/enforceLimits";
import { productDescriptionJsonSchema, productDescriptionLimits } from "../../src/core/productDescription/schema";
import { trimToLimit } from "../../src/core/text/trimToLimit";

describe("trimToLimit", () => {
  it("leaves text within the limit alone, apart from collapsing whitespace", () => {
    assert.equal(trimToLimit("Soft  merino\nsocks", 60), "Soft merino socks");
  });

  it("cuts at a word boundary, never mid-word, and drops dangling punctuation", () => {
    const text = "Warm, breathable merino socks for long days on the trail, and nights by the fire";
    const trimmed = trimToLimit(text, 60);
    assert.ok(trimmed.length <= 60, `${trimmed.length} > 60`);
    assert.ok(text.startsWith(trimmed));
    const next = text[trimmed.length];
    assert.ok(next === " " || next === ",", `cut mid-word before "${text.slice(trimmed.length)}"`);
    assert.doesNotMatch(trimmed, /[,\s]$/);
  });

  it("keeps a word that ends exactly at the limit", () => {
    assert.equal(trimToLimit("abc defgh ijk", 9), "abc defgh");
  });

  it("drops a single word that alone exceeds the limit instead of cutting it", () => {
    assert.equal(trimToLimit("Supercalifragilistic", 10), "");
  });
});

describe("enforceLimits", () => {
  const long = (words: number) => Array.from({ length: words }, (_, i) => `word${i}`).join(" ");

  it("brings every field within its limit at a word boundary", () => {
    const result = enforceLimits({
      title: long(40),
      tagline: long(40),
      bullets: [long(60), long(3), long(60), long(60), long(60), long(60), long(60)],
      body: [long(200), long(200), long(200)],
      seoTitle: long(30),
      metaDescription: long(60),
    });
    assert.ok(result.title!.length <= productDescriptionLimits.title);
    assert.ok(result.tagline!.length <= productDescriptionLimits.tagline);
    assert.equal(result.bullets!.length, productDescriptionLimits.maxBullets);
    for (const bullet of result.bullets!) assert.ok(bullet.length <= productDescriptionLimits.bullet);
    assert.equal(result.body!.length, productDescriptionLimits.paragraphs);
    assert.ok(result.seoTitle!.length <= 60, `seoTitle is ${result.seoTitle!.length}`);
    assert.ok(result.metaDescription!.length <= 155, `metaDescription is ${result.metaDescription!.length}`);
    for (const value of [result.title!, result.seoTitle!, result.metaDescription!]) assert.match(value, /word\d+$/);
  });

  it("reports the sections a draft lacks", () => {
    assert.deepEqual(missingSections({ title: "T", bullets: ["a"], body: ["p"] }), [
      "tagline",
      "at least 3 bullets",
      "2 body paragraphs",
      "SEO title",
      "meta description",
    ]);
    assert.deepEqual(missingSections({ title: "T", tagline: "t", bullets: ["a", "b", "c"], body: ["p", "q"], seoTitle: "s", metaDescription: "m" }), []);
  });

  it("gives the grammar room past each limit so that trimming, not the grammar, ends a string", () => {
    const { properties } = productDescriptionJsonSchema;
    assert.ok(properties.seoTitle.maxLength > productDescriptionLimits.seoTitle);
    assert.ok(properties.metaDescription.maxLength > productDescriptionLimits.metaDescription);
    assert.equal(properties.bullets.minItems, 3);
    assert.equal(properties.bullets.maxItems, 5);
    assert.equal(properties.body.minItems, 2);
    assert.equal(properties.body.maxItems, 2);
  });
});

import * as assert from "node:assert/strict";
import { enforceLimits, missingSections } from "../../src/core/productDescription/enforceLimits";
import { trimProse, trimTitle } from "../../src/core/productDescription/trimProse";
import { productDescriptionJsonSchema, productDescriptionLimits } from "../../src/core/productDescription/schema";
import { endBeforeLoop } from "../../src/core/text/endBeforeLoop";
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

describe("trimProse and trimTitle", () => {
  it("ends over-long prose at its last whole sentence when that keeps at least half the limit", () => {
    const text = "Warm merino keeps feet dry on long trails. The heel is reinforced. And the cushioned sole softens every step down";
    assert.equal(trimProse(text, 70), "Warm merino keeps feet dry on long trails. The heel is reinforced.");
  });

  it("ends at the last clause, closed with a full stop, when no whole sentence keeps enough", () => {
    const text = "A cushioned merino sock for long hikes, with a reinforced heel and a seamless toe that never rubs";
    assert.equal(trimProse(text, 60), "A cushioned merino sock for long hikes.");
  });

  it("cuts between words when no sentence or clause would keep enough, and leaves prose within its limit alone", () => {
    assert.equal(trimProse("Short. Then a very long second sentence that runs on and on", 40), "Short. Then a very long second sentence");
    assert.equal(trimProse("Fits well.  Dries fast.", 40), "Fits well. Dries fast.");
  });

  it("never ends a shortened title on a word such as and, for or with", () => {
    assert.equal(trimTitle("Merino Trail Sock for Hikers and Trail Runners", 28), "Merino Trail Sock for Hikers");
    assert.equal(trimTitle("Merino Trail Sock with a Heel", 22), "Merino Trail Sock");
  });
});

describe("endBeforeLoop", () => {
  it("ends prose where six words start to repeat, with a full stop", () => {
    assert.equal(
      endBeforeLoop("A merino wool and nylon hybrid that's both comfortable and durable that's both comfortable and durable that's both"),
      "A merino wool and nylon hybrid that's both comfortable and durable.",
    );
    assert.equal(endBeforeLoop("Made of 100 g 100 g 100 g 100 g 100 g"), "Made of 100 g.");
    assert.equal(endBeforeLoop("Mercil Socks Merlin Merlin Merlin Merlin Merlin Merlin Merlin Mer"), "Mercil Socks.");
  });

  it("does not leave a clause open where the loop began", () => {
    assert.equal(endBeforeLoop("Made of 70% merino wool and recycled nylon fabric that is made of 70% merino wool and recycled"), "Made of 70% merino wool and recycled nylon fabric.");
    assert.equal(
      endBeforeLoop("Made of 70% merino wool, 30% recycled nylon, 30% recycled nylon fabric that is made of 70% merino wool, 30% recycled nylon"),
      "Made of 70% merino wool, 30% recycled nylon.",
    );
  });

  it("ends prose before a word said four times in a row, but not three", () => {
    assert.equal(endBeforeLoop("A merino hiking sock, a sturdy, sturdy, sturdy, sturdy."), "A merino hiking sock.");
    assert.equal(endBeforeLoop("Fish oil in 300mg of 300mg, 300mg, 300mg, 300mg, 300mg"), "Fish oil in 300mg.");
    assert.equal(endBeforeLoop("Soft, soft, soft. Warm all day."), "Soft, soft, soft. Warm all day.");
  });

  it("keeps a finished sentence before the loop as it is, and ignores case and punctuation", () => {
    assert.equal(endBeforeLoop("Warm and soft. Warm, soft and light for trails. warm soft and light for trails, warm"), "Warm and soft. Warm, soft and light for trails.");
  });

  it("leaves prose alone that only repeats a name or a short phrase", () => {
    const prose = "The Merino Trail Sock keeps feet warm. Pull on the Merino Trail Sock for long hikes, and the Merino Trail Sock stays dry.";
    assert.equal(endBeforeLoop(prose), prose);
    assert.equal(endBeforeLoop("Soft, soft, soft."), "Soft, soft, soft.");
  });

  it("ends prose where a phrase of two to five words is said again straight after itself", () => {
    assert.equal(endBeforeLoop("Sizes XL to S to S."), "Sizes XL to S.");
    assert.equal(endBeforeLoop("Fits a 13-inch laptop, a 13-inch laptop, a 13-inch laptop"), "Fits a 13-inch laptop.");
    assert.equal(endBeforeLoop("Packs flat, fits a carry-on, fits a carry-on and more"), "Packs flat, fits a carry-on.");
    const prose = "Sizes S to M and M to L. Wear it to work, to the gym and to dinner.";
    assert.equal(endBeforeLoop(prose), prose);
  });

  it("ends prose before a word said three times when nothing follows and an article or 'of' came before, dropping the short clause it opened", () => {
    assert.equal(
      endBeforeLoop("It's made of 70% merino wool, 30% recycled nylon, and it's made of a sturdy, sturdy, sturdy."),
      "It's made of 70% merino wool, 30% recycled nylon.",
    );
    assert.equal(endBeforeLoop("A blanket that is soft, soft, soft."), "A blanket that is soft, soft, soft.");
    assert.equal(endBeforeLoop("Wrap up in the soft, soft, soft throw."), "Wrap up in the soft, soft, soft throw.");
  });

  it("keeps the first round of a loop that starts at the first word", () => {
    assert.equal(endBeforeLoop("buy now buy now buy now buy now buy now"), "buy now.");
  });

  it("runs inside trimProse, before the limit", () => {
    assert.equal(trimProse("Cosy socks for cold days and cosy socks for cold days and cosy socks", 200), "Cosy socks for cold days.");
  });
});

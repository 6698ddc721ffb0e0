import * as assert from "node:assert/strict";
import type { ProductBrief } from "../../src/core/brief";
import { withoutFragments, withoutRepeats } from "../../src/core/productDescription/withoutRepeats";

const brief: ProductBrief = { name: "Merino Trail Sock", facts: ["70% merino wool", "cushioned sole", "sizes 36 to 47"], keywords: [] };

describe("withoutRepeats", () => {
  it("puts a fact no bullet states yet in place of a repeated bullet", () => {
    const draft = { bullets: ["Made of 70% merino wool.", "Made for hikers.", "made for hikers"], body: [] };
    assert.deepEqual(withoutRepeats(draft, brief).bullets, ["Made of 70% merino wool.", "Made for hikers.", "Cushioned sole."]);
  });

  it("drops a repeat that the brief cannot replace while enough bullets remain, and keeps one it needs", () => {
    const stated = { ...brief, facts: ["70% merino wool"] };
    const four = { bullets: ["Made of 70% merino wool.", "Warm.", "Soft.", "Warm."], body: [] };
    assert.deepEqual(withoutRepeats(four, stated).bullets, ["Made of 70% merino wool.", "Warm.", "Soft."]);
    const three = { bullets: ["Made of 70% merino wool.", "Warm.", "Warm."], body: [] };
    assert.deepEqual(withoutRepeats(three, stated).bullets, three.bullets);
  });

  it("writes a repeated paragraph again from the brief's facts", () => {
    const draft = { bullets: [], body: ["Socks for hikers.", "Socks for hikers."], seoTitle: "" };
    assert.deepEqual(withoutRepeats(draft, brief).body, ["Socks for hikers.", "Sizes 36 to 47."]);
  });

  it("counts a bullet that repeats the tagline, or a paragraph that repeats a bullet, as a repeat", () => {
    const draft = { tagline: "Warm socks for hiking.", bullets: ["Made of 70% merino wool.", "Warm socks for hiking", "Cushioned sole."], body: ["Made of 70% merino wool.", "Socks for long days."], seoTitle: "" };
    const kept = withoutRepeats(draft, brief);
    assert.deepEqual(kept.bullets, ["Made of 70% merino wool.", "Sizes 36 to 47.", "Cushioned sole."]);
    assert.deepEqual(kept.body, ["Merino Trail Sock: 70% merino wool, cushioned sole.", "Socks for long days."]);
  });

  it("counts a bullet without a word of three letters as saying nothing", () => {
    const draft = { bullets: ["Made of 70% merino wool.", "Sizes 36 to 47.", "S.", "Warm."], body: [] };
    assert.deepEqual(withoutRepeats(draft, brief).bullets, ["Made of 70% merino wool.", "Sizes 36 to 47.", "Cushioned sole.", "Warm."]);
  });

  it("leaves a list alone while it may still be written", () => {
    const draft = { bullets: ["Warm.", "Warm."] };
    assert.deepEqual(withoutRepeats(draft, brief), draft);
    const body = { bullets: [], body: ["Warm.", "Warm."] };
    assert.deepEqual(withoutRepeats(body, brief), body);
  });
});

describe("withoutFragments", () => {
  it("writes a paragraph or meta description of fewer than three words from the brief's words", () => {
    const draft = { body: ["A sturdy.", "Soft merino keeps feet warm on long trails."], metaDescription: "A sturdy." };
    const finished = withoutFragments(draft, brief);
    assert.deepEqual(finished.body, ["Merino Trail Sock: 70% merino wool, cushioned sole.", "Soft merino keeps feet warm on long trails."]);
    assert.equal(finished.metaDescription, "Merino Trail Sock: 70% merino wool, cushioned sole, sizes 36 to 47.");
  });

  it("keeps short prose that says enough, and a fragment the brief has no words for", () => {
    const draft = { body: ["Built for long, cold days.", "Warm."], metaDescription: "Warm merino socks." };
    assert.deepEqual(withoutFragments(draft, brief), { ...draft, body: ["Built for long, cold days.", "Sizes 36 to 47."] });
    const bare = { ...brief, facts: [] };
    assert.deepEqual(withoutFragments({ metaDescription: "A sturdy." }, bare), { metaDescription: "A sturdy." });
  });

  it("ends a paragraph or meta description the model stopped in mid-sentence at its last sentence or clause", () => {
    const draft = {
      body: ["Vitalis makes vitamins and supplements for every day. It is a well-luc", "Soft merino keeps feet warm on long trails."],
      metaDescription: "Supports a healthy diet, and helps with energy and performance, and is a well-luc",
    };
    const finished = withoutFragments(draft, brief);
    assert.deepEqual(finished.body, ["Vitalis makes vitamins and supplements for every day.", "Soft merino keeps feet warm on long trails."]);
    assert.equal(finished.metaDescription, "Supports a healthy diet, and helps with energy and performance.");
    // Nothing to end at: closed where it stands, without a word left open.
    assert.equal(withoutFragments({ metaDescription: "Warm merino socks for long cold days on the" }, brief).metaDescription, "Warm merino socks for long cold days.");
    assert.equal(withoutFragments({ metaDescription: "A sturdy and lightweight two-person tent with a 20D rip-" }, brief).metaDescription, "A sturdy and lightweight two-person tent with a 20D.");
  });
});

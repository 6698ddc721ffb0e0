import * as assert from "node:assert/strict";
import type { ProductDescriptionDraft } from "../../../src/core/productDescription/enforceLimits";
import { contentWords, keyphraseOccurrences, wordStem } from "../../../src/core/scores/keyphrase";
import type { ScoreStatus } from "../../../src/core/scores/scoreCheck";
import { seoChecks } from "../../../src/core/scores/seoChecks";

const keyphrase = "merino socks";
const words = (count: number) => Array.from({ length: count }, () => "wool").join(" ");
const base: ProductDescriptionDraft = {
  title: "Merino Socks for Hiking",
  seoTitle: "Merino Socks | Trailhead",
  metaDescription: "Merino socks that stay warm and dry on long hikes.",
  body: ["Our merino socks keep feet warm on cold trails."],
};
const check = (id: string, changes: ProductDescriptionDraft = {}, phrase = keyphrase) => {
  const found = seoChecks({ ...base, ...changes }, phrase).find((candidate) => candidate.id === id);
  assert.ok(found, `no ${id} check`);
  return found;
};
const statusOf = (id: string, changes: ProductDescriptionDraft = {}, phrase = keyphrase): ScoreStatus => check(id, changes, phrase).status;

describe("keyphrase matching", () => {
  it("matches whole words in order, any case, singular or plural", () => {
    // "Merino socks" and "MERINO SOCK" match; "merino-socks" is one word; "socks merino" is out of order.
    assert.equal(keyphraseOccurrences("Merino socks, MERINO SOCK and merino-socks or socks merino.", keyphrase), 2);
    assert.equal(keyphraseOccurrences("Run in our running shoe, not a ran shoes.", "running shoes"), 1);
    assert.equal(keyphraseOccurrences("Merinosocks.", keyphrase), 0);
  });

  it("stems plurals and simple inflections alike, and leaves short or vowel-less stems whole", () => {
    assert.deepEqual(["socks", "batteries", "dresses", "knitted", "running", "speed", "string", "glass", "Sock’s"].map(wordStem), ["sock", "battery", "dress", "knit", "run", "speed", "string", "glass", "sock"]);
  });

  it("counts only content words toward a keyphrase's length", () => {
    assert.deepEqual(contentWords("socks for the running track"), ["socks", "running", "track"]);
  });
});

describe("SEO checks", () => {
  it("runs the keyphrase checks only with a keyphrase", () => {
    assert.deepEqual(seoChecks(base, "").map((c) => c.id), ["keyphraseLength", "metaDescriptionLength", "seoTitleLength", "textLength"]);
    assert.equal(statusOf("keyphraseLength", {}, "for the"), "problem");
    assert.equal(seoChecks(base, keyphrase).length, 9);
  });

  it("rates keyphrase length at 1–4 content words good, up to 8 ok", () => {
    assert.equal(statusOf("keyphraseLength", {}, "wool sock heel toe"), "good");
    assert.equal(statusOf("keyphraseLength", {}, "wool sock heel toe cuff"), "ok");
    assert.equal(statusOf("keyphraseLength", {}, "wool sock heel toe cuff arch sole yarn"), "ok");
    assert.equal(statusOf("keyphraseLength", {}, "wool sock heel toe cuff arch sole yarn knit"), "problem");
    assert.equal(check("keyphraseLength", {}, "socks for running").value, 2);
  });

  it("finds the keyphrase in the title: in order good, words only ok, missing a problem", () => {
    assert.equal(statusOf("keyphraseInTitle", { title: "MERINO SOCK Set" }), "good");
    assert.equal(statusOf("keyphraseInTitle", { title: "Socks in Merino" }), "ok");
    assert.equal(statusOf("keyphraseInTitle", { title: "Wool Socks" }), "problem");
  });

  it("wants the keyphrase at the start of the SEO title", () => {
    assert.equal(statusOf("keyphraseInSeoTitle"), "good");
    assert.equal(statusOf("keyphraseInSeoTitle", { seoTitle: "Warm Merino Socks" }), "ok");
    assert.equal(statusOf("keyphraseInSeoTitle", { seoTitle: "Socks of merino" }), "ok");
    assert.equal(statusOf("keyphraseInSeoTitle", { seoTitle: "Warm Wool" }), "problem");
  });

  it("wants the keyphrase once or twice in the meta description", () => {
    assert.equal(statusOf("keyphraseInMetaDescription"), "good");
    assert.equal(statusOf("keyphraseInMetaDescription", { metaDescription: "Merino socks. More merino socks." }), "good");
    assert.equal(statusOf("keyphraseInMetaDescription", { metaDescription: "Merino socks, merino socks, merino socks." }), "problem");
    assert.equal(statusOf("keyphraseInMetaDescription", { metaDescription: "Socks of merino wool." }), "ok");
    assert.equal(statusOf("keyphraseInMetaDescription", { metaDescription: "Warm wool." }), "problem");
  });

  it("wants the keyphrase's words in one sentence of the first paragraph", () => {
    assert.equal(statusOf("keyphraseInIntroduction", { body: ["Soft merino wool socks. They dry fast."] }), "good");
    assert.equal(statusOf("keyphraseInIntroduction", { body: ["Knitted from merino. The socks dry fast."] }), "ok");
    assert.equal(statusOf("keyphraseInIntroduction", { body: ["Warm wool.", "Merino socks."] }), "problem");
  });

  it("rates density at 0.5–3% good, under 0.5% ok, none or over 3% a problem", () => {
    // 1 occurrence in 2 + 198 = 200 words is 0.5%; in 201 words 0.4975%.
    assert.equal(statusOf("keyphraseDensity", { body: [`merino socks ${words(198)}`] }), "good");
    assert.equal(statusOf("keyphraseDensity", { body: [`merino socks ${words(199)}`] }), "ok");
    // 6 occurrences (12 words) + 188 = 200 words is 3%; 7 occurrences (14) + 186 is 3.5%.
    assert.equal(check("keyphraseDensity", { body: [`${"merino socks ".repeat(6)}${words(188)}`] }).value, 3);
    assert.equal(statusOf("keyphraseDensity", { body: [`${"merino socks ".repeat(6)}${words(188)}`] }), "good");
    assert.equal(statusOf("keyphraseDensity", { body: [`${"merino socks ".repeat(7)}${words(186)}`] }), "problem");
    assert.equal(statusOf("keyphraseDensity", { body: [words(200)] }), "problem");
  });

  it("rates the meta description at 120 characters ideal and 156 at most", () => {
    assert.equal(statusOf("metaDescriptionLength", { metaDescription: "m".repeat(120) }), "good");
    assert.equal(statusOf("metaDescriptionLength", { metaDescription: "m".repeat(121) }), "ok");
    assert.equal(statusOf("metaDescriptionLength", { metaDescription: "m".repeat(156) }), "ok");
    assert.equal(statusOf("metaDescriptionLength", { metaDescription: "m".repeat(157) }), "problem");
    assert.equal(statusOf("metaDescriptionLength", { metaDescription: "" }), "problem");
  });

  it("rates the SEO title at 60 characters good and 70 at most", () => {
    assert.equal(statusOf("seoTitleLength", { seoTitle: "t".repeat(60) }), "good");
    assert.equal(statusOf("seoTitleLength", { seoTitle: "t".repeat(61) }), "ok");
    assert.equal(statusOf("seoTitleLength", { seoTitle: "t".repeat(70) }), "ok");
    assert.equal(statusOf("seoTitleLength", { seoTitle: "t".repeat(71) }), "problem");
    assert.equal(statusOf("seoTitleLength", { seoTitle: undefined }), "problem");
  });

  it("rates text length from 200 words good and 100 ok, counting tagline, bullets and body", () => {
    assert.equal(statusOf("textLength", { body: [words(200)] }), "good");
    assert.equal(statusOf("textLength", { body: [words(199)] }), "ok");
    assert.equal(statusOf("textLength", { body: [words(100)] }), "ok");
    assert.equal(statusOf("textLength", { body: [words(99)] }), "problem");
    // 50 + 50 + 50 + 50 words across the parts; the title's words do not count.
    assert.equal(check("textLength", { tagline: words(50), bullets: [words(50), words(50)], body: [words(50)] }).value, 200);
  });

  it("gives every check a threshold and one line of advice", () => {
    for (const found of seoChecks(base, keyphrase)) {
      assert.ok(found.threshold.length > 0 && found.advice.length > 0 && !found.advice.includes("\n"), found.id);
    }
  });
});

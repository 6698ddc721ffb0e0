import * as assert from "node:assert/strict";
import { channelPackFiles, channelPacks, findChannelPack, withExcludedTerms } from "../../../src/core/channelPacks/channelPacks";
import type { ChannelPack } from "../../../src/core/channelPacks/channelPack";
import { applyPackFix, checkChannelPack, missingRequiredFields } from "../../../src/core/channelPacks/checkChannelPack";
import { ChannelPackError, parseChannelPack } from "../../../src/core/channelPacks/parseChannelPack";

const pack = (id: string): ChannelPack => {
  const found = findChannelPack(id);
  assert.ok(found, `no ${id} pack`);
  return found;
};
const amazon = pack("amazon-listing");
const tiny = parseChannelPack({ id: "tiny", displayName: "Tiny", fields: { line: { label: "Line", maxChars: 12 } }, bannedTerms: [], bannedCharacters: [], requiredFields: [] }, "tiny.json");
const fixAll = (text: string, channel: ChannelPack, field?: string) => {
  const [first] = checkChannelPack(text, channel, field);
  return first ? applyPackFix(text, first) : text;
};

describe("channel packs", () => {
  it("parses every bundled pack, named after its file", () => {
    assert.deepEqual(channelPacks.map((p) => p.id), ["amazon-listing", "google-ads", "google-merchant", "shopify-seo"]);
    assert.deepEqual(Object.keys(channelPackFiles), channelPacks.map((p) => `${p.id}.json`));
    assert.equal(pack("google-merchant").fields.title?.maxChars, 150);
    assert.equal(pack("google-merchant").fields.description?.maxChars, 5000);
    assert.deepEqual([pack("shopify-seo").fields.seoTitle?.maxChars, pack("shopify-seo").fields.metaDescription?.maxChars], [70, 320]);
  });

  it("names a source for every built-in rule and limit", () => {
    for (const channel of channelPacks) {
      for (const [name, field] of Object.entries(channel.fields)) assert.ok(field.source, `${channel.id}: fields.${name} has no source`);
      for (const rule of [...channel.bannedTerms, ...channel.bannedCharacters]) assert.ok(rule.source.trim(), `${channel.id}: ${rule.id} has no source`);
    }
  });

  it("rejects a bad pack with the file and field named", () => {
    const valid = { id: "bad", displayName: "Bad", fields: { line: { label: "Line" } }, bannedTerms: [], bannedCharacters: [], requiredFields: [] };
    const rejects = (changes: Record<string, unknown>, message: RegExp, fileName = "bad.json") =>
      assert.throws(() => parseChannelPack({ ...valid, ...changes }, fileName), (error: unknown) => error instanceof ChannelPackError && message.test(error.message));
    rejects({}, /other\.json: "id" is "bad" but the file is named other\.json/, "other.json");
    rejects({ limits: {} }, /"limits" is not a known field/);
    rejects({ fields: { line: { label: "Line", maxChars: 2.5 } } }, /"fields\.line\.maxChars" must be a whole number/);
    rejects({ bannedCharacters: [{ id: "x", characterClass: "\\p{Nope}", reason: "r", source: "s" }] }, /"bannedCharacters\[0\]\.characterClass" is not a valid character class/);
    rejects({ bannedCharacters: [{ id: "x", characterClass: "\\p{L}", reason: "r", source: "s" }] }, /matches letters or spaces/);
    rejects({ bannedTerms: [{ id: "x", terms: ["ok"], reason: "r", source: "s", fields: ["bullet"] }] }, /"bannedTerms\[0\]\.fields\[0\]" "bullet" is not one of the pack's fields/);
    rejects({ bannedTerms: [{ id: "x", terms: ["a*b"], reason: "r", source: "s" }] }, /must be words, with at most a final \*/);
    rejects({ bannedTerms: [{ id: "x", terms: ["ok"], reason: "r", source: "s" }], bannedCharacters: [{ id: "x", characterClass: "!", reason: "r", source: "s" }] }, /repeat the id "x"/);
  });

  it("finds an emoji in an Amazon bullet, and its fix removes exactly the emoji", () => {
    const bullet = "Soft merino 🧦 keeps feet warm";
    const findings = checkChannelPack(bullet, amazon, "bullet");
    assert.equal(findings.length, 1);
    const [finding] = findings;
    assert.ok(finding);
    assert.deepEqual([finding.ruleId, finding.kind, finding.start, finding.end], ["emoji", "character", 12, 14]);
    assert.match(finding.message, /Amazon Seller Central/);
    assert.equal(applyPackFix(bullet, finding), "Soft merino keeps feet warm");
  });

  it("removes an emoji with its skin tone or variation selector, and a flag", () => {
    assert.equal(fixAll("Great fit 👍🏽 for all", amazon, "bullet"), "Great fit for all");
    assert.equal(fixAll("Made with ❤️ in Leeds", amazon, "bullet"), "Made with in Leeds");
    assert.equal(fixAll("Knitted in 🇵🇹 Portugal", amazon, "bullet"), "Knitted in Portugal");
  });

  it("bans Amazon's special characters in bullets only, one finding each", () => {
    const bullet = "Trailhead™ socks … arrow → here";
    assert.deepEqual(checkChannelPack(bullet, amazon, "bullet").map((f) => [f.ruleId, bullet.slice(f.start, f.end)]), [
      ["special-characters", "™"],
      ["special-characters", "…"],
      ["special-characters", "→"],
    ]);
    // ™ is a text symbol, not an emoji: a title may carry it.
    assert.deepEqual(checkChannelPack(bullet, amazon, "title"), []);
  });

  it("reports a character two rules ban once, by the pack's first rule", () => {
    const rule = (id: string) => ({ id, characterClass: "!?", reason: "r", source: "s" });
    const twice = parseChannelPack({ id: "twice", displayName: "Twice", fields: {}, bannedTerms: [], bannedCharacters: [rule("first"), rule("second")], requiredFields: [] }, "twice.json");
    assert.deepEqual(checkChannelPack("Warm!", twice).map((f) => f.ruleId), ["first"]);
  });

  it("bans Amazon's claim and guarantee wording in any spelling, as whole words", () => {
    const bullet = "Eco friendly, anti-bacterial yarn with a money-back offer. Guaranteed fit.";
    assert.deepEqual(checkChannelPack(bullet, amazon, "bullet").map((f) => [f.ruleId, bullet.slice(f.start, f.end)]), [
      ["environmental-claims", "Eco friendly"],
      ["pesticide-claims", "anti-bacterial"],
      ["guarantees", "money-back"],
      ["guarantees", "Guaranteed"],
    ]);
    assert.deepEqual(checkChannelPack("Nontoxic dyes and refundable deposit", amazon, "bullet").map((f) => f.ruleId), ["environmental-claims", "guarantees"]);
    assert.deepEqual(checkChannelPack(bullet, amazon, "description"), []);
    assert.equal(applyPackFix(bullet, checkChannelPack(bullet, amazon, "bullet")[1]!), "Eco friendly, yarn with a money-back offer. Guaranteed fit.");
  });

  it("trims a field over its limit at a word boundary and keeps the rest byte for byte", () => {
    // 60 × "abcd " is 300 characters; 255 falls at the start of word 52, so 51 words stay (254 characters).
    const long = "abcd ".repeat(60);
    const [finding] = checkChannelPack(long, amazon, "bullet");
    assert.ok(finding);
    assert.equal(finding.kind, "length");
    assert.match(finding.message, /has 300 characters; the limit is 255\. \(Amazon Seller Central, bullet point requirements/);
    assert.equal(applyPackFix(long, finding), "abcd ".repeat(51).trimEnd());
    // Limit 12: "Soft merino " ends in a space, so "Soft merino" stays.
    assert.equal(fixAll("Soft merino socks, warm", tiny, "line"), "Soft merino");
    // Limit 12 falls after "Soft merino," and before a space: the whole words stay, the comma goes.
    assert.equal(fixAll("Soft merino, socks", tiny, "line"), "Soft merino");
    // One word longer than the limit is cut inside it.
    assert.equal(fixAll("Superlongwordthatneverends", tiny, "line"), "Superlongwor");
    assert.deepEqual(checkChannelPack("Twelve chars", tiny, "line"), []);
    // Characters are code points: twelve with an emoji in them is still within the limit.
    assert.deepEqual(checkChannelPack("Eleven ch 🧦", tiny, "line"), []);
  });

  it("refuses a fix on text that changed since the check", () => {
    const [finding] = checkChannelPack("Soft 🧦 socks", amazon, "bullet");
    assert.ok(finding);
    assert.throws(() => applyPackFix("Soft  socks", finding), RangeError);
  });

  it("adds a campaign's excluded terms to Google Ads, and bans ! in headlines", () => {
    const ads = withExcludedTerms(pack("google-ads"), ["cheap", "knock-off", " "]);
    const headline = "Cheap knock off socks!";
    assert.deepEqual(checkChannelPack(headline, ads, "headline").map((f) => [f.ruleId, headline.slice(f.start, f.end)]), [
      ["campaign-excluded-terms", "Cheap"],
      ["campaign-excluded-terms", "knock off"],
      ["headline-exclamation", "!"],
    ]);
    assert.deepEqual(checkChannelPack("Warm socks!", ads, "description"), []);
    assert.deepEqual(checkChannelPack("Cheap socks", pack("google-ads"), "headline"), []);
    assert.equal(checkChannelPack("Merino socks for cold trail runs", ads, "headline")[0]?.kind, "length");
  });

  it("keeps promotions out of Merchant Center titles without matching inside words", () => {
    const merchant = pack("google-merchant");
    assert.deepEqual(checkChannelPack("Merino socks on sale, free shipping", merchant, "title").map((f) => f.ruleId), ["promotional-title", "promotional-title"]);
    assert.deepEqual(checkChannelPack("Wholesale merino socks", merchant, "title"), []);
    assert.deepEqual(checkChannelPack("Merino socks on sale", merchant, "description"), []);
  });

  it("lists the required fields a listing leaves blank", () => {
    const merchant = pack("google-merchant");
    assert.deepEqual(missingRequiredFields({ id: "SKU-1", title: "Merino socks", description: " ", link: "https://example.com/socks" }, merchant), ["description", "image_link", "availability", "price"]);
    assert.deepEqual(missingRequiredFields({ seoTitle: "Merino socks", metaDescription: "Warm socks." }, pack("shopify-seo")), []);
  });
});

import * as assert from "node:assert/strict";
import { channelPacks, findChannelPack } from "../../../src/core/channelPacks/channelPacks";
import { checkChannelPack } from "../../../src/core/channelPacks/checkChannelPack";
import { withWorkspacePacks } from "../../../src/core/channelPacks/withWorkspacePacks";

const file = (name: string, data: unknown) => ({ fileName: `.tailor/packs/${name}`, text: typeof data === "string" ? data : JSON.stringify(data) });

describe("workspace channel packs", () => {
  it("extends a built-in pack: a lower limit, a replaced rule and a new one", () => {
    const { packs, problems } = withWorkspacePacks(channelPacks, [
      file("amazon-listing.json", {
        id: "amazon-listing",
        fields: { bullet: { label: "Bullet point", maxChars: 150 } },
        bannedTerms: [
          { id: "guarantees", terms: ["money back"], reason: "Only money-back promises here.", source: "Our legal team" },
          { id: "house-terms", terms: ["cheap"], reason: "Not our voice.", source: "Brand book", fields: ["bullet"] },
        ],
      }),
    ]);
    assert.deepEqual(problems, []);
    const amazon = packs.find((pack) => pack.id === "amazon-listing")!;
    assert.equal(amazon.displayName, "Amazon listing");
    assert.equal(amazon.fields.bullet?.maxChars, 150);
    assert.equal(amazon.fields.title?.maxChars, 200);
    assert.deepEqual(checkChannelPack("Cheap socks, refundable, money back 🧦", amazon, "bullet").map((finding) => finding.ruleId), ["house-terms", "guarantees", "emoji"]);
    assert.equal(packs.length, channelPacks.length);
  });

  it("adds a pack of its own", () => {
    const { packs } = withWorkspacePacks(channelPacks, [file("etsy.json", { id: "etsy", displayName: "Etsy", fields: { title: { label: "Title", maxChars: 140 } }, bannedTerms: [], bannedCharacters: [], requiredFields: ["title"] })]);
    assert.deepEqual(packs.map((pack) => pack.id), [...channelPacks.map((pack) => pack.id), "etsy"]);
  });

  it("names the file and the problem of a bad pack, and keeps the built-in packs", () => {
    const { packs, problems } = withWorkspacePacks(channelPacks, [
      file("amazon-listing.json", "{ \"id\": \"amazon-listing\", "),
      file("google-ads.json", { id: "google-ads", bannedTerms: [{ id: "x", terms: ["cheap"], reason: "r", source: "s", fields: ["bullet"] }] }),
      file("new.json", { id: "new" }),
    ]);
    assert.equal(problems.length, 3);
    assert.match(problems[0]!, /^\.tailor\/packs\/amazon-listing\.json: not valid JSON/);
    assert.match(problems[1]!, /^\.tailor\/packs\/google-ads\.json: "bannedTerms\[0\]\.fields\[0\]" "bullet" is not one of the pack's fields/);
    assert.match(problems[2]!, /^\.tailor\/packs\/new\.json: "fields" must be an object/);
    assert.deepEqual(packs, channelPacks);
    assert.equal(packs.find((pack) => pack.id === "amazon-listing"), findChannelPack("amazon-listing"));
  });
});

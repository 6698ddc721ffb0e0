import * as assert from "node:assert/strict";
import { channelPacks, findChannelPack } from "../../../src/core/channelPacks/channelPacks";
import { channelPackFor, checkChannelCopy, withoutBannedCharacters } from "../../../src/core/channelPacks/channelCopyPack";
import { applyPackFix, applyPackFixes } from "../../../src/core/channelPacks/checkChannelPack";
import { checkPackedDocument, packedDocument } from "../../../src/core/channelPacks/packedDocument";
import { channels } from "../../../src/core/marketing/channels";
import { renderMarketingMarkdown } from "../../../src/core/marketing/renderMarketingMarkdown";
import { scoresFooterEndMarker, scoresFooterMarker } from "../../../src/core/scores/scoresMarkdown";

const amazon = findChannelPack("amazon-listing")!;
const bullets = ["Soft merino 🧦 keeps feet warm", "Eco-friendly dye that lasts", "Cushioned heel and toe", "Reinforced seams", "Machine washable at 30 °C"];
const rendered = renderMarketingMarkdown(channels["amazon-bullets"], { variants: [{ bullets }] }, "Done.");

describe("packed documents", () => {
  it("checks an Amazon-bullets output bullet by bullet, counters and footer left alone", () => {
    const packed = packedDocument(rendered);
    assert.ok(packed);
    assert.equal(packed.packId, "amazon-listing");
    assert.deepEqual(packed.pieces.map((piece) => rendered.slice(piece.start, piece.end)), bullets);
    assert.ok(packed.pieces.every((piece) => piece.field === "bullet"));
    const findings = checkPackedDocument(rendered, packed.pieces, amazon);
    assert.deepEqual(findings.map((finding) => [finding.ruleId, rendered.slice(finding.start, finding.end)]), [
      ["emoji", "🧦"],
      ["environmental-claims", "Eco-friendly"],
    ]);
  });

  it("fixes one finding in place and leaves every other byte, the counters too", () => {
    const [emoji] = checkChannelCopy(rendered, channelPackFor(channels["amazon-bullets"])!);
    assert.ok(emoji);
    const fixed = applyPackFix(rendered, emoji);
    assert.equal(fixed, rendered.replace("🧦 ", ""));
    assert.deepEqual(checkChannelCopy(fixed, channelPackFor(channels["amazon-bullets"])!).map((finding) => finding.ruleId), ["environmental-claims"]);
  });

  it("reads Google Ads headlines and descriptions as their pack fields", () => {
    const ads = renderMarketingMarkdown(channels["google-ads-rsa"], { variants: [{ headlines: ["Warm socks!", "Merino socks", "Trail ready"], descriptions: ["Warm socks! Order today.", "Soft merino."] }] });
    const findings = checkChannelCopy(ads, channelPackFor(channels["google-ads-rsa"])!);
    // The exclamation mark is banned in a headline only, so the description's stays.
    assert.deepEqual(findings.map((finding) => [finding.ruleId, ads.slice(0, finding.start).split("\n").length]), [["headline-exclamation", 7]]);
  });

  it("takes a marker's pack and field, one line per value", () => {
    const text = "<!-- tailor-pack: amazon-listing bullet -->\n\n- Great fit 👍🏽 for all\n- Refunds if it rips\n";
    const packed = packedDocument(text);
    assert.ok(packed);
    assert.deepEqual(packed.pieces.map((piece) => [text.slice(piece.start, piece.end), piece.field]), [
      ["Great fit 👍🏽 for all", "bullet"],
      ["Refunds if it rips", "bullet"],
    ]);
    const findings = checkPackedDocument(text, packed.pieces, amazon);
    assert.equal(applyPackFixes(text, findings), "<!-- tailor-pack: amazon-listing bullet -->\n\n- Great fit for all\n- if it rips\n");
  });

  it("applies only the pack-wide rules when the marker names no field", () => {
    const text = "Refunds on request 🧦\n<!-- tailor-pack: amazon-listing -->";
    const packed = packedDocument(text);
    assert.ok(packed);
    assert.deepEqual(checkPackedDocument(text, packed.pieces, amazon).map((finding) => finding.ruleId), ["emoji"]);
  });

  it("leaves the scores footer Tailor appends out of the check", () => {
    const text = `${renderMarketingMarkdown(channels["amazon-bullets"], { variants: [{ bullets: bullets.slice(2) }] })}${scoresFooterMarker}\n\n## Scores\n\n- Eco-friendly 🧦 advice\n`;
    const packed = packedDocument(text);
    assert.ok(packed);
    assert.deepEqual(checkPackedDocument(text, packed.pieces, amazon), []);
    const marked = `<!-- tailor-pack: amazon-listing bullet -->\n- Warm\n${scoresFooterMarker}\n- Eco-friendly\n`;
    assert.deepEqual(checkPackedDocument(marked, packedDocument(marked)!.pieces, amazon), []);
  });

  it("checks what a user adds after the closed scores footer", () => {
    const text = `<!-- tailor-pack: amazon-listing bullet -->\n- Warm\n${scoresFooterMarker}\n- Eco-friendly advice\n${scoresFooterEndMarker}\n- Soft 🧦 socks\n`;
    const findings = checkPackedDocument(text, packedDocument(text)!.pieces, amazon);
    assert.deepEqual(findings.map((finding) => text.slice(finding.start, finding.end)), ["🧦"]);
  });

  it("leaves other documents to no pack", () => {
    assert.equal(packedDocument("# Merino socks\n\nSoft 🧦 socks."), undefined);
    assert.equal(packedDocument(renderMarketingMarkdown(channels.email, { variants: [{ subject: "Hi 🧦", preheader: "Warm" }] })), undefined);
  });

  it("takes banned characters out of a draft's checked fields only", () => {
    const ads = channelPackFor(channels["google-ads-rsa"], channelPacks)!;
    const clean = withoutBannedCharacters({ variants: [{ headlines: ["Warm socks! 🧦", "🧦"], descriptions: ["Warm socks! Order today 🧦."] }] }, ads);
    assert.deepEqual(clean, { variants: [{ headlines: ["Warm socks"], descriptions: ["Warm socks! Order today."] }] });
    assert.equal(channelPackFor(channels.email), undefined);
  });
});

import * as assert from "node:assert/strict";
import { BriefError, parseBrief } from "../../src/core/brief";

describe("parseBrief", () => {
  it("reads a YAML brief with every field", () => {
    const brief = parseBrief(
      ["name: Merino Trail Sock", "facts:", "  - 70% merino wool", "  - cushioned sole", "audience: hikers", "tone: practical", "keywords: [hiking socks, merino]"].join("\n"),
    );
    assert.deepEqual(brief, {
      name: "Merino Trail Sock",
      facts: ["70% merino wool", "cushioned sole"],
      audience: "hikers",
      tone: "practical",
      keywords: ["hiking socks", "merino"],
    });
  });

  it("reads the length the user asks for, in words", () => {
    assert.equal(parseBrief("name: Lamp\nfacts: [LED]\nlength: about 1,200 words").words, 1200);
    assert.equal(parseBrief('{"name": "Lamp", "facts": ["LED"], "words": 300}').words, 300);
    assert.equal(parseBrief("name: Lamp\nfacts: [LED]").words, undefined);
  });

  it("reads a JSON brief and splits a facts string into lines", () => {
    const brief = parseBrief('{"name": "Desk Lamp", "facts": "LED; 3 brightness levels", "keywords": "lamp"}');
    assert.equal(brief.name, "Desk Lamp");
    assert.deepEqual(brief.facts, ["LED", "3 brightness levels"]);
    assert.deepEqual(brief.keywords, ["lamp"]);
    assert.equal(brief.audience, undefined);
  });

  it("turns key-value facts in YAML into readable lines", () => {
    const brief = parseBrief("name: Kettle\nfacts:\n  capacity: 1.7 l\n  power: 2200 W\n");
    assert.deepEqual(brief.facts, ["capacity: 1.7 l", "power: 2200 W"]);
  });

  it("takes a short first line of free text as the name and bullets as facts", () => {
    const brief = parseBrief("Ceramic Pour-Over Set\n- hand-glazed stoneware\n* fits most mugs\n1. dishwasher safe");
    assert.equal(brief.name, "Ceramic Pour-Over Set");
    assert.deepEqual(brief.facts, ["hand-glazed stoneware", "fits most mugs", "dishwasher safe"]);
  });

  it("reads the industry a brief names, by id or display name in any case, as the profile's id", () => {
    assert.equal(parseBrief("name: Sock\nfacts: [merino]\nindustry: fashion-apparel").industry, "fashion-apparel");
    assert.equal(parseBrief("name: Sock\nfacts: [merino]\nindustry: Fashion & Apparel").industry, "fashion-apparel");
    assert.equal(parseBrief('{"name": "Lamp", "facts": ["LED"], "industry": "HOME-FURNITURE"}').industry, "home-furniture");
    assert.equal(parseBrief("name: Jug\nfacts: [glass]\nindustry: General retail").industry, "general-retail");
    assert.equal(parseBrief("name: Lamp\nfacts: [LED]").industry, undefined);
  });

  it("counts a YAML brief that names only its industry and facts as a brief", () => {
    const brief = parseBrief("industry: jewelry\nfacts: [925 sterling silver]");
    assert.deepEqual([brief.facts, brief.industry], [["925 sterling silver"], "jewelry"]);
  });

  it("refuses an industry no profile has, listing the ids", () => {
    assert.throws(
      () => parseBrief("name: Tyre\nfacts: [rubber]\nindustry: automotive"),
      (error: unknown) =>
        error instanceof BriefError && /^"industry: automotive" is not an industry Tailor knows\. Use one of: general-retail, fashion-apparel, .*toys-kids, finance/.test(error.message),
    );
    // A near miss is refused too: a brief says exactly what it means.
    assert.throws(() => parseBrief("name: Boot\nfacts: [leather]\nindustry: fashion"), BriefError);
  });

  it("does not mistake free text with colons for YAML", () => {
    const brief = parseBrief("Material: organic cotton. Fit: relaxed.");
    assert.equal(brief.name, "");
    assert.deepEqual(brief.facts, ["Material: organic cotton. Fit: relaxed."]);
  });

  it("refuses an empty selection, broken JSON and a brief with nothing in it, saying what to do", () => {
    assert.throws(() => parseBrief("   \n "), (error: unknown) => error instanceof BriefError && /empty/.test(error.message));
    assert.throws(() => parseBrief('{"name": "x",'), (error: unknown) => error instanceof BriefError && /JSON/.test(error.message));
    assert.throws(() => parseBrief("name:\nfacts: []\ncolour: red"), (error: unknown) => error instanceof BriefError && /colour/.test(error.message));
    assert.throws(() => parseBrief('{"name": {"a": 1}}'), (error: unknown) => error instanceof BriefError && /"name" must be text/.test(error.message));
  });
});

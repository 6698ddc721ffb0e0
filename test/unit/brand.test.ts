import * as assert from "node:assert/strict";
import { BrandVoiceError, brandGuidance, parseBrandVoice, type BrandVoice } from "../../src/core/brand/brandVoice";

const expected: BrandVoice = {
  tone: "warm, plain-spoken, a little playful",
  audience: "first-time home bakers",
  readingLevel: "grade 8",
  glossary: {
    preferred: ["bake", "crumb", "proof"],
    banned: [{ term: "cheap", replacement: "affordable", reason: "We never sound discount." }, { term: "synergy" }],
  },
};

describe("parseBrandVoice", () => {
  it("reads the JSON and the YAML form of the same brand alike", () => {
    const json = JSON.stringify({
      $schema: "https://example.com/brand.schema.json",
      tone: "warm, plain-spoken, a little playful",
      audience: "first-time home bakers",
      readingLevel: 8,
      glossary: {
        preferred: ["bake", "crumb", "proof"],
        banned: [{ term: "cheap", replacement: "affordable", reason: "We never sound discount." }, "synergy"],
      },
    });
    const yaml = [
      "tone: warm, plain-spoken, a little playful",
      "audience: first-time home bakers",
      "readingLevel: grade 8",
      "glossary:",
      "  preferred: [bake, crumb, proof]",
      "  banned:",
      "    - term: cheap",
      "      replacement: affordable",
      "      reason: We never sound discount.",
      "    - synergy",
    ].join("\n");
    assert.deepEqual(parseBrandVoice(json, "json"), expected);
    assert.deepEqual(parseBrandVoice(yaml, "yaml"), expected);
  });

  it("treats an empty file, or one with only some fields, as a brand with those settings", () => {
    assert.deepEqual(parseBrandVoice("", "yaml"), { glossary: { preferred: [], banned: [] } });
    assert.deepEqual(parseBrandVoice("  \n", "json"), { glossary: { preferred: [], banned: [] } });
    assert.deepEqual(parseBrandVoice("tone: calm\n", "yaml"), { tone: "calm", glossary: { preferred: [], banned: [] } });
  });

  it("names the file and the field in each error", () => {
    const rejects = (text: string, format: "json" | "yaml", message: RegExp) =>
      assert.throws(
        () => parseBrandVoice(text, format),
        (error: unknown) => error instanceof BrandVoiceError && message.test(error.message),
        `expected ${message} for ${text}`,
      );
    rejects('{"tones": "calm"}', "json", /^\.tailor\/brand\.json: "tones" is not a known field \(known: tone, audience, readingLevel, glossary\)/);
    rejects("tone: 42", "yaml", /^\.tailor\/brand\.yaml: "tone" must be a non-empty string/);
    rejects('{"tone": ""}', "json", /"tone" must be a non-empty string/);
    rejects('{"readingLevel": 0}', "json", /"readingLevel" must be a grade from 1 to 20/);
    rejects('{"glossary": ["cheap"]}', "json", /"glossary" must be an object with preferred and banned lists/);
    rejects('{"glossary": {"preferred": "bake"}}', "json", /"glossary\.preferred" must be a list of strings/);
    rejects('{"glossary": {"preferred": ["bake", 3]}}', "json", /"glossary\.preferred\[1\]" must be a non-empty string/);
    rejects('{"glossary": {"banned": [{"term": "cheap"}, {"replacement": "use"}]}}', "json", /"glossary\.banned\[1\]\.term" must be a non-empty string/);
    rejects('{"glossary": {"banned": [{"term": "cheap", "instead": "affordable"}]}}', "json", /"glossary\.banned\[0\]\.instead" is not a known field/);
    rejects('{"glossary": {"banned": ["cheap", "Cheap"]}}', "json", /"glossary\.banned\[1\]\.term" repeats "Cheap"/);
    rejects('{"glossary": {"preferred": ["cheap"], "banned": ["cheap"]}}', "json", /"glossary\.preferred\[0\]" "cheap" is also in glossary\.banned/);
    rejects('{"glossary": {"banned": [{"term": "cheap", "replacement": "budget"}, "budget"]}}', "json", /"glossary\.banned\[0\]\.replacement" "budget" is itself a banned term/);
    rejects(`{"tone": "${"x".repeat(501)}"}`, "json", /"tone" is 501 characters long; the most is 500/);
    rejects('["calm"]', "json", /^\.tailor\/brand\.json: the file must hold an object/);
    rejects('{"tone": "calm",}', "json", /^\.tailor\/brand\.json is not valid JSON: /);
    rejects("tone: [unclosed", "yaml", /^\.tailor\/brand\.yaml is not valid YAML: /);
    assert.throws(
      () => parseBrandVoice("tone: 42", "yaml", "shop/.tailor/brand.yml"),
      (error: unknown) => error instanceof BrandVoiceError && error.message.startsWith('shop/.tailor/brand.yml: "tone"'),
    );
  });
});

describe("brandGuidance", () => {
  it("says the brand's tone, audience, reading level and glossary in a short paragraph", () => {
    assert.equal(
      brandGuidance(expected),
      'Brand voice: warm, plain-spoken, a little playful. Write for first-time home bakers. Keep the reading level at grade 8. Prefer these terms: bake, crumb, proof. Never use "cheap" (write "affordable"), "synergy".',
    );
  });

  it("is empty for a brand with no settings and leaves out what is not set", () => {
    assert.equal(brandGuidance({ glossary: { preferred: [], banned: [] } }), "");
    assert.equal(brandGuidance({ audience: "runners.", glossary: { preferred: [], banned: [] } }), "Write for runners.");
  });
});

import * as assert from "node:assert/strict";
import { readdirSync } from "node:fs";
import * as path from "node:path";
import { categoryRules } from "../../../src/core/claims/categoryRules";
import { claimRulesFor, termPattern } from "../../../src/core/claims/claimRulesFor";
import { claimPatternFlags } from "../../../src/core/claims/claimRule";
import { foldCase, requiredLiterals } from "../../../src/core/claims/requiredLiterals";
import { generalRetailProfile, industryProfiles } from "../../../src/core/profiles/industryProfiles";
import { benchDocument } from "../../../bench/claimsBench";
import { devSetPath, readDevSet } from "./devSetScore";

describe("required literals of a claim pattern", () => {
  it("requires each run of letters a match must hold, the most selective first", () => {
    assert.deepEqual(requiredLiterals(String.raw`(?:pure|solid|real)\s+copper(?![\p{L}\p{N}])`), [["copper"], ["pure", "real", "solid"]]);
    assert.deepEqual(requiredLiterals(String.raw`cures?\s+(?:your\s+)?(?:acne|eczema)`), [["cure"], ["acne", "eczema"]]);
  });

  it("spells out alternations, optional letters and small classes, folded to lower case", () => {
    assert.deepEqual(requiredLiterals("colou?r"), [["color", "colour"]]);
    assert.deepEqual(requiredLiterals("(?:FDA|USDA)[- ]approved"), [["fda approved", "fda-approved", "usda approved", "usda-approved"]]);
    assert.deepEqual(requiredLiterals("world['’]s"), [["world's", "world’s"]]);
  });

  it("knows how a branch of an alternation starts even when the rest of it cannot be spelt out", () => {
    const gate = requiredLiterals(String.raw`a(?:cid[\s-]+reflux|cne)|b(?:ad[\s-]+breath|oils)`);
    assert.ok(gate.some((strings) => strings.join() === "acid,acne,bad,boils"), JSON.stringify(gate));
  });

  it("takes nothing from look-arounds and word boundaries, which match no text", () => {
    assert.deepEqual(requiredLiterals(String.raw`(?<!not\s)(?<![\p{L}\p{N}])\bsafe\b(?!\s+to)`), [["safe"]]);
  });

  it("keeps the shortest of strings that hold one another, and no set another one implies", () => {
    assert.deepEqual(requiredLiterals("(?:cure|cures|cured)"), [["cure"]]);
    assert.deepEqual(requiredLiterals(String.raw`\d+\s?%\s+recyclable`), [["recyclable"], ["%"]]);
  });

  it("says nothing when a branch can match without any known letters", () => {
    assert.deepEqual(requiredLiterals(String.raw`(?:cure|\d+)`), []);
    assert.deepEqual(requiredLiterals("(?:safe)?"), []);
    assert.deepEqual(requiredLiterals(".*"), []);
    assert.deepEqual(requiredLiterals(String.raw`(\p{L}+)\s+\1`), []);
  });

  it("says nothing for a source it cannot read", () => {
    assert.deepEqual(requiredLiterals("(?:unclosed"), []);
    assert.deepEqual(requiredLiterals("a)b"), []);
  });

  it("reads escapes as the characters they stand for", () => {
    assert.deepEqual(requiredLiterals(String.raw`No\.\s?1`), [["no."], ["1"]]);
    assert.deepEqual(requiredLiterals(String.raw`\u00e9t\u{E9}`), [["été"]]);
    assert.deepEqual(requiredLiterals(String.raw`\+\d+%`), [["+"], ["%"]]);
  });

  it("folds the letters whose case folding is not their lower case", () => {
    assert.equal(foldCase("\u017fafe"), "safe");
    assert.equal(foldCase("ΣΑΣ"), "σασ");
  });

  /**
   * The property the claims check relies on: a pattern is skipped when one of its sets has no
   * string in the text, so every match of every rule pattern must hold a string of each set. Checked on every
   * pattern of every profile, over the development set, every fresh round and the bench document.
   */
  it("holds for every match of every rule pattern on every sentence written for the checker", () => {
    const freshDir = path.join(path.dirname(devSetPath), "fresh");
    const texts = [
      ...readDevSet().map((row) => row.text),
      ...readdirSync(freshDir)
        .filter((name) => name.endsWith(".jsonl"))
        .flatMap((name) => readDevSet(path.join(freshDir, name)).map((row) => row.text)),
      ...[...categoryRules(), ...industryProfiles.flatMap((profile) => profile.avoid)].flatMap((rule) => rule.violationExamples),
      benchDocument(2000),
    ];
    const corpus = texts.join("\n\n");
    const sources = new Map<string, string>();
    for (const profile of [generalRetailProfile, ...industryProfiles]) for (const rule of claimRulesFor(profile)) for (const source of rule.patterns) sources.set(source, rule.id);
    sources.set(termPattern("Best-in-class™ quality"), "brand-term");
    let matches = 0;
    for (const [source, ruleId] of sources) {
      const gate = requiredLiterals(source);
      if (gate.length === 0) continue;
      const pattern = new RegExp(source, claimPatternFlags);
      for (const match of corpus.matchAll(pattern)) {
        matches++;
        const folded = foldCase(match[0]);
        for (const strings of gate) {
          assert.ok(strings.some((string) => folded.includes(string)), `${ruleId}: "${match[0]}" holds none of ${JSON.stringify(strings.slice(0, 12))} (pattern ${source.slice(0, 120)})`);
        }
      }
    }
    assert.ok(matches > 1000, `only ${matches} matches: the corpus did not exercise the patterns`);
  });
});

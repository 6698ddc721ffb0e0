import * as assert from "node:assert/strict";
import { claimRulesFor } from "../../src/core/claims/checkClaims";
import { claimInSuggestion, gateCompletion } from "../../src/core/inline/completionGates";
import { findIndustryProfile } from "../../src/core/profiles/industryProfiles";
import { ghostTextRequest } from "../../src/core/inline/ghostTextRequest";
import { inlinePrompt } from "../../src/core/inline/inlinePrompt";
import { insideMarkdownCodeBlock, promptWindow } from "../../src/core/inline/promptWindow";
import { SuggestionCache } from "../../src/core/inline/suggestionCache";
import { EngineClient } from "../../src/engine/engineClient";
import { fixture, workerPath } from "../support/paths";
import { available, missingReason, realModels, type RealModel } from "../support/realModels";

const plain = { multiline: false, hitTokenLimit: false };

describe("ghost-text quality gates", () => {
  it("stops at the end of the sentence", () => {
    assert.equal(gateCompletion("Our socks are ", "warm and soft. They last for years.", plain), "warm and soft.");
  });

  it("stops at the end of the line unless multiline is on", () => {
    assert.equal(gateCompletion("Made from ", "merino wool\nand nylon", plain), "merino wool");
    assert.equal(gateCompletion("Made from ", "merino wool\nand nylon", { ...plain, multiline: true }), "merino wool\nand nylon");
    assert.equal(gateCompletion("Made from ", "\nNext line", plain), undefined);
  });

  it("drops a word the token limit cut, and never suggests only whitespace", () => {
    assert.equal(gateCompletion("Soft ", "merino wool socks for hik", { ...plain, hitTokenLimit: true }), "merino wool socks for");
    assert.equal(gateCompletion("Soft ", "   \t ", plain), undefined);
    assert.equal(gateCompletion("Soft ", "unfinishe", { ...plain, hitTokenLimit: true }), undefined);
  });

  it("continues a word from the middle without a space, and after a space without doubling it", () => {
    assert.equal(gateCompletion("Our mer", "ino socks.", plain), "ino socks.");
    assert.equal(gateCompletion("Our ", " merino socks.", plain), "merino socks.");
  });

  it("cuts off an echo of the words just before the cursor", () => {
    assert.equal(gateCompletion("Soft cotton ", "Soft cotton shirt made for every day.", plain), "shirt made for every day.");
    assert.equal(gateCompletion("We love soft cotton ", "soft cotton shirts.", plain), "shirts.");
    // Not an echo: only part of a word matches.
    assert.equal(gateCompletion("A cotto", "n shirt.", plain), "n shirt.");
  });

  it("keeps the space between the word before the cursor and the next one", () => {
    assert.equal(gateCompletion("Light and", " breathable for summer.", plain), " breathable for summer.");
    // An echo cut off after a complete word leaves the space that follows it.
    assert.equal(gateCompletion("Dry, light and", "light and breathable.", plain), " breathable.");
    assert.equal(gateCompletion("Dry, light and", " light and breathable.", plain), " breathable.");
    assert.equal(gateCompletion("Dry, light and ", " light and breathable.", plain), "breathable.");
    // A new word cut by the token limit is dropped like any other.
    assert.equal(gateCompletion("Light and", " breathab", { ...plain, hitTokenLimit: true }), undefined);
  });

  it("never repeats the text just before the cursor", () => {
    const before = "Warm merino socks for long trails. ";
    assert.equal(gateCompletion(before, "Warm merino socks for long trails.", plain), undefined);
    assert.equal(gateCompletion(before, "Cushioned soles ease descents.", plain), "Cushioned soles ease descents.");
  });
});

describe("claimInSuggestion: ghost text never offers a claim", () => {
  const rules = claimRulesFor(findIndustryProfile("fashion-apparel")!);
  const claimIn = (before: string, suggestion: string) => claimInSuggestion(before, suggestion, rules)?.ruleId;

  it("finds the claim the suggested words would write, by a rule or the learned second opinion", () => {
    assert.equal(claimIn("These merino hiking socks ", "cure athlete's foot."), "disease-claim");
    assert.equal(claimIn("The jacket is ", "100% waterproof and will last forever."), "absolute-resistance-claim");
    assert.equal(claimIn("Loved by hikers everywhere, with ", "over 2 million five-star reviews worldwide."), "learned-claim");
  });

  it("finds a claim the user began and the suggestion would finish", () => {
    assert.equal(claimIn("These insoles are clinically ", "proven to end back pain."), "unsupported-statistic");
  });

  it("lets plain words through, even after a claim the user finished before the cursor", () => {
    assert.equal(claimIn("These merino hiking socks ", "keep your feet warm on cold trails."), undefined);
    assert.equal(claimIn("This cream cures acne. It comes ", "in a 50 ml tube."), undefined);
  });
});

describe("promptWindow", () => {
  it("keeps short text whole", () => {
    assert.equal(promptWindow("short text", 100), "short text");
  });

  it("bounds long text, and keeps the same start while the user types on", () => {
    const text = "word ".repeat(2000);
    const first = promptWindow(text, 3000);
    assert.ok(first.length <= 3000);
    const later = promptWindow(`${text}more typing`, 3000);
    assert.ok(later.startsWith(first), "the window's start moved: the model's cache would be lost");
  });
});

describe("ghostTextRequest", () => {
  it("ends the prompt with the bounded window and sends a suffix only when it has text", () => {
    const long = "Warm merino socks for long trails. ".repeat(300);
    const { window, completion } = ghostTextRequest(long, "  \n", 24);
    assert.ok(window.length < long.length && long.endsWith(window));
    assert.ok(completion.prompt.endsWith(window));
    assert.equal(completion.suffix, undefined);
    assert.equal(completion.maxTokens, 24);
    assert.equal(ghostTextRequest("Soft ", " fit.", 24).completion.suffix, " fit.");
  });
});

describe("insideMarkdownCodeBlock", () => {
  it("is true between fences and false outside them", () => {
    assert.equal(insideMarkdownCodeBlock("Intro\n```js\nconst a = 1;\n"), true);
    assert.equal(insideMarkdownCodeBlock("Intro\n```js\nconst a = 1;\n```\nProse "), false);
    assert.equal(insideMarkdownCodeBlock("Just prose"), false);
  });
});

describe("SuggestionCache", () => {
  it("answers exact repeats and evicts the least recently used", () => {
    const cache = new SuggestionCache(2);
    cache.set("a ", "", "one");
    cache.set("b ", "", "two");
    assert.equal(cache.get("a "), "one");
    cache.set("c ", "", "three");
    assert.equal(cache.get("b "), undefined, "b was least recently used and should be gone");
    assert.equal(cache.get("a "), "one");
    assert.equal(cache.size, 2);
  });

  it("answers a user typing through a suggestion with the rest of it", () => {
    const cache = new SuggestionCache();
    cache.set("Our socks are ", "", "warm and soft.");
    assert.equal(cache.get("Our socks are wa"), "rm and soft.");
    assert.equal(cache.get("Our socks are wo"), undefined);
    assert.equal(cache.get("Our socks are warm and soft."), undefined, "nothing is left to suggest");
  });

  it("keys on the text after the cursor too", () => {
    const cache = new SuggestionCache();
    cache.set("Our ", " fit.", "relaxed");
    assert.equal(cache.get("Our ", " fit."), "relaxed");
    assert.equal(cache.get("Our ", ""), undefined);
  });
});

/**
 * The engine's raw completion as ghost text asks for it, accepted after a prefix that ends in a
 * complete word: the accepted text must keep a space at the boundary. The fixture's vocabulary is
 * SentencePiece with a space prefix ("▁"), whose first word lost its space; the real models
 * cover byte-level BPE (SmolLM2, "Ġ") and SentencePiece without the prefix (Gemma 3).
 */
describe("ghost text through the engine keeps the space at a word boundary", function () {
  const prefix = "Soft cotton shirt made for every day, light and";

  async function accepted(modelPath: string): Promise<{ suggestion: string; streamed: string; text: string }> {
    const engine = new EngineClient({ workerPath }, { modelPath, threads: 1, gpu: "off", contextSize: 2048 });
    try {
      let streamed = "";
      const result = await engine.complete({ prompt: inlinePrompt(prefix), maxTokens: 12, temperature: 0 }, { onText: (text) => (streamed += text) });
      const suggestion = gateCompletion(prefix, result.text, { multiline: false, hitTokenLimit: result.stopReason === "maxTokens" });
      assert.ok(suggestion, `the gate refused ${JSON.stringify(result.text)}`);
      return { suggestion, streamed, text: result.text };
    } finally {
      engine.dispose();
    }
  }

  it("on the SentencePiece fixture, in the returned and the streamed text", async () => {
    const { suggestion, streamed, text } = await accepted(fixture("tiny-a"));
    assert.equal(streamed, text, "the streamed text differs from the returned text");
    assert.equal(`${prefix}${suggestion}`.slice(0, prefix.length + 11), `${prefix} breathable`);
  });

  for (const model of ["smolLm2", "gemma3Base"] as const satisfies readonly RealModel[]) {
    it(`on ${model}`, async function () {
      if (!available(model)) {
        console.warn(`\n  SKIPPED, real model missing: ${missingReason(model)}\n`);
        this.skip();
      }
      const { suggestion } = await accepted(realModels[model]);
      assert.doesNotMatch(suggestion, /^\w/, `${JSON.stringify(suggestion)} glues a word onto "and"`);
    });
  }
});

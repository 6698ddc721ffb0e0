import * as assert from "node:assert/strict";
import { EngineClient } from "../../../src/engine/engineClient";
import { productDescriptionLimits } from "../../../src/core/productDescription/schema";
import type { ProductDescriptionDraft } from "../../../src/core/productDescription/enforceLimits";
import { translateDescription, translateText } from "../../../src/writing/translateCopy";
import { fixture, workerPath } from "../../support/paths";

/** The fixture model writes gibberish: these tests hold the pipeline's structure, not the translation. */
describe("translation on the fixture model (structure only)", function () {
  this.timeout(5 * 60_000);
  let engine: EngineClient;
  before(() => {
    engine = new EngineClient({ workerPath }, { modelPath: fixture("tiny-a"), threads: 1, gpu: "off", contextSize: 2048 });
  });
  after(() => engine.dispose());

  const source: ProductDescriptionDraft = {
    title: "Summit Bottle",
    tagline: "Cold for 24 h.",
    bullets: ["750 ml of steel.", "Leak-proof lid.", "Fits cup holders."],
    body: ["Keeps drinks cold for 24 h.", "Weighs 410 g."],
    seoTitle: "Summit insulated bottle 750 ml",
    metaDescription: "A 750 ml bottle that keeps drinks cold for 24 h.",
  };

  it("translates a description under the description's grammar and limits, and checks its numbers", async () => {
    const prompts: string[] = [];
    const outcome = await translateDescription(engine, source, "de", {
      checks: [],
      glossary: { doNotTranslate: ["Summit"], preferred: [] },
      maxTokens: 700,
      temperature: 0,
      seed: 1,
      onPrompt: (_label, messages) => prompts.push(messages.map((message) => message.content).join("\n")),
    });
    assert.notEqual(outcome.status, "cancelled");
    assert.match(prompts[0], /into German/);
    for (const field of ["title", "tagline", "seoTitle", "metaDescription"] as const) {
      const value = outcome.draft[field];
      if (value !== undefined) assert.ok(value.length <= productDescriptionLimits[field], `${field} of ${value.length}`);
    }
    // Gibberish loses the source's numbers and the kept term: the checks must say so, after the one rewrite.
    assert.equal(outcome.attempts, 2);
    assert.ok(outcome.findings.some((finding) => finding.id === "number-missing"), JSON.stringify(outcome.findings));
    assert.ok(outcome.findings.some((finding) => finding.id === "term-translated"));
  });

  it("translates plain copy to plain text", async () => {
    const outcome = await translateText(engine, "Keeps drinks cold for 24 h.", "fr", { checks: [], glossary: { doNotTranslate: [], preferred: [] }, maxTokens: 64, temperature: 0, seed: 1 });
    assert.notEqual(outcome.status, "cancelled");
    assert.equal(typeof outcome.draft, "string");
    assert.equal(outcome.copy, outcome.draft);
  });
});

import * as assert from "node:assert/strict";
import type { ChatMessage } from "../../../src/core/chat";
import { findIndustryProfile } from "../../../src/core/profiles/industryProfiles";
import type { GenerationResult } from "../../../src/engine/engineTypes";
import { runCatalog } from "../../../src/catalog/runCatalog";
import { catalogProductWriter } from "../../../src/writing/catalogProductWriter";
import type { CopyGenerator } from "../../../src/writing/writeCopy";
import { emptyVoice, voiceSteering } from "../../../src/writing/workspaceVoice";
import { TempDir } from "./catalogTestKit";

/** Stands in for the engine: every request gets a description of the product named in its prompt. */
class DescribingGenerator implements CopyGenerator {
  requests = 0;

  async generate(): Promise<GenerationResult> {
    this.requests++;
    const text = JSON.stringify({
      title: "A product",
      tagline: "Made as the facts say.",
      bullets: ["As described.", "As listed.", "As made."],
      body: ["The product, as its facts describe it.", "Nothing more is claimed for it."],
      seoTitle: "A product",
      metaDescription: "The product, as its facts describe it.",
    });
    return {
      text,
      stopReason: "completed",
      tokens: Math.ceil(text.length / 4),
      timings: { totalMs: 1 },
      model: { modelPath: "/models/fake.gguf", name: "Fake", contextSize: 4096, loadMs: 0, gpu: "false", chatSequences: 1, chatWrapper: "ChatML" },
    };
  }
}

describe("catalog runs: each row's industry column", () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = new TempDir();
  });
  afterEach(() => {
    dir.remove();
  });

  it("writes a row with the profile it names, fails a row naming no profile with the reason, and goes on", async () => {
    const inputPath = dir.write(
      "products.csv",
      "name,facts,industry\nMerino Trail Sock,70% merino wool,Fashion & apparel\nRoad Tyre,rubber,automotive\nArc Desk Lamp,dimmable LED,\n",
    );
    const generator = new DescribingGenerator();
    const prompts: { description: string; system: string }[] = [];
    const summary = await runCatalog({
      inputPath,
      model: "stand-in-model",
      writeProduct: catalogProductWriter({
        generator,
        // The configured profile (tailor.industry, or the CLI's --industry) for rows that name none.
        steering: voiceSteering(emptyVoice(), findIndustryProfile("consumer-electronics")!),
        maxTokens: 600,
        temperature: 0.3,
        parallel: 1,
        onPrompt: (description: string, messages: readonly ChatMessage[]) => prompts.push({ description, system: messages[0].content }),
      }),
    });

    assert.deepEqual(
      summary.failed.map((failed) => [failed.key, failed.line]),
      [["row-3", 3]],
      JSON.stringify(summary.failed),
    );
    assert.match(summary.failed[0].reason, /^the industry "automotive" is not an industry Tailor knows\. Use one of: general-retail, fashion-apparel, /);
    assert.equal(summary.written + summary.flagged.length, 2);

    const firstAttempts = prompts.filter((prompt) => !prompt.description.includes("retry"));
    assert.deepEqual(
      firstAttempts.map((prompt) => prompt.description),
      ["product description for row-2, Fashion & apparel", "product description for row-4, Consumer electronics"],
    );
    assert.match(firstAttempts[0].system, /drape/);
    assert.doesNotMatch(firstAttempts[0].system, /battery life/);
    assert.match(firstAttempts[1].system, /battery life/);
    // The refused row never reached the model.
    assert.equal(generator.requests, prompts.length);
  });
});

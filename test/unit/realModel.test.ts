import * as assert from "node:assert/strict";
import { parseBrief } from "../../src/core/brief";
import { defaultTemperature } from "../../src/core/generationDefaults";
import { productDescriptionJob } from "../../src/core/productDescription/productDescriptionJob";
import { productDescriptionLimits as limits, type ProductDescription } from "../../src/core/productDescription/schema";
import { profileGuidance } from "../../src/core/profiles/profileGuidance";
import { matchIndustry } from "../../src/core/profiles/matchIndustry";
import { EngineClient } from "../../src/engine/engineClient";
import { workerPath } from "../support/paths";
import { available, missingReason, realModels } from "../support/realModels";

const brief = parseBrief(`name: Merino Trail Sock
facts:
  - 70% merino wool, 30% recycled nylon
  - cushioned sole and reinforced heel
audience: hikers and trail runners
tone: practical and warm
keywords: [merino hiking socks, trail socks]`);

describe("A real instruction-tuned model (SmolLM2-135M-Instruct) through the engine and its worker", function () {
  // A few hundred real tokens: seconds on an idle machine, minutes on a busy shared one.
  this.timeout(10 * 60_000);
  let engine: EngineClient;

  before(function () {
    if (!available("smolLm2")) {
      console.warn(`\n  SKIPPED, real model missing: ${missingReason("smolLm2")}\n`);
      this.skip();
    }
    engine = new EngineClient({ workerPath, log: () => undefined }, { modelPath: realModels.smolLm2, threads: 0, gpu: "off", contextSize: 2048 });
  });

  after(() => engine?.dispose());

  it("writes a product description as JSON with every field, within the limits, naming the product, in the ChatML template", async () => {
    const job = productDescriptionJob(brief);
    const profile = matchIndustry("outdoor-sports");
    assert.ok(profile, "the outdoor-sports profile is missing");
    const result = await engine.generate({
      messages: job.buildMessages(profileGuidance(profile), undefined),
      jsonSchema: job.jsonSchema,
      maxTokens: 1024,
      temperature: defaultTemperature,
      seed: 42,
    });

    assert.equal(result.model.chatWrapper, "ChatML", "SmolLM2 ships a ChatML template; any other wrapper garbles its prompt");
    assert.equal(result.stopReason, "completed");
    const raw = JSON.parse(result.text) as ProductDescription;
    for (const key of ["title", "tagline", "seoTitle", "metaDescription"] as const) {
      assert.equal(typeof raw[key], "string", `${key} is not a string`);
      assert.ok(raw[key].trim().length > 0, `${key} is empty`);
    }
    assert.ok(raw.bullets.length >= limits.minBullets && raw.bullets.length <= limits.maxBullets, `${raw.bullets.length} bullets`);
    assert.equal(raw.body.length, limits.paragraphs);

    const draft = job.toDraft(raw as unknown as Parameters<typeof job.toDraft>[0]);
    assert.deepEqual(job.missing(draft), [], "a section was lost to the limits");
    assert.ok(draft.title!.length <= limits.title && draft.seoTitle!.length <= limits.seoTitle && draft.metaDescription!.length <= limits.metaDescription);
    assert.ok(draft.bullets!.every((bullet) => bullet.length <= limits.bullet));
    assert.ok(draft.body!.every((paragraph) => paragraph.length <= limits.paragraph));
    assert.match(job.render(draft), /merino trail sock/i, "the copy never names the product");
  });
});

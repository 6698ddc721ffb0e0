import * as assert from "node:assert/strict";
import type { Llama, LlamaContext, LlamaModel } from "node-llama-cpp" with { "resolution-mode": "import" };
import { chatPrompt } from "../../../src/engine/worker/promptTokens";
import { repeatPenaltyFor } from "../../../src/engine/worker/repeatPenalty";
import { available, missingReason, realModels } from "../../support/realModels";

// eslint-disable-next-line @typescript-eslint/consistent-type-imports
type NodeLlamaCpp = typeof import("node-llama-cpp", { with: { "resolution-mode": "import" } });

/**
 * The worker writes a chat as a raw completion of the rendered chat, stopped at the template's
 * end of a reply. It must give what the chat session gives: the same text for the same seed, with
 * a grammar, a repeat penalty or neither. On the real SmolLM2 model: the fixtures' random weights
 * give near-equal logits, where the float rounding of a prompt read in other batches picks
 * another token, which says nothing of the two paths.
 */
describe("a chat written as a completion of its rendered prompt, against LlamaChatSession", function () {
  this.timeout(180_000);
  let lib: NodeLlamaCpp;
  let llama: Llama;
  let model: LlamaModel;
  let context: LlamaContext;

  before(async function () {
    if (!available("smolLm2")) {
      console.warn(`\n  SKIPPED, real model missing: ${missingReason("smolLm2")}\n`);
      this.skip();
    }
    lib = await import("node-llama-cpp");
    llama = await lib.getLlama({ gpu: false, build: "never", logLevel: lib.LlamaLogLevel.error });
    model = await llama.loadModel({ modelPath: realModels.smolLm2 });
    context = await model.createContext({ contextSize: 2048, threads: 1, sequences: 2 });
  });

  after(async () => {
    await model?.dispose();
    await llama?.dispose();
  });

  const schema = { type: "object", properties: { title: { type: "string", maxLength: 40 }, tagline: { type: "string", maxLength: 80 } }, required: ["title", "tagline"] } as const;

  for (const [label, useGrammar, frequencyPenalty, temperature, seed] of [
    ["free text", false, undefined, 0.3, 3],
    ["free text", false, undefined, 0.8, 4],
    ["a JSON schema's grammar", true, undefined, 0.3, 5],
    ["a JSON schema's grammar", true, undefined, 0.8, 6],
    ["a JSON schema's grammar and a frequency penalty", true, 0.4, 0.3, 9],
  ] as const) {
    it(`gives the session's text with ${label}, at temperature ${temperature}`, async () => {
      const grammar = useGrammar ? await llama.createGrammarForJsonSchema(schema) : undefined;
      const user = "Describe a merino sock.";
      const options = {
        grammar,
        maxTokens: 120,
        temperature,
        seed,
        repeatPenalty: frequencyPenalty === undefined ? undefined : repeatPenaltyFor(model, frequencyPenalty),
      };
      const sessionSequence = context.getSequence();
      const session = new lib.LlamaChatSession({ contextSequence: sessionSequence, systemPrompt: "You write product copy." });
      const expected = await session.promptWithMeta(user, options);
      session.dispose({ disposeSequence: true });

      const sequence = context.getSequence();
      const renderer = new lib.LlamaChatSession({ contextSequence: sequence, systemPrompt: "You write product copy.", autoDisposeSequence: false });
      const prompt = chatPrompt(lib, renderer, model, user);
      const completion = new lib.LlamaCompletion({ contextSequence: sequence, autoDisposeSequence: false });
      const actual = await completion.generateCompletionWithMeta(prompt.tokens, { ...options, customStopTriggers: prompt.stopTriggers });
      completion.dispose({ disposeSequence: false });
      renderer.dispose({ disposeSequence: true });

      assert.ok(expected.responseText.length > 0);
      assert.equal(actual.response, expected.responseText);
      assert.equal(actual.metadata.stopReason === "maxTokens", expected.stopReason === "maxTokens");
      if (grammar) assert.doesNotThrow(() => grammar.parse(actual.response));
    });
  }
});

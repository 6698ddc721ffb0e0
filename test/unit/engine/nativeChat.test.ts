import * as assert from "node:assert/strict";
import type { Llama, LlamaChatSession, LlamaContext, LlamaContextSequence, LlamaGrammar, LlamaModel, Token } from "node-llama-cpp" with { "resolution-mode": "import" };
import { evaluatePromptInChunks } from "../../../src/engine/worker/chunkedPrompt";
import { NativeChatLoop } from "../../../src/engine/worker/nativeChat";
import { chatPrompt } from "../../../src/engine/worker/promptTokens";
import { repeatPenaltyFor } from "../../../src/engine/worker/repeatPenalty";
import { fixture } from "../../support/paths";

// eslint-disable-next-line @typescript-eslint/consistent-type-imports
type NodeLlamaCpp = typeof import("node-llama-cpp", { with: { "resolution-mode": "import" } });

interface ChatOptions {
  readonly maxTokens: number;
  readonly temperature: number;
  readonly seed: number;
  readonly json?: boolean;
  readonly frequencyPenalty?: number;
}

const system = "You write product descriptions for an online shop.";
const user = "Describe: a soft cotton shirt, light and breathable, classic fit. Answer in JSON.";
const schema = {
  type: "object",
  properties: { headline: { type: "string" }, bullets: { type: "array", items: { type: "string" } } },
  required: ["headline", "bullets"],
} as const;

/**
 * On the 135M-shaped fixture, whose random weights write different text for every seed and
 * temperature: Tailor's chat loop against node-llama-cpp's LlamaChatSession, token for token.
 */
describe("native chat lanes against LlamaChatSession, on the fixture model", function () {
  this.timeout(240_000);
  let lib: NodeLlamaCpp;
  let llama: Llama;
  let model: LlamaModel;
  let context: LlamaContext;
  let loop: NativeChatLoop;
  let grammar: LlamaGrammar;

  before(async () => {
    lib = await import("node-llama-cpp");
    llama = await lib.getLlama({ gpu: false, build: "never", logLevel: lib.LlamaLogLevel.error });
    model = await llama.loadModel({ modelPath: fixture("smollm2-135m-shaped-q8_0") });
    context = await model.createContext({ contextSize: 1024, threads: 1, sequences: 3 });
    const created = NativeChatLoop.create(llama, model, context);
    assert.ok(created, "dist/native/tailor-completion.node is missing or was built for another node-llama-cpp: run scripts/buildNativeCompletion.sh");
    loop = created;
    grammar = await llama.createGrammarForJsonSchema(schema);
  });

  after(async () => {
    loop?.dispose();
    await model?.dispose();
    await llama?.dispose();
  });

  function sessionOn(sequence: LlamaContextSequence): LlamaChatSession {
    return new lib.LlamaChatSession({ contextSequence: sequence, systemPrompt: system, autoDisposeSequence: false });
  }

  /** What the worker did before: the prompt read in chunks, then LlamaChatSession. */
  async function reference(options: ChatOptions) {
    const sequence = context.getSequence();
    const session = sessionOn(sequence);
    try {
      // Read as the worker reads it, so that both sides decode the same batches: on random weights
      // a logit that differs in its last bit, read in one batch or two, changes a seeded draw.
      await evaluatePromptInChunks(sequence, chatPrompt(lib, session, model, user).tokens, new AbortController().signal, () => undefined);
      const result = await session.promptWithMeta(user, {
        maxTokens: options.maxTokens,
        temperature: options.temperature,
        seed: options.seed,
        grammar: options.json ? grammar : undefined,
        repeatPenalty: options.frequencyPenalty ? repeatPenaltyFor(model, options.frequencyPenalty) : undefined,
      });
      return { text: result.responseText, reason: result.stopReason };
    } finally {
      session.dispose({ disposeSequence: false });
      sequence.dispose();
    }
  }

  /** The prompt read in chunks as the worker reads it, then Tailor's loop. */
  async function native(options: ChatOptions, sequence = context.getSequence(), signal = new AbortController().signal, onToken?: (count: number) => void) {
    const session = sessionOn(sequence);
    try {
      const prompt = chatPrompt(lib, session, model, user);
      assert.ok(prompt.plainStops, "the fixture's chat template answers in plain text");
      assert.ok(await evaluatePromptInChunks(sequence, prompt.tokens, signal, () => undefined, (work) => loop.exclusive(work)));
      const chunks: string[] = [];
      const streamed: Token[] = [];
      const result = await loop.generate(sequence, {
        promptTokens: prompt.tokens,
        maxTokens: options.maxTokens,
        temperature: options.temperature,
        seed: options.seed,
        grammar: options.json ? grammar : undefined,
        frequencyPenalty: options.frequencyPenalty,
        stopTexts: prompt.plainStops.texts,
        stopTokens: prompt.plainStops.tokens,
        signal,
        onToken: (tokens) => {
          streamed.push(...tokens);
          onToken?.(streamed.length);
        },
        onTextChunk: (text) => chunks.push(text),
      });
      // The sequence holds again what node-llama-cpp believes: the prompt but its last token.
      assert.deepEqual(sequence.contextTokens, prompt.tokens.slice(0, -1));
      return { ...result, chunks, streamed, promptTokens: prompt.tokens };
    } finally {
      session.dispose({ disposeSequence: false });
    }
  }

  for (const options of [
    { maxTokens: 48, temperature: 0, seed: 1 },
    { maxTokens: 48, temperature: 0.8, seed: 7 },
    { maxTokens: 48, temperature: 0.7, seed: 11, frequencyPenalty: 0.4 },
    { maxTokens: 96, temperature: 0.3, seed: 0, json: true },
    { maxTokens: 96, temperature: 0.9, seed: 5, json: true, frequencyPenalty: 0.4 },
  ] satisfies ChatOptions[]) {
    it(`writes what LlamaChatSession writes: ${JSON.stringify(options)}, streamed as it returns it`, async () => {
      const expected = await reference(options);
      const sequence = context.getSequence();
      try {
        const actual = await native(options, sequence);
        assert.ok(expected.text.length > 0);
        assert.equal(actual.text, expected.text);
        assert.equal(actual.chunks.join(""), actual.text);
        assert.equal(actual.reason === "maxTokens" ? "maxTokens" : "stop", expected.reason === "maxTokens" ? "maxTokens" : "stop");
      } finally {
        sequence.dispose();
      }
    });
  }

  it("generates on several sequences at once, in one batch, each under its own grammar state, and leaves each as it found it", async () => {
    const sequences = [context.getSequence(), context.getSequence()];
    const order: number[] = [];
    try {
      const results = await Promise.all(
        sequences.map((sequence, index) => native({ maxTokens: 40, temperature: 0.6, seed: index + 1, json: true }, sequence, undefined, () => order.push(index))),
      );
      for (const result of results) {
        assert.equal(result.streamed.length, 40);
        assert.match(result.text, /^\{\s*"headline"\s*:\s*"/);
      }
      assert.notEqual(results[0]!.text, results[1]!.text, "each lane draws with its own seed");
      // Both lanes were under way together: the second's first token came before the first's last.
      assert.ok(order.indexOf(1) < order.lastIndexOf(0));
    } finally {
      for (const sequence of sequences) sequence.dispose();
    }
  });

  it("stops at once on a cancel with the text so far, while node-llama-cpp reads another prompt between its tokens", async () => {
    const sequences = [context.getSequence(), context.getSequence()];
    try {
      const controller = new AbortController();
      let other: ReturnType<typeof native> | undefined;
      const cancelled = native({ maxTokens: 400, temperature: 0.8, seed: 3 }, sequences[0], controller.signal, (count) => {
        // A prompt read through node-llama-cpp on the same context, paused around the loop.
        if (count === 3) other = native({ maxTokens: 4, temperature: 0, seed: 1 }, sequences[1]);
        if (count === 12) controller.abort();
      });
      const result = await cancelled;
      assert.equal(result.reason, "abort");
      assert.equal(result.streamed.length, 12);
      assert.equal(result.text, model.detokenize(result.streamed));
      // The other chat finishes on its own: the pause was given back.
      assert.ok(other);
      assert.equal((await other).streamed.length, 4);
    } finally {
      for (const sequence of sequences) sequence.dispose();
    }
  });
});

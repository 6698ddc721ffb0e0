import * as assert from "node:assert/strict";
import type { Llama, LlamaContext, LlamaContextSequence, LlamaModel, Token } from "node-llama-cpp" with { "resolution-mode": "import" };
import { evaluatePromptInChunks } from "../../../src/engine/worker/chunkedPrompt";
import { canCompleteNatively, completeNatively, nativeHandles, StopTriggerText, type NativeHandles } from "../../../src/engine/worker/nativeCompletion";
import { completionPromptTokens } from "../../../src/engine/worker/promptTokens";
import { fixture } from "../../support/paths";

// eslint-disable-next-line @typescript-eslint/consistent-type-imports
type NodeLlamaCpp = typeof import("node-llama-cpp", { with: { "resolution-mode": "import" } });

/**
 * On the 135M-shaped fixture: its random weights write different text for every seed and
 * temperature, where the tiny models always write their one sentence.
 */
for (const loop of ["Tailor's addon", "the JavaScript loop"] as const) describe(`native completion (${loop}) against LlamaCompletion, on the fixture model`, function () {
  this.timeout(120_000);
  let lib: NodeLlamaCpp;
  let llama: Llama;
  let model: LlamaModel;
  let context: LlamaContext;

  before(async () => {
    lib = await import("node-llama-cpp");
    llama = await lib.getLlama({ gpu: false, build: "never", logLevel: lib.LlamaLogLevel.error });
    model = await llama.loadModel({ modelPath: fixture("smollm2-135m-shaped-q8_0") });
    context = await model.createContext({ contextSize: 1024, threads: 1, sequences: 2 });
  });

  after(async () => {
    await model?.dispose();
    await llama?.dispose();
  });

  /** The prompt read in chunks, as the worker reads it, then the native loop. */
  async function native(prompt: string, options: { maxTokens: number; temperature: number; seed: number; stopTriggers?: string[] }) {
    const sequence = context.getSequence();
    try {
      const handles = handlesFor(sequence);
      const tokens = completionPromptTokens(lib, model, prompt);
      assert.ok(await evaluatePromptInChunks(sequence, tokens, new AbortController().signal, () => undefined));
      assert.ok(canCompleteNatively(sequence, tokens, options.maxTokens));
      const chunks: string[] = [];
      const streamed: Token[] = [];
      const result = await completeNatively(handles, model, sequence, {
        ...options,
        promptTokens: tokens,
        stopTriggers: options.stopTriggers ?? [],
        signal: new AbortController().signal,
        onToken: (chunk) => streamed.push(...chunk),
        onTextChunk: (text) => chunks.push(text),
      });
      // The sequence holds again what node-llama-cpp believes: the prompt but its last token.
      assert.deepEqual(sequence.contextTokens, tokens.slice(0, -1));
      // Nothing the loop decoded is left in the cache: node-llama-cpp goes on from there.
      const after = await new lib.LlamaCompletion({ contextSequence: sequence }).generateCompletion(prompt, { maxTokens: 8, temperature: 0 });
      return { ...result, chunks, streamed, after };
    } finally {
      sequence.dispose();
    }
  }

  /** The handles the worker would use, without the addon for the JavaScript loop. */
  function handlesFor(sequence: LlamaContextSequence): NativeHandles {
    const handles = nativeHandles(llama, model, sequence)!;
    return loop === "Tailor's addon" ? handles : { ...handles, fused: undefined };
  }

  async function reference(prompt: string, options: { maxTokens: number; temperature: number; seed: number; stopTriggers?: string[] }) {
    const sequence = context.getSequence();
    try {
      const completion = new lib.LlamaCompletion({ contextSequence: sequence });
      const result = await completion.generateCompletionWithMeta(prompt, { ...options, customStopTriggers: options.stopTriggers });
      const after = await completion.generateCompletion(prompt, { maxTokens: 8, temperature: 0 });
      return { text: result.response, reason: result.metadata.stopReason, after };
    } finally {
      sequence.dispose();
    }
  }

  it("finds node-llama-cpp's native objects, and Tailor's addon (built by set-up) fits them", () => {
    const sequence = context.getSequence();
    const handles = nativeHandles(llama, model, sequence);
    assert.ok(handles);
    assert.ok(handles.fused, "dist/native/tailor-completion.node is missing or was built for another node-llama-cpp: run scripts/buildNativeCompletion.sh");
    sequence.dispose();
  });

  for (const [temperature, seed] of [
    [0, 1],
    [0.8, 7],
    [1.2, 42],
  ] as const) {
    it(`writes the same text as LlamaCompletion at temperature ${temperature}, seed ${seed}, streamed as it returns it`, async () => {
      const prompt = "Soft cotton shirt made for every day, light and breathable with a classic fit";
      const expected = await reference(prompt, { maxTokens: 40, temperature, seed });
      const actual = await native(prompt, { maxTokens: 40, temperature, seed });
      assert.ok(expected.text.length > 0);
      assert.equal(actual.text, expected.text);
      assert.equal(actual.chunks.join(""), actual.text);
      assert.equal(actual.after, expected.after);
      assert.equal(actual.reason === "maxTokens" ? "maxTokens" : "eogToken", expected.reason === "maxTokens" ? "maxTokens" : "eogToken");
    });
  }

  it("stops before the first stop trigger, and never streams any of it", async () => {
    const prompt = "Soft cotton";
    const free = await native(prompt, { maxTokens: 40, temperature: 0, seed: 1 });
    // Checked against the unhindered text, not LlamaCompletion: its detector reads each token's
    // text alone, which on this vocabulary has lost its leading space, so " qc" never matches.
    const words = free.text.split(" ");
    const trigger = ` ${words[Math.floor(words.length / 2)]!.slice(0, 2)}`;
    const actual = await native(prompt, { maxTokens: 40, temperature: 0, seed: 1, stopTriggers: ["never written", trigger] });
    assert.equal(actual.reason, "customStopTrigger");
    assert.equal(actual.text, free.text.slice(0, free.text.indexOf(trigger)));
    assert.equal(actual.chunks.join(""), actual.text);
    assert.ok(actual.streamed.length < free.streamed.length);
  });

  it("stops at once on a cancel, with the text so far, and leaves the cache as it found it", async () => {
    const sequence = context.getSequence();
    const handles = handlesFor(sequence);
    try {
      const tokens = completionPromptTokens(lib, model, "Soft cotton shirt made for every day");
      await evaluatePromptInChunks(sequence, tokens, new AbortController().signal, () => undefined);
      const controller = new AbortController();
      const streamed: Token[] = [];
      const result = await completeNatively(handles, model, sequence, {
        promptTokens: tokens,
        maxTokens: 200,
        temperature: 0.8,
        seed: 3,
        stopTriggers: [],
        signal: controller.signal,
        onToken: (chunk) => {
          streamed.push(...chunk);
          if (streamed.length === 5) controller.abort();
        },
        onTextChunk: () => undefined,
      });
      assert.equal(result.reason, "abort");
      assert.equal(streamed.length, 5);
      assert.equal(result.text, model.detokenize(streamed));
      assert.deepEqual(sequence.contextTokens, tokens.slice(0, -1));
    } finally {
      sequence.dispose();
    }
  });

  it("leaves a prompt the sequence does not hold, or one that would not fit, to LlamaCompletion", async () => {
    const sequence = context.getSequence();
    try {
      const tokens = completionPromptTokens(lib, model, "Soft cotton shirt made for every day");
      assert.equal(canCompleteNatively(sequence, tokens, 10), false, "nothing read yet");
      await evaluatePromptInChunks(sequence, tokens, new AbortController().signal, () => undefined);
      assert.equal(canCompleteNatively(sequence, tokens, 10), true);
      assert.equal(canCompleteNatively(sequence, tokens, undefined), false, "no token limit");
      assert.equal(canCompleteNatively(sequence, tokens, sequence.contextSize), false, "past the context");
      assert.equal(canCompleteNatively(sequence, [...tokens.slice(0, -2), tokens.at(-1)!, tokens.at(-1)!], 10), false, "another prompt");
    } finally {
      sequence.dispose();
    }
  });
});

describe("StopTriggerText", () => {
  function feed(triggers: string[], texts: string[]) {
    const chunks: string[] = [];
    const text = new StopTriggerText(triggers, (chunk) => chunks.push(chunk));
    const stopped = texts.findIndex((full) => text.update(full));
    return { chunks, stopped, response: text.finish() };
  }

  it("holds back what may begin a trigger, and sends it once it does not", () => {
    const { chunks, stopped, response } = feed(["\n\n"], ["Warm", "Warm wool\n", "Warm wool\nsocks"]);
    assert.equal(stopped, -1);
    assert.deepEqual(chunks, ["Warm", " wool", "\nsocks"]);
    assert.equal(response, "Warm wool\nsocks");
  });

  it("cuts at the earliest trigger, even one that arrived inside a longer token", () => {
    const { chunks, stopped, response } = feed([".", "\n"], ["Warm", "Warm wool. Soft\n"]);
    assert.equal(stopped, 1);
    assert.equal(response, "Warm wool");
    assert.equal(chunks.join(""), "Warm wool");
  });

  it("holds back a half character until its bytes arrive", () => {
    const { chunks } = feed([], ["caf\uFFFD", "café"]);
    assert.deepEqual(chunks, ["caf", "é"]);
  });

  it("leaves out a half character when the text is cut short, and keeps it when the model ended there", () => {
    const cut = new StopTriggerText([], () => undefined);
    cut.update("ok caf\uFFFD\uFFFD");
    assert.equal(cut.finish({ cut: true }), "ok caf");
    const ended = new StopTriggerText([], () => undefined);
    ended.update("ok caf\uFFFD");
    assert.equal(ended.finish(), "ok caf\uFFFD");
  });
});

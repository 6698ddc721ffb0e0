import * as assert from "node:assert/strict";
import { EngineClient } from "../../../src/engine/engineClient";
import type { GenerationRequest } from "../../../src/engine/engineTypes";
import { nextChunkTokens } from "../../../src/engine/worker/chunkedPrompt";
import { fixture, workerPath } from "../../support/paths";

/**
 * A cancel while the model is still reading a long prompt. node-llama-cpp reads a prompt in one
 * piece and looks at a cancel only once it has read it all, so the worker reads it in chunks and
 * stops between them. The 135M-shaped fixture reads a few hundred tokens a second on a CPU: its
 * 1,500-token prompt takes several chunks.
 */
describe("EngineClient cancel while the prompt is read", function () {
  let engine: EngineClient;

  beforeEach(() => {
    engine = new EngineClient({ workerPath }, { modelPath: fixture("smollm2-135m-shaped-q8_0"), threads: 1, gpu: "off", contextSize: 4096 });
  });

  afterEach(() => engine.dispose());

  const sentence = "Soft merino wool socks with a cushioned sole keep hikers warm and dry on long trails. ";
  const longChat = (opening: string): GenerationRequest => ({
    messages: [{ role: "user", content: `${opening} ${sentence.repeat(80)}` }],
    maxTokens: 40,
    temperature: 0,
  });

  it("stops reading at the next chunk, ends cancelled with no tokens, and serves the next request", async () => {
    const controller = new AbortController();
    const progress: Array<[number, number]> = [];
    const cancelled = await engine.generate(longChat("First."), {
      signal: controller.signal,
      onPromptRead: (read, total) => {
        progress.push([read, total]);
        if (progress.length === 1) controller.abort();
      },
    });
    assert.equal(cancelled.stopReason, "cancelled");
    assert.equal(cancelled.tokens, 0);
    assert.equal(cancelled.text, "");
    const [firstRead, total] = progress[0]!;
    assert.ok(total > 1000, `the prompt has only ${total} tokens`);
    const read = cancelled.timings.promptTokensEvaluated ?? Number.NaN;
    // The chunk read when the cancel was sent, and at most the one under way when it arrived.
    assert.ok(read >= firstRead && read < total, `read ${read} of ${total} prompt tokens after a cancel at ${firstRead}`);
    assert.ok(progress.length <= 2, `${progress.length} chunks were read after the cancel`);

    const next = await engine.generate({ ...longChat("Second."), maxTokens: 4 });
    assert.notEqual(next.stopReason, "cancelled");
    assert.ok(next.tokens > 0, "the worker wrote nothing for the request after the cancel");
  });

  it("reads a ghost-text prompt in chunks too, in order, up to its last token", async () => {
    const progress: Array<[number, number]> = [];
    const result = await engine.complete({ prompt: `Ghost. ${sentence.repeat(30)}`, maxTokens: 4, temperature: 0 }, { onPromptRead: (read, total) => progress.push([read, total]) });
    assert.ok(progress.length > 1, "the prompt was read in one piece");
    const reads = progress.map(([read]) => read);
    assert.deepEqual(reads, [...reads].sort((a, b) => a - b), "the chunks went backwards");
    // The generation reads the last token itself, to sample from it.
    const [lastRead, total] = progress[progress.length - 1]!;
    assert.equal(lastRead, total - 1);
    assert.equal(result.timings.promptTokensEvaluated, total - 1);
    assert.equal(result.timings.promptTokens, total);
    assert.notEqual(result.stopReason, "cancelled");
  });
});

describe("nextChunkTokens", () => {
  it("sizes chunks in whole 64-token blocks to the speed measured, from one block up to a batch", () => {
    // A slow CPU: 64 tokens took 400 ms, more than the budget; chunks stay one block.
    assert.equal(nextChunkTokens(64, 400, 512), 64);
    // 64 tokens in 30 ms: about 320 fit the budget, rounded down to whole blocks.
    assert.equal(nextChunkTokens(64, 30, 512), 320);
    // A GPU reads a chunk in a millisecond or two: one whole batch.
    assert.equal(nextChunkTokens(512, 2, 512), 512);
  });
});

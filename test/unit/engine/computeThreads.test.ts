import * as assert from "node:assert/strict";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import type { Llama, LlamaContext, LlamaModel } from "node-llama-cpp" with { "resolution-mode": "import" };
import { evaluatePromptInChunks } from "../../../src/engine/worker/chunkedPrompt";
import { attachComputeThreads } from "../../../src/engine/worker/computeThreads";
import type { ComputeThreadPool } from "../../../src/engine/worker/fusedAddon";
import { completeNatively, nativeHandles } from "../../../src/engine/worker/nativeCompletion";
import { completionPromptTokens } from "../../../src/engine/worker/promptTokens";
import { fixture } from "../../support/paths";

// eslint-disable-next-line @typescript-eslint/consistent-type-imports
type NodeLlamaCpp = typeof import("node-llama-cpp", { with: { "resolution-mode": "import" } });

/** The process's threads, by id, as Linux lists them. */
function threadIds(): Set<string> {
  return new Set(readdirSync("/proc/self/task"));
}

/** The CPU time a thread has used, in clock ticks; undefined once it has ended. */
function cpuTicks(threadId: string): number | undefined {
  if (!existsSync(`/proc/self/task/${threadId}`)) return undefined;
  const stat = readFileSync(`/proc/self/task/${threadId}/stat`, "utf8");
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return Number(fields[11]) + Number(fields[12]);
}

describe("the context's persistent compute threads, on the fixture model", function () {
  this.timeout(120_000);
  let lib: NodeLlamaCpp;
  let llama: Llama;

  before(async () => {
    lib = await import("node-llama-cpp");
    llama = await lib.getLlama({ gpu: false, build: "never", logLevel: lib.LlamaLogLevel.error });
  });

  after(async () => {
    await llama?.dispose();
  });

  async function loadModel(): Promise<LlamaModel> {
    return llama.loadModel({ modelPath: fixture("smollm2-135m-shaped-q8_0") });
  }

  /** What the worker's raw completion writes on `context`: node-llama-cpp reads the prompt, Tailor's loop generates. */
  async function complete(model: LlamaModel, context: LlamaContext, prompt: string, temperature: number, seed: number): Promise<string> {
    const sequence = context.getSequence();
    try {
      const handles = nativeHandles(llama, model, sequence)!;
      const tokens = completionPromptTokens(lib, model, prompt);
      assert.ok(await evaluatePromptInChunks(sequence, tokens, new AbortController().signal, () => undefined));
      const result = await completeNatively(handles, model, sequence, {
        promptTokens: tokens,
        maxTokens: 48,
        temperature,
        seed,
        stopTriggers: [],
        signal: new AbortController().signal,
        onToken: () => undefined,
        onTextChunk: () => undefined,
      });
      return result.text;
    } finally {
      sequence.dispose();
    }
  }

  it("computes at 2 threads with the pool, writing what the same context writes without it", async () => {
    const model = await loadModel();
    let pool: ComputeThreadPool | undefined;
    try {
      const pooled = await model.createContext({ contextSize: 512, threads: 2 });
      const plain = await model.createContext({ contextSize: 512, threads: 2 });
      pool = attachComputeThreads(llama, model, pooled);
      assert.ok(pool, "Tailor's addon (built by set-up) attaches no pool: run scripts/buildNativeCompletion.sh");
      assert.equal(pool.threads, 2);
      for (const [temperature, seed] of [
        [0, 1],
        [0.8, 7],
      ] as const) {
        const prompt = "Soft cotton shirt made for every day, light and breathable";
        const expected = await complete(model, plain, prompt, temperature, seed);
        assert.ok(expected.length > 0);
        assert.equal(await complete(model, pooled, prompt, temperature, seed), expected);
        // node-llama-cpp's own decodes (the prompt, and its whole loop here) run on the pool as well.
        const reference = async (context: LlamaContext) => {
          const sequence = context.getSequence();
          try {
            return await new lib.LlamaCompletion({ contextSequence: sequence }).generateCompletion(prompt, { maxTokens: 24, temperature, seed });
          } finally {
            sequence.dispose();
          }
        };
        assert.equal(await reference(pooled), await reference(plain));
      }
    } finally {
      await model.dispose();
      pool?.dispose();
    }
  });

  it("attaches nothing at one thread, where no decode starts a thread", async () => {
    const model = await loadModel();
    try {
      const context = await model.createContext({ contextSize: 512, threads: 1 });
      assert.equal(attachComputeThreads(llama, model, context), undefined);
      assert.ok((await complete(model, context, "Warm wool socks", 0, 1)).length > 0);
    } finally {
      await model.dispose();
    }
  });

  it("keeps its thread between decodes, and frees it once the model has freed the context", async () => {
    const model = await loadModel();
    let pool: ComputeThreadPool | undefined;
    try {
      const context = await model.createContext({ contextSize: 512, threads: 2 });
      const before = threadIds();
      pool = attachComputeThreads(llama, model, context)!;
      const started = [...threadIds()].filter((id) => !before.has(id));
      assert.equal(started.length, 1, "a pool of 2 threads runs one of its own beside the caller");
      const worker = started[0]!;
      const idle = cpuTicks(worker)!;
      await complete(model, context, "Warm wool socks", 0, 1);
      await complete(model, context, "Soft cotton shirt", 0.8, 2);
      assert.ok(cpuTicks(worker)! > idle, "the pool's thread computed the decodes");
      await model.dispose();
      pool.dispose();
      pool = undefined;
      assert.equal(cpuTicks(worker), undefined, "disposed after the model, the pool's thread is gone");
    } finally {
      await model.dispose();
      pool?.dispose();
    }
  });

  it("stays usable when released while its context still decodes", async () => {
    const model = await loadModel();
    try {
      const context = await model.createContext({ contextSize: 512, threads: 2 });
      const pool = attachComputeThreads(llama, model, context)!;
      const expected = await complete(model, context, "Warm wool socks", 0, 1);
      // llama.cpp's CPU backend still points at the pool: freeing it here would hang the next decode.
      pool.dispose();
      assert.equal(pool.threads, 0);
      assert.equal(await complete(model, context, "Warm wool socks", 0, 1), expected);
    } finally {
      await model.dispose();
    }
  });
});

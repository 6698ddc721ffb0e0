import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runCatalog } from "../src/catalog/runCatalog";
import { InferenceServerGenerator } from "../src/cloud/inferenceServerGenerator";
import { defaultMaxTokens, defaultSeed, defaultTemperature } from "../src/core/generationDefaults";
import { generalRetailProfile } from "../src/core/profiles/industryProfiles";
import { EngineClient } from "../src/engine/engineClient";
import type { GenerationOptions, GenerationRequest, GenerationResult } from "../src/engine/engineTypes";
import { catalogProductWriter } from "../src/writing/catalogProductWriter";
import type { CopyGenerator } from "../src/writing/writeCopy";
import { emptyVoice, voiceSteering } from "../src/writing/workspaceVoice";
import type { RunningLlamaServer } from "../test/interop/llamaServerProcess";
import { writeSampleCatalog } from "../test/interop/sampleCatalog";

/** Tokens a backend evaluated: prompt tokens actually read (not served from a cache) and tokens generated. */
export interface TokenCounts {
  readonly promptTokens: number;
  readonly generatedTokens: number;
}

/** Where a bench catalog run writes: Tailor's own engine, or an inference server through the remote backend. */
export interface CatalogBenchBackend {
  readonly kind: "local" | "llama-server";
  readonly generator: CopyGenerator;
  /** Loads the model with its lanes (or wakes the server), so the rate counts the writing alone. */
  warmUp(): Promise<void>;
  /** Sequences or slots that really ran side by side. */
  lanes(): number;
  /**
   * The backend's own count of the tokens it evaluated since it started, where the per-request
   * results cannot tell: a server's usage counts a cached prompt prefix as if it were read.
   */
  tokenCounter?(): Promise<TokenCounts>;
  dispose(): Promise<void>;
}

export interface CatalogThroughput {
  readonly backend: CatalogBenchBackend["kind"];
  readonly parallel: number;
  readonly products: number;
  readonly written: number;
  readonly flagged: number;
  readonly failed: number;
  readonly minutes: number;
  /** Products written or flagged a minute: what a user sees. */
  readonly productsPerMinute: number;
  /**
   * Products finished a minute, failed ones included: the pace through the catalog. Which
   * products fail, or need a rewrite, is sampling luck, so lane counts are compared on requests a
   * minute instead (catalogComparison.ts).
   */
  readonly finishedPerMinute: number;
  readonly chatSequences: number;
  /** Generations: each product's draft and, when a check found something, its rewrite. */
  readonly requests: number;
  readonly requestsPerMinute: number;
  /** Prompt tokens evaluated (a cached prefix excluded) and tokens generated, over the run. */
  readonly promptTokens: number;
  /**
   * Every request's whole prompt, cached prefix included, summed: the depth of context each answer
   * was generated at. A catalog request reuses about half its prompt (section 22 of
   * bench/README.md), so generation runs far deeper than the tokens evaluated suggest.
   */
  readonly wholePromptTokens: number;
  readonly generatedTokens: number;
  /** (prompt + generated tokens) a second of wall time: llama-batched-bench's "S t/s". */
  readonly tokensPerSecond: number;
  /**
   * Seconds the backend spent on requests, by the worker's own timings (local only): reading
   * prompts (to the first token) and generating. Summed over lanes, so only at one lane do they
   * split the wall time, the rest being the writing path's own work between requests.
   */
  readonly promptSeconds?: number;
  readonly generationSeconds?: number;
  /** "line: reason" for each product that failed, so a ratio is never read without them. */
  readonly failures: readonly string[];
}

/** Counts every generation the writing path asks of the backend, with its tokens. */
class MeteredGenerator implements CopyGenerator {
  requests = 0;
  promptTokens = 0;
  wholePromptTokens = 0;
  generatedTokens = 0;
  promptMs = 0;
  generationMs = 0;

  constructor(private readonly inner: CopyGenerator) {}

  get contextTokens(): number | undefined {
    return this.inner.contextTokens;
  }

  async generate(request: GenerationRequest, options: GenerationOptions): Promise<GenerationResult> {
    const result = await this.inner.generate(request, options);
    this.requests++;
    this.promptTokens += result.timings.promptTokensEvaluated ?? 0;
    this.wholePromptTokens += result.timings.promptTokens ?? result.timings.promptTokensEvaluated ?? 0;
    this.generatedTokens += result.tokens;
    const { firstTokenMs, totalMs } = result.timings;
    this.promptMs += firstTokenMs ?? totalMs;
    this.generationMs += totalMs - (firstTokenMs ?? totalMs);
    return result;
  }
}

/**
 * Tailor's engine with `lanes` chat sequences of `contextSize` tokens each (node-llama-cpp gives
 * every sequence its own context), at a fixed thread count.
 */
export function localCatalogBackend(workerPath: string, modelPath: string, threads: number, contextSize: number, lanes: number): CatalogBenchBackend {
  const engine = new EngineClient({ workerPath }, { modelPath, threads, gpu: "off", contextSize });
  return {
    kind: "local",
    generator: engine,
    warmUp: async () => {
      await engine.generate({ messages: [{ role: "user", content: "Hi" }], maxTokens: 1, temperature: 0 }, { priority: "batch", parallel: lanes });
    },
    lanes: () => engine.loadedModel?.chatSequences ?? 0,
    dispose: async () => engine.dispose(),
  };
}

/** A running llama-server through the CLI's remote backend (InferenceServerGenerator), `concurrency` requests in flight. */
export function serverCatalogBackend(server: RunningLlamaServer, contextTokens: number, concurrency: number): CatalogBenchBackend {
  const generator = new InferenceServerGenerator({ endpoint: server.baseUrl, model: "smollm2", contextTokens, concurrency, requestTimeoutMs: 600_000 });
  return {
    kind: "llama-server",
    generator,
    warmUp: async () => {
      await generator.generate({ messages: [{ role: "user", content: "Hi" }], maxTokens: 1, temperature: 0 }, {});
    },
    lanes: () => server.slots,
    tokenCounter: async () => {
      const metrics = await server.metrics();
      return { promptTokens: metrics.prompt_tokens_total ?? Number.NaN, generatedTokens: metrics.tokens_predicted_total ?? Number.NaN };
    },
    dispose: async () => undefined,
  };
}

/**
 * Products a minute for a catalog run through the real path (runCatalog, the checked writer and
 * the backend), on `products` rows of the sample, after a warm-up so the model load is counted
 * in neither. The settings are the CLI's defaults, so the figures are those of `tailor catalog`.
 */
export async function runCatalogThroughput(backend: CatalogBenchBackend, sampleCsv: string, products: number, parallel: number): Promise<CatalogThroughput> {
  const dir = mkdtempSync(path.join(tmpdir(), "tailor-catalog-bench-"));
  const input = path.join(dir, "catalog.csv");
  writeSampleCatalog(input, products, sampleCsv);
  const metered = new MeteredGenerator(backend.generator);
  try {
    await backend.warmUp();
    const countedBefore = await backend.tokenCounter?.();
    const started = performance.now();
    const summary = await runCatalog({
      inputPath: input,
      model: backend.kind,
      parallel,
      seed: defaultSeed,
      writeProduct: catalogProductWriter({
        generator: metered,
        steering: voiceSteering(emptyVoice(), generalRetailProfile),
        maxTokens: defaultMaxTokens,
        temperature: defaultTemperature,
        parallel,
      }),
    });
    const seconds = (performance.now() - started) / 1000;
    const countedAfter = await backend.tokenCounter?.();
    const tokens =
      countedBefore && countedAfter
        ? { promptTokens: countedAfter.promptTokens - countedBefore.promptTokens, generatedTokens: countedAfter.generatedTokens - countedBefore.generatedTokens }
        : { promptTokens: metered.promptTokens, generatedTokens: metered.generatedTokens };
    const done = summary.written + summary.flagged.length;
    return {
      backend: backend.kind,
      parallel,
      products,
      written: summary.written,
      flagged: summary.flagged.length,
      failed: summary.failed.length,
      minutes: seconds / 60,
      productsPerMinute: done / (seconds / 60),
      finishedPerMinute: (done + summary.failed.length) / (seconds / 60),
      chatSequences: backend.lanes(),
      requests: metered.requests,
      requestsPerMinute: metered.requests / (seconds / 60),
      ...tokens,
      wholePromptTokens: metered.wholePromptTokens,
      tokensPerSecond: (tokens.promptTokens + tokens.generatedTokens) / seconds,
      // A server's answers carry no worker timings of Tailor's.
      ...(backend.kind === "local" ? { promptSeconds: metered.promptMs / 1000, generationSeconds: metered.generationMs / 1000 } : {}),
      failures: summary.failed.map((failure) => `line ${failure.line}: ${failure.reason}`),
    };
  } finally {
    await backend.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

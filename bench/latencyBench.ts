import { inlinePrompt } from "../src/core/inline/inlinePrompt";
import { promptWindow } from "../src/core/inline/promptWindow";
import { EngineClient } from "../src/engine/engineClient";
import { promptOfTokens } from "./prompts";
import { fixed, median, percentile } from "./stats";

export interface InlineLatency {
  readonly samples: number;
  readonly documentTokens: number;
  readonly coldFirstMs: { p50: number; p95: number };
  readonly cold12Ms: { p50: number; p95: number };
  readonly warmFirstMs: { p50: number; p95: number };
  readonly warm12Ms: { p50: number; p95: number };
  readonly warmEvaluatedTokens: { p50: number; max: number };
}

const paragraph =
  "Our merino trail sock is knitted from soft, fine wool that breathes on the climb and stays warm when the wind turns. " +
  "A cushioned sole takes the sting out of rocky descents, and the reinforced heel and toe last season after season. ";

/**
 * Ghost-text latency on a document of about `documentTokens` tokens: cold is a new document (no
 * cached prefix), warm is the same document with a few characters typed since the last request.
 * Times are measured on the host: to the first streamed text, and to a 12-token completion.
 */
export async function runInlineLatencyBench(workerPath: string, modelPath: string, threads: number, samples: number, charsPerToken: number, documentTokens = 1000): Promise<InlineLatency> {
  const engine = new EngineClient({ workerPath }, { modelPath, threads, gpu: "off", contextSize: 4096 });
  const cold: Array<[number, number]> = [];
  const warm: Array<[number, number]> = [];
  const evaluated: number[] = [];
  let measuredTokens = 0;
  try {
    await engine.complete({ prompt: "warm up", maxTokens: 1, temperature: 0 });
    for (let i = 0; i < samples; i++) {
      // A new document: its first characters differ from anything cached.
      const length = Math.round(documentTokens * charsPerToken);
      let document = `Draft ${i}: ${paragraph.repeat(Math.ceil(length / paragraph.length))}`.slice(0, length);
      const coldRun = await timedCompletion(engine, document);
      cold.push([coldRun.firstMs, coldRun.totalMs]);
      measuredTokens = coldRun.evaluated;
      for (const typed of ["Th", "e s", "ock"]) {
        document += typed;
        const warmRun = await timedCompletion(engine, document);
        warm.push([warmRun.firstMs, warmRun.totalMs]);
        evaluated.push(warmRun.evaluated);
      }
    }
  } finally {
    engine.dispose();
  }
  const summary = (values: number[]) => ({ p50: median(values), p95: percentile(values, 95) });
  return {
    samples,
    documentTokens: measuredTokens,
    coldFirstMs: summary(cold.map(([first]) => first)),
    cold12Ms: summary(cold.map(([, total]) => total)),
    warmFirstMs: summary(warm.map(([first]) => first)),
    warm12Ms: summary(warm.map(([, total]) => total)),
    warmEvaluatedTokens: { p50: median(evaluated), max: Math.max(...evaluated) },
  };
}

/** The request the ghost-text provider makes: its preamble and its bounded, stable window. */
async function timedCompletion(engine: EngineClient, document: string): Promise<{ firstMs: number; totalMs: number; evaluated: number }> {
  const prompt = inlinePrompt(promptWindow(document, 4_000));
  const started = performance.now();
  let firstMs: number | undefined;
  const result = await engine.complete({ prompt, maxTokens: 12, temperature: 0 }, { priority: "background", onText: () => (firstMs ??= performance.now() - started) });
  const totalMs = performance.now() - started;
  return { firstMs: firstMs ?? totalMs, totalMs, evaluated: result.timings.promptTokensEvaluated ?? 0 };
}

/** From a cancel to the worker's confirmation that the model stopped, mid-generation. */
export async function runCancelBench(workerPath: string, modelPath: string, threads: number, samples: number): Promise<{ p50: number; max: number }> {
  const engine = new EngineClient({ workerPath }, { modelPath, threads, gpu: "off", contextSize: 2048 });
  const latencies: number[] = [];
  try {
    for (let i = 0; i < samples; i++) {
      const controller = new AbortController();
      let chunks = 0;
      await engine.complete({ prompt: `${i} Write a long product story: `, maxTokens: 2000, temperature: 0 }, {
        signal: controller.signal,
        onText: () => {
          if (++chunks === 10) controller.abort();
        },
      });
      const latency = engine.stats.lastCancelLatencyMs;
      if (latency !== undefined) latencies.push(latency);
    }
  } finally {
    engine.dispose();
  }
  return { p50: median(latencies), max: Math.max(...latencies) };
}

export interface PromptCancelLatency {
  readonly samples: number;
  /** Requests the cancel caught before the first token, as it meant to. */
  readonly duringPrompt: number;
  readonly promptTokens: number;
  /** How long the uncancelled prompt takes to its first token, which the cancels are spread over. */
  readonly promptMs: number;
  readonly p50: number;
  readonly p95: number;
  readonly max: number;
}

/**
 * From a cancel to the request's end on the host, while a long chat prompt
 * (the path commands use) is still being evaluated. The cancels land at evenly spread points of
 * the prompt's measured evaluation time, each prompt with a new opening so none is cached.
 */
export async function runPromptCancelBench(workerPath: string, modelPath: string, threads: number, samples: number, charsPerToken: number, promptTokens = 1000): Promise<PromptCancelLatency> {
  const engine = new EngineClient({ workerPath }, { modelPath, threads, gpu: "off", contextSize: 4096 });
  const chat = (run: number) => ({ messages: [{ role: "user" as const, content: promptOfTokens(run, promptTokens, charsPerToken) }], maxTokens: 64, temperature: 0 });
  const latencies: number[] = [];
  let duringPrompt = 0;
  try {
    await engine.complete({ prompt: "warm up", maxTokens: 1, temperature: 0 });
    const started = performance.now();
    let promptMs: number | undefined;
    const measured = await engine.generate({ ...chat(-1), maxTokens: 1 }, { onText: () => (promptMs ??= performance.now() - started) });
    promptMs ??= performance.now() - started;
    for (let i = 0; i < samples; i++) {
      const controller = new AbortController();
      let abortedAt: number | undefined;
      const timer = setTimeout(() => {
        abortedAt = performance.now();
        controller.abort();
      }, ((i + 0.5) / samples) * promptMs * 0.9);
      const result = await engine.generate(chat(i), { signal: controller.signal });
      const stoppedAt = performance.now();
      clearTimeout(timer);
      if (result.stopReason !== "cancelled" || result.tokens > 0 || abortedAt === undefined) continue;
      duringPrompt++;
      latencies.push(stoppedAt - abortedAt);
    }
    return { samples, duringPrompt, promptTokens: measured.timings.promptTokensEvaluated ?? 0, promptMs, p50: median(latencies), p95: percentile(latencies, 95), max: Math.max(...latencies) };
  } finally {
    engine.dispose();
  }
}

/** The bench table's row for runPromptCancelBench, beside the mid-generation cancel. */
export function promptCancelLine(result: PromptCancelLatency): string {
  return `| cancel while a ${result.promptTokens}-token chat prompt is read (${fixed(result.promptMs / 1000, 1)} s uncancelled), until the request ended, p50 / p95 / max (${result.duringPrompt} of ${result.samples} before the first token) | ${fixed(result.p50, 0)} / ${fixed(result.p95, 0)} / ${fixed(result.max, 0)} ms |`;
}

import { EngineClient } from "../src/engine/engineClient";
import type { LayerResult } from "./nativeBench";
import { calibrationText, generationTokens, promptOfTokens, promptTokens, shortPrompt } from "./prompts";
import { median } from "./stats";

export interface EngineResult extends LayerResult {
  /** Generation through the chat path that commands use, for comparison with raw completion. */
  readonly chatGenTokPerS: number;
  /** The chat's whole prompt (template and default system turn included): the depth its answer starts at. */
  readonly chatPromptTokens: number;
  /** A fresh engine's first request: fork the worker, import node-llama-cpp, load, answer. */
  readonly coldStartMs: number;
}

/**
 * The same work as llama-bench through Tailor's engine: the host forks the worker, and every
 * token crosses IPC and is streamed to the host, where it is timed.
 */
export async function runEngineBench(workerPath: string, modelPath: string, threads: number, runs: number, charsPerToken: number): Promise<EngineResult> {
  const engine = new EngineClient({ workerPath }, { modelPath, threads, gpu: "off", contextSize: 2048 });
  try {
    const coldStarted = performance.now();
    const first = await engine.complete({ prompt: "Hello", maxTokens: 1, temperature: 0 });
    const coldStartMs = performance.now() - coldStarted;
    const loadMs = first.model.loadMs;

    const promptRates: number[] = [];
    const firstTokens: number[] = [];
    for (let run = 0; run < runs; run++) {
      const started = performance.now();
      let firstTokenMs: number | undefined;
      const result = await engine.complete(
        { prompt: promptOfTokens(1000 + run, promptTokens, charsPerToken), maxTokens: 1, temperature: 0 },
        { onText: () => (firstTokenMs ??= performance.now() - started) },
      );
      const ttft = firstTokenMs ?? performance.now() - started;
      firstTokens.push(ttft);
      promptRates.push((result.timings.promptTokensEvaluated ?? 0) / (ttft / 1000));
    }

    const genRates: number[] = [];
    const chatRates: number[] = [];
    const chatPromptTokens: number[] = [];
    for (let run = 0; run < runs; run++) {
      genRates.push(await timedGeneration((onText) => engine.complete({ prompt: `${run} ${shortPrompt}`, maxTokens: generationTokens, temperature: 0 }, { onText })));
      chatRates.push(
        await timedGeneration((onText) =>
          engine
            .generate({ messages: [{ role: "user", content: `${run} ${shortPrompt}` }], maxTokens: generationTokens, temperature: 0 }, { onText })
            .then((result) => (chatPromptTokens.push(result.timings.promptTokens ?? Number.NaN), result)),
        ),
      );
    }
    return {
      promptTokPerS: median(promptRates),
      genTokPerS: median(genRates),
      chatGenTokPerS: median(chatRates),
      chatPromptTokens: median(chatPromptTokens),
      firstTokenMs: median(firstTokens),
      loadMs,
      coldStartMs,
    };
  } finally {
    engine.dispose();
  }
}

/** Tokens a second between the first and the last text to reach the host. */
async function timedGeneration(run: (onText: () => void) => Promise<{ tokens: number }>): Promise<number> {
  let firstAt: number | undefined;
  let lastAt = 0;
  const result = await run(() => {
    const now = performance.now();
    firstAt ??= now;
    lastAt = now;
  });
  // The first text marks the first token; the tokens after it arrived over (lastAt - firstAt).
  return (result.tokens - 1) / ((lastAt - (firstAt ?? lastAt)) / 1000);
}

/** Characters per token of the model's vocabulary on the bench's text, measured through the engine. */
export async function measureCharsPerToken(workerPath: string, modelPath: string): Promise<number> {
  const engine = new EngineClient({ workerPath }, { modelPath, threads: 1, gpu: "off", contextSize: 4096 });
  try {
    const result = await engine.complete({ prompt: calibrationText, maxTokens: 1, temperature: 0 });
    return calibrationText.length / (result.timings.promptTokensEvaluated ?? Number.NaN);
  } finally {
    engine.dispose();
  }
}

import * as path from "node:path";
import { measureCharsPerToken, runEngineBench, type EngineResult } from "./engineBench";
import { runLlamaBench, type LayerResult } from "./nativeBench";
import { fixed, median } from "./stats";

export interface RealModelComparison {
  readonly model: string;
  readonly threads: number;
  readonly native: LayerResult[];
  readonly engine: EngineResult[];
  readonly direct: LayerResult[];
}

/** How runBench.ts measures node-llama-cpp directly, in a child process with the worker's environment. */
type RunDirect = (threads: number, charsPerToken: number, modelPath: string) => LayerResult;

/**
 * The same three layers as the fixture's table (llama-bench, Tailor's engine, node-llama-cpp
 * directly) on a real model file, at one thread count: a real vocabulary and real quantised
 * weights, where the fixture's random Q8_0 weights only have its shape.
 */
export async function runRealModelComparison(llamaBench: string, workerPath: string, modelPath: string, threads: number, rounds: number, runDirect: RunDirect): Promise<RealModelComparison> {
  const charsPerToken = await measureCharsPerToken(workerPath, modelPath);
  const result: RealModelComparison = { model: path.basename(modelPath), threads, native: [], engine: [], direct: [] };
  for (let round = 1; round <= rounds; round++) {
    console.log(`${result.model}, round ${round}/${rounds}, ${threads} thread(s): llama-bench, engine, direct…`);
    result.native.push(runLlamaBench(llamaBench, modelPath, threads));
    result.engine.push(await runEngineBench(workerPath, modelPath, threads, 3, charsPerToken));
    result.direct.push(runDirect(threads, charsPerToken, modelPath));
  }
  return result;
}

/** The bench table's rows for a real model: rates are medians over the rounds. */
export function realModelLines(comparison: RealModelComparison): string[] {
  const m = (results: readonly LayerResult[], key: "promptTokPerS" | "genTokPerS") => median(results.map((r) => r[key]));
  const native = { pp: m(comparison.native, "promptTokPerS"), tg: m(comparison.native, "genTokPerS") };
  const engine = { pp: m(comparison.engine, "promptTokPerS"), tg: m(comparison.engine, "genTokPerS"), chat: median(comparison.engine.map((r) => r.chatGenTokPerS)) };
  const direct = { pp: m(comparison.direct, "promptTokPerS"), tg: m(comparison.direct, "genTokPerS") };
  return [
    "",
    `Real model ${comparison.model}, ${comparison.threads} thread(s), ${comparison.native.length} rounds:`,
    "",
    "| llama-bench pp512 | engine pp | direct pp | engine/native pp | llama-bench tg128 | engine tg | engine chat tg | direct tg | engine/native tg | engine/direct tg |",
    "|---|---|---|---|---|---|---|---|---|---|",
    `| ${fixed(native.pp)} | ${fixed(engine.pp)} | ${fixed(direct.pp)} | **${fixed(engine.pp / native.pp, 2)}** | ${fixed(native.tg)} | ${fixed(engine.tg)} | ${fixed(engine.chat)} | ${fixed(direct.tg)} | **${fixed(engine.tg / native.tg, 2)}** | ${fixed(engine.tg / direct.tg, 2)} |`,
  ];
}

import * as path from "node:path";
import { measureCharsPerToken, runEngineBench, type EngineResult } from "./engineBench";
import { runLlamaBench, runLlamaBenchGeneration, type LayerResult } from "./nativeBench";
import { chatDepthCells, chatDepthHeader, chatDepthNote, chatDepthOf, fixed, median } from "./stats";

export interface RealModelComparison {
  readonly model: string;
  readonly perThreads: readonly RealModelRounds[];
}

interface RealModelRounds {
  readonly threads: number;
  readonly native: LayerResult[];
  /** llama-bench's tg128 at the depth the engine's chat answered at, in the same round. */
  readonly nativeAtChatDepth: number[];
  readonly engine: EngineResult[];
  readonly direct: LayerResult[];
}

/** How runBench.ts measures node-llama-cpp directly, in a child process with the worker's environment. */
type RunDirect = (threads: number, charsPerToken: number, modelPath: string) => LayerResult;

/**
 * The same three layers as the fixture's table (llama-bench, Tailor's engine, node-llama-cpp
 * directly) on a real model file, at each thread count, alternating their order by round: a real
 * vocabulary and real quantised weights, where the fixture's random Q8_0 weights only have its shape.
 */
export async function runRealModelComparison(
  llamaBench: string,
  workerPath: string,
  modelPath: string,
  threadCounts: readonly number[],
  rounds: number,
  runDirect: RunDirect,
): Promise<RealModelComparison> {
  const charsPerToken = await measureCharsPerToken(workerPath, modelPath);
  const model = path.basename(modelPath);
  const perThreads: RealModelRounds[] = threadCounts.map((threads) => ({ threads, native: [], nativeAtChatDepth: [], engine: [], direct: [] }));
  for (let round = 1; round <= rounds; round++) {
    for (const perRound of round % 2 === 1 ? perThreads : [...perThreads].reverse()) {
      console.log(`${model}, round ${round}/${rounds}, ${perRound.threads} thread(s): llama-bench, engine, direct…`);
      perRound.native.push(runLlamaBench(llamaBench, modelPath, perRound.threads));
      const engine = await runEngineBench(workerPath, modelPath, perRound.threads, 3, charsPerToken);
      perRound.engine.push(engine);
      perRound.nativeAtChatDepth.push(runLlamaBenchGeneration(llamaBench, modelPath, perRound.threads, engine.chatPromptTokens));
      perRound.direct.push(runDirect(perRound.threads, charsPerToken, modelPath));
    }
  }
  return { model, perThreads };
}

/** The bench table's rows for a real model: rates are medians over the rounds, with each round's generation ratio. */
export function realModelLines(comparison: RealModelComparison): string[] {
  const m = (results: readonly LayerResult[], key: "promptTokPerS" | "genTokPerS") => median(results.map((r) => r[key]));
  const lines = [
    "",
    `Real model ${comparison.model}, ${comparison.perThreads[0]?.native.length ?? 0} rounds:`,
    "",
    `| threads | llama-bench pp512 | engine pp | direct pp | engine/native pp | llama-bench tg128 | engine tg | engine chat tg | direct tg | engine/native tg (median of rounds) | by round | engine/direct tg | chat/raw | ${chatDepthHeader} |`,
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  for (const rounds of comparison.perThreads) {
    const native = { pp: m(rounds.native, "promptTokPerS"), tg: m(rounds.native, "genTokPerS") };
    const engine = { pp: m(rounds.engine, "promptTokPerS"), tg: m(rounds.engine, "genTokPerS"), chat: median(rounds.engine.map((r) => r.chatGenTokPerS)) };
    const direct = { pp: m(rounds.direct, "promptTokPerS"), tg: m(rounds.direct, "genTokPerS") };
    // Ratios within a round, whose layers ran back to back under one load; the table gives their median.
    const byRound = rounds.engine.map((r, i) => r.genTokPerS / rounds.native[i]!.genTokPerS);
    const chatDepth = chatDepthOf(rounds.engine, rounds.nativeAtChatDepth);
    lines.push(
      `| ${rounds.threads} | ${fixed(native.pp)} | ${fixed(engine.pp)} | ${fixed(direct.pp)} | **${fixed(engine.pp / native.pp, 2)}** | ${fixed(native.tg)} | ${fixed(engine.tg)} | ${fixed(engine.chat)} | ${fixed(direct.tg)} | **${fixed(median(byRound), 2)}** | ${byRound.map((ratio) => fixed(ratio, 2)).join(", ")} | ${fixed(engine.tg / direct.tg, 2)} | ${fixed(engine.chat / engine.tg, 2)} | ${chatDepthCells(chatDepth)} |`,
    );
  }
  lines.push("", chatDepthNote);
  return lines;
}

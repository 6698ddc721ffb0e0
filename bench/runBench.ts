/**
 * npm run bench: Tailor's engine against native llama.cpp on the SmolLM2-135M-shaped fixture.
 * Measures, alternating thread counts in each round: (a) llama-bench pp512/tg128, (b) the same
 * work through Tailor's engine (worker, IPC, streaming to the host), (c) node-llama-cpp directly
 * in one process; then ghost-text latency, cancel latency and activation in a real VS Code; and,
 * on the real SmolLM2 file, catalog throughput: local lanes, llama-server slots, native batching.
 * Prints a table with the ratios and writes the figures to bench/results/latest.json.
 *
 * TAILOR_BENCH_ONLY=catalog runs the catalog comparison alone (bench/results/catalog.{md,json});
 * TAILOR_BENCH_ONLY=generation runs the generation tables alone (fixture and real model, both thread counts; bench/results/generation.{md,json});
 * TAILOR_BENCH_ONLY=activation measures activate() alone, in five fresh VS Code windows (bench/results/activation.{md,json});
 * TAILOR_BENCH_CATALOG_PRODUCTS (default 12) and TAILOR_BENCH_CATALOG_LANES (default 1,2,4) size it;
 * TAILOR_BENCH_CATALOG_SERVER=off leaves llama-server out (local against native alone).
 */
import { execFileSync } from "node:child_process";
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { fixture, repoRoot, workerPath } from "../test/support/paths";
import { available, realModels } from "../test/support/realModels";
import { runInVsCode } from "../test/runner/runInVsCode";
import { defaultEngineThreads } from "../test/interop/llamaServerProcess";
import { sampleProductsCsv } from "../test/interop/sampleCatalog";
import { catalogComparisonLines, runCatalogComparison, type CatalogComparison } from "./catalogComparison";
import { claimsBenchLine, runClaimsBench } from "./claimsBench";
import { measureCharsPerToken, runEngineBench, type EngineResult } from "./engineBench";
import { promptCancelLine, runCancelBench, runInlineLatencyBench, runPromptCancelBench, type InlineLatency } from "./latencyBench";
import { runLlamaBench, runLlamaBenchGeneration, type LayerResult } from "./nativeBench";
import { promptTokens } from "./prompts";
import { realModelLines, runRealModelComparison } from "./realModelBench";
import { chatDepthCells, chatDepthHeader, chatDepthNote, chatDepthOf, fixed, median, type ChatDepth } from "./stats";

const threadCounts = [1, 2];
const rounds = Number(process.env.TAILOR_BENCH_ROUNDS ?? 3);
// Generation runs are short (128 tokens, under a second) and this machine is shared: three runs
// a round keep one slow run from moving a median.
const runsPerRound = 3;
const model = fixture("smollm2-135m-shaped-q8_0");

interface PerThreads {
  native: LayerResult[];
  /** llama-bench's tg128 at the depth the engine's chat answered at, in the same round. */
  nativeAtChatDepth: number[];
  engine: EngineResult[];
  direct: LayerResult[];
  directDefaultPool: LayerResult[];
}

function runDirect(threads: number, charsPerToken: number, env: Record<string, string | undefined>, modelPath = model): LayerResult {
  const output = execFileSync(process.execPath, [path.join(repoRoot, "out", "bench", "directBench.js"), modelPath, String(threads), String(runsPerRound), String(charsPerToken)], {
    encoding: "utf8",
    env: Object.fromEntries(Object.entries({ ...process.env, ...env }).filter(([, value]) => value !== undefined)),
    stdio: ["ignore", "pipe", "inherit"],
  });
  return JSON.parse(output.trim().split("\n").pop()!) as LayerResult;
}

async function measureActivation(): Promise<{ activateMs: number; activationWithLoadMs: number | null } | undefined> {
  let result: { activateMs: number; activationWithLoadMs: number | null } | undefined;
  const code = await runInVsCode({
    testsPath: path.join(repoRoot, "out", "bench", "activation", "index.js"),
    timeoutMs: 3 * 60_000,
    onLine: (line) => {
      const marker = line.indexOf("[tailor:bench] ");
      if (marker >= 0) result = JSON.parse(line.slice(marker + 15)) as typeof result;
    },
  });
  return code === 0 ? result : undefined;
}

/** The median of one field over the rounds. */
function mean<T>(results: readonly T[], key: keyof T): number {
  return median(results.map((r) => r[key]).filter((v): v is T[keyof T] & number => typeof v === "number"));
}

/**
 * Catalog runs on the real model, which writes real JSON (the fixture's random weights only fill
 * the token limit): products a minute at each lane count, against llama-server and native batching.
 */
async function runCatalogSection(): Promise<CatalogComparison | undefined> {
  if (!available("smolLm2")) {
    console.log(`Catalog throughput skipped: ${realModels.smolLm2} is missing.`);
    return undefined;
  }
  const products = Number(process.env.TAILOR_BENCH_CATALOG_PRODUCTS ?? 12);
  const lanes = (process.env.TAILOR_BENCH_CATALOG_LANES ?? "1,2,4").split(",").map(Number);
  // Caught here, not after half an hour of runs: a typo would otherwise surface as NaN figures.
  if (!Number.isInteger(products) || products < 1 || !lanes.every((n) => Number.isInteger(n) && n >= 1 && n <= 16)) {
    throw new Error("TAILOR_BENCH_CATALOG_PRODUCTS must be a whole number ≥ 1 and TAILOR_BENCH_CATALOG_LANES a list such as 1,2,4 (1 to 16).");
  }
  return runCatalogComparison({ workerPath, modelPath: realModels.smolLm2, sampleCsv: sampleProductsCsv, products, lanes, threads: defaultEngineThreads(), server: process.env.TAILOR_BENCH_CATALOG_SERVER !== "off" });
}

function writeResults(name: string, lines: readonly string[], figures: unknown): void {
  const out = path.join(repoRoot, "bench", "results");
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, `${name}.json`), JSON.stringify(figures, null, 2));
  writeFileSync(path.join(out, `${name}.md`), lines.join("\n") + "\n");
}

async function main(): Promise<void> {
  const started = performance.now();
  if (process.env.TAILOR_BENCH_ONLY === "activation") {
    // One window's figure swings with what else VS Code does at startup: five, and their median.
    const runs: number[] = [];
    for (let run = 0; run < 5; run++) {
      const activation = await measureActivation();
      if (activation) runs.push(activation.activateMs);
    }
    const lines = [`extension activate() in VS Code 1.139, ${runs.length} windows: median ${fixed(median(runs), 1)} ms (${runs.map((ms) => fixed(ms, 1)).join(", ")})`];
    console.log(lines.join("\n"));
    writeResults("activation", lines, { activationRuns: runs });
    return;
  }
  if (process.env.TAILOR_BENCH_ONLY === "catalog") {
    const catalogComparison = await runCatalogSection();
    const lines = catalogComparison ? catalogComparisonLines(catalogComparison) : ["Catalog throughput: the real model is missing."];
    lines.push("", `Catalog bench took ${fixed((performance.now() - started) / 60_000, 1)} min.`);
    console.log(lines.join("\n"));
    writeResults("catalog", lines, { catalogComparison });
    return;
  }
  const llamaBench = execFileSync("bash", [path.join(repoRoot, "bench", "buildLlamaTool.sh"), "llama-bench"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim().split("\n").pop()!;
  const charsPerToken = await measureCharsPerToken(workerPath, model);
  const results = new Map<number, PerThreads>(threadCounts.map((t) => [t, { native: [], nativeAtChatDepth: [], engine: [], direct: [], directDefaultPool: [] }]));

  for (let round = 1; round <= rounds; round++) {
    for (const threads of round % 2 === 1 ? threadCounts : [...threadCounts].reverse()) {
      const r = results.get(threads)!;
      console.log(`round ${round}/${rounds}, ${threads} thread(s): llama-bench, engine, direct…`);
      r.native.push(runLlamaBench(llamaBench, model, threads));
      const engine = await runEngineBench(workerPath, model, threads, runsPerRound, charsPerToken);
      r.engine.push(engine);
      r.nativeAtChatDepth.push(runLlamaBenchGeneration(llamaBench, model, threads, engine.chatPromptTokens));
      // The worker runs with UV_THREADPOOL_SIZE=1; the direct baseline gets the same environment,
      // and once more with libuv's default pool, to show what that setting is worth.
      r.direct.push(runDirect(threads, charsPerToken, { UV_THREADPOOL_SIZE: "1" }));
      r.directDefaultPool.push(runDirect(threads, charsPerToken, { UV_THREADPOOL_SIZE: undefined }));
    }
  }

  const rows = threadCounts.map((threads) => {
    const r = results.get(threads)!;
    const native = { pp: mean(r.native, "promptTokPerS"), tg: mean(r.native, "genTokPerS") };
    const engine = { pp: mean(r.engine, "promptTokPerS"), tg: mean(r.engine, "genTokPerS"), chat: mean(r.engine, "chatGenTokPerS"), ttft: mean(r.engine, "firstTokenMs"), load: mean(r.engine, "loadMs"), cold: mean(r.engine, "coldStartMs") };
    const direct = { pp: mean(r.direct, "promptTokPerS"), tg: mean(r.direct, "genTokPerS"), ttft: mean(r.direct, "firstTokenMs") };
    const directDefault = { tg: mean(r.directDefaultPool, "genTokPerS") };
    // Each round runs the layers back to back, so its ratio is taken under one load: the median of
    // those is what the table gives, since native alone moved by up to a sixth between rounds.
    const tgRatioByRound = r.engine.map((e, i) => e.genTokPerS / r.native[i]!.genTokPerS);
    return { threads, native, engine, direct, directDefault, tgRatioByRound, chatDepth: chatDepthOf(r.engine, r.nativeAtChatDepth) };
  });
  const best = rows.reduce((a, b) => (b.engine.tg > a.engine.tg ? b : a));

  // On the tiny model the model's own arithmetic is almost nothing, so what remains per token
  // is each layer's fixed cost: llama.cpp's loop, node-llama-cpp's, and Tailor's worker and IPC.
  console.log("Fixed per-token cost on the tiny model…");
  const tiny = fixture("tiny-a");
  const tinyChars = await measureCharsPerToken(workerPath, tiny);
  const fixedCost = { native: [] as number[], direct: [] as number[], engine: [] as number[] };
  for (let round = 0; round < rounds; round++) {
    fixedCost.native.push(runLlamaBench(llamaBench, tiny, 1).genTokPerS);
    fixedCost.direct.push(runDirect(1, tinyChars, { UV_THREADPOOL_SIZE: "1" }, tiny).genTokPerS);
    fixedCost.engine.push((await runEngineBench(workerPath, tiny, 1, runsPerRound, tinyChars)).genTokPerS);
  }
  const perToken = { native: 1000 / median(fixedCost.native), direct: 1000 / median(fixedCost.direct), engine: 1000 / median(fixedCost.engine) };
  const realModel = available("smolLm2") ? await runRealModelComparison(llamaBench, workerPath, realModels.smolLm2, threadCounts, rounds, (threads, chars, file) => runDirect(threads, chars, { UV_THREADPOOL_SIZE: "1" }, file)) : undefined;

  if (process.env.TAILOR_BENCH_ONLY === "generation") {
    const lines = [...generationLines(rows, best, charsPerToken, perToken)];
    if (realModel) lines.push(...realModelLines(realModel));
    lines.push("", `Generation bench took ${fixed((performance.now() - started) / 60_000, 1)} min.`);
    console.log(lines.join("\n"));
    writeResults("generation", lines, { rows, perToken, realModel, raw: Object.fromEntries(results) });
    return;
  }

  console.log("\nLatency of ghost text and cancel at the default thread count…");
  const defaultThreads = 1;
  const inline: InlineLatency = await runInlineLatencyBench(workerPath, model, defaultThreads, Number(process.env.TAILOR_BENCH_INLINE_SAMPLES ?? 6), charsPerToken);
  const cancel = await runCancelBench(workerPath, model, defaultThreads, 5);
  const promptCancel = await runPromptCancelBench(workerPath, model, defaultThreads, 10, charsPerToken);
  const catalogComparison = await runCatalogSection();
  console.log("Activation in a real VS Code 1.139…");
  const activation = await measureActivation();
  const claims = runClaimsBench();

  const lines: string[] = [];
  lines.push(...generationLines(rows, best, charsPerToken, perToken));
  if (realModel) lines.push(...realModelLines(realModel));
  lines.push("", "| measure | value |", "|---|---|");
  for (const row of rows) lines.push(`| model load in the worker, ${row.threads} thread(s) | ${fixed(row.engine.load, 0)} ms (first request on a fresh engine, fork included: ${fixed(row.engine.cold, 0)} ms) |`);
  lines.push(`| ghost text, ${inline.documentTokens}-token document, cold: first text p50 / p95 | ${fixed(inline.coldFirstMs.p50, 0)} / ${fixed(inline.coldFirstMs.p95, 0)} ms |`);
  lines.push(`| ghost text, cold: 12-token completion p50 / p95 | ${fixed(inline.cold12Ms.p50, 0)} / ${fixed(inline.cold12Ms.p95, 0)} ms |`);
  lines.push(`| ghost text, warm (a few characters typed): first text p50 / p95 | ${fixed(inline.warmFirstMs.p50, 0)} / ${fixed(inline.warmFirstMs.p95, 0)} ms |`);
  lines.push(`| ghost text, warm: 12-token completion p50 / p95 | ${fixed(inline.warm12Ms.p50, 0)} / ${fixed(inline.warm12Ms.p95, 0)} ms |`);
  lines.push(`| ghost text: cold/warm first-text p50 ratio | ${fixed(inline.coldFirstMs.p50 / inline.warmFirstMs.p50, 1)}x |`);
  lines.push(`| ghost text, warm: prompt tokens re-evaluated p50 / max | ${inline.warmEvaluatedTokens.p50} / ${inline.warmEvaluatedTokens.max} |`);
  lines.push(`| cancel mid-generation until the model stopped, p50 / max | ${fixed(cancel.p50, 1)} / ${fixed(cancel.max, 1)} ms |`);
  lines.push(promptCancelLine(promptCancel));
  lines.push(claimsBenchLine(claims));
  lines.push(`| extension activate() in VS Code ${activation ? "1.139" : "(failed)"} | ${activation ? `${fixed(activation.activateMs, 1)} ms${activation.activationWithLoadMs === null ? " (already activated at startup by a Markdown editor)" : ` (with loading the bundle: ${fixed(activation.activationWithLoadMs, 1)} ms)`}` : "n/a"} |`);
  if (catalogComparison) lines.push(...catalogComparisonLines(catalogComparison));
  lines.push("", `Generation ratio engine/native at the best thread count (${best.threads}): ${fixed(median(best.tgRatioByRound), 2)}; bench took ${fixed((performance.now() - started) / 60_000, 1)} min.`);
  console.log(lines.join("\n"));

  writeResults("latest", lines, { rows, perToken, realModel, inline, cancel, promptCancel, catalogComparison, activation, raw: Object.fromEntries(results) });
}

type GenerationRow = {
  threads: number;
  native: { pp: number; tg: number };
  engine: { tg: number; pp: number; chat: number; ttft: number };
  direct: { pp: number; tg: number; ttft: number };
  directDefault: { tg: number };
  tgRatioByRound: number[];
  chatDepth: ChatDepth;
};

/** The fixture's generation table: each layer at each thread count, and the tiny model's fixed costs. */
function generationLines(rows: readonly GenerationRow[], best: GenerationRow, charsPerToken: number, perToken: { native: number; direct: number; engine: number }): string[] {
  const lines: string[] = [];
  lines.push("", `Tailor bench: ${path.basename(model)}, ${rounds} rounds alternating thread counts, CPU only`, "");
  lines.push(`| threads | llama-bench pp512 | engine pp | direct pp | engine/native pp | llama-bench tg128 | engine tg | engine chat tg | direct tg | direct tg, default libuv pool | engine/native tg (median of rounds) | by round | engine/direct tg | chat/raw | ${chatDepthHeader} | TTFT 512 engine | TTFT 512 direct |`);
  lines.push(`|${"---|".repeat(19)}`);
  for (const row of rows) {
    lines.push(
      `| ${row.threads}${row === best ? " (best)" : ""} | ${fixed(row.native.pp)} | ${fixed(row.engine.pp)} | ${fixed(row.direct.pp)} | **${fixed(row.engine.pp / row.native.pp, 2)}** | ${fixed(row.native.tg)} | ${fixed(row.engine.tg)} | ${fixed(row.engine.chat)} | ${fixed(row.direct.tg)} | ${fixed(row.directDefault.tg)} | **${fixed(median(row.tgRatioByRound), 2)}** | ${row.tgRatioByRound.map((ratio) => fixed(ratio, 2)).join(", ")} | ${fixed(row.engine.tg / row.direct.tg, 2)} | ${fixed(row.engine.chat / row.engine.tg, 2)} | ${chatDepthCells(row.chatDepth)} | ${fixed(row.engine.ttft, 0)} ms | ${fixed(row.direct.ttft, 0)} ms |`,
    );
  }
  lines.push("", `Prompt-processing runs use a ${promptTokens}-token prompt (${fixed(charsPerToken, 2)} characters a token on this vocabulary, measured), each with a new opening so none is cached.`);
  lines.push("Rates are tokens a second (medians). engine = Tailor's worker + IPC + streaming to the host, raw completion; engine chat = the chat path commands use.");
  lines.push(chatDepthNote);
  lines.push("", "| fixed cost a token (tiny model, 1 thread) | ms |", "|---|---|");
  lines.push(`| llama.cpp alone | ${fixed(perToken.native, 3)} |`);
  lines.push(`| node-llama-cpp adds | ${fixed(perToken.direct - perToken.native, 3)} |`);
  lines.push(`| Tailor's worker, IPC and streaming add | ${fixed(perToken.engine - perToken.direct, 3)} |`);
  return lines;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

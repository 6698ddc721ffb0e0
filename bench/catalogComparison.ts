import * as path from "node:path";
import { defaultMaxContextSize } from "../src/engine/protocol";
import { llamaTool, startLlamaServer } from "../test/interop/llamaServerProcess";
import { runBatchedBench, type BatchedBenchRow } from "./batchedBench";
import { localCatalogBackend, runCatalogThroughput, serverCatalogBackend, type CatalogThroughput } from "./catalogBench";
import { fixed } from "./stats";

/**
 * Ratios within this of 1 are read as "no change": runs on this shared 2-core machine moved by
 * more than that between runs (bench/README.md, findings 1 and 7).
 */
const noise = 0.05;
/** The issue's bar: where native batching gains, Tailor's lanes must keep this share of it. */
const lanesTarget = 0.9;

export interface CatalogComparisonOptions {
  readonly workerPath: string;
  readonly modelPath: string;
  readonly sampleCsv: string;
  readonly products: number;
  readonly lanes: readonly number[];
  readonly threads: number;
  /** Whether llama-server runs too; off for a local-against-native check in half the time. */
  readonly server: boolean;
}

export interface NativeRow extends BatchedBenchRow {
  /** B requests of PP + TG tokens in T seconds, as a minute's rate. */
  readonly requestsPerMinute: number;
  /** Aggregate t/s over one sequence's at the same PP and TG, measured in the same call. */
  readonly gainVsOne: number;
}

export interface LaneComparison {
  readonly lanes: number;
  readonly local: CatalogThroughput;
  readonly server?: CatalogThroughput;
  /** llama-batched-bench run straight after this local run, at its own average request. */
  readonly native?: NativeRow;
  /** Native's aggregate t/s on the local run's own work (nativeTokensPerSecondFor). */
  readonly nativeForLocal?: number;
  /** Tailor over native, like for like: aggregate t/s against native's on the same work. */
  readonly localTokensVsNative?: number;
  readonly serverTokensVsNative?: number;
}

export interface CatalogComparison {
  readonly model: string;
  readonly threads: number;
  readonly products: number;
  /** Each lane's (local sequence's, server slot's) context, in tokens. */
  readonly contextPerLane: number;
  readonly rows: readonly LaneComparison[];
  /** Native aggregate t/s at each lane count over its value at one lane. */
  readonly nativeGain: Readonly<Record<string, number>>;
  /** Whether native batching gains on this CPU: aggregate t/s above 1 lane's by more than the noise at every count past 1. */
  readonly batchingGains?: boolean;
  /** Where it gains: whether Tailor's lanes reach lanesTarget of native's aggregate t/s at every count past 1. */
  readonly lanesMeetTarget?: boolean;
  /** The lane count that generated fastest locally: what "choose" (tailor.catalog.parallel = 0) should pick on this CPU. */
  readonly bestLocalLanes: number;
  readonly errors: readonly string[];
}

/**
 * Tailor's catalog runner at several lane counts three ways, on the same model, threads and
 * context per lane: its own engine (lanes = chat sequences), native batched decoding
 * (llama-batched-bench, B = lanes) at the prompt and generation lengths that run's requests really
 * had, and llama-server (-np = lanes) through the remote backend. The three run back to back for
 * each lane count: this shared machine's speed has moved by a factor of 3.5 between days and
 * unevenly within one, and a native figure taken half an hour after the local one once put
 * Tailor at 1.6 times llama.cpp (bench/README.md, section 19).
 */
export async function runCatalogComparison(options: CatalogComparisonOptions): Promise<CatalogComparison> {
  const contextPerLane = defaultMaxContextSize;
  const errors: string[] = [];
  const rows: LaneComparison[] = [];
  for (const lanes of options.lanes) {
    console.log(`Catalog, local engine: ${options.products} products, ${lanes} lane(s), ${options.threads} thread(s)…`);
    const local = await runCatalogThroughput(localCatalogBackend(options.workerPath, options.modelPath, options.threads, contextPerLane, lanes), options.sampleCsv, options.products, lanes);
    const native = runNativeAfter(local, options, errors);
    const server = options.server ? await runServer(lanes, options, contextPerLane, errors) : undefined;
    const nativeForLocal = native && nativeTokensPerSecondFor(native, local);
    rows.push({
      lanes,
      local,
      server,
      native,
      nativeForLocal,
      localTokensVsNative: nativeForLocal && local.tokensPerSecond / nativeForLocal,
      serverTokensVsNative: native && server && server.tokensPerSecond / nativeTokensPerSecondFor(native, server),
    });
  }
  const nativeGain: Record<string, number> = Object.fromEntries(rows.flatMap((row) => (row.native ? [[String(row.lanes), row.native.gainVsOne]] : [])));
  const pastOne = rows.filter((row) => row.lanes > 1 && row.native);
  const batchingGains = pastOne.length > 0 ? pastOne.every((row) => row.native!.gainVsOne > 1 + noise) : undefined;
  const lanesMeetTarget = batchingGains ? pastOne.every((row) => (row.localTokensVsNative ?? 0) >= lanesTarget) : undefined;
  const local = rows.map((row) => row.local);
  const atOne = local.find((run) => run.parallel === 1);
  // Compared on generations a minute, not products: lanes change which products need a rewrite
  // (a batch's sums round differently), and one rewrite fewer in a 4-product run looked like a 19%
  // gain for 4 lanes (bench/README.md, section 20). A lane's prompt-cache misses still count, as
  // longer prompts per request. A count is only worth its memory when it beats one lane by more
  // than the noise.
  const rate = (run: CatalogThroughput) => run.requestsPerMinute;
  const bestLocalLanes = local.reduce((best, run) => (atOne && rate(run) > rate(atOne) * (1 + noise) && rate(run) > rate(best) ? run : best), atOne ?? local[0]!).parallel;
  return { model: path.basename(options.modelPath), threads: options.threads, products: options.products, contextPerLane, rows, nativeGain, batchingGains, lanesMeetTarget, bestLocalLanes, errors };
}

/**
 * Native at B = the run's lanes and at B = 1, both at the run's own average request, so the gain
 * compares like with like. Its prompt is the run's whole prompt, not the part evaluated: each
 * token's cost grows with the context behind it, and a catalog request reuses about half its
 * prompt from the cache, so a prompt of the evaluated length alone had native generate at half
 * the depth Tailor did (bench/README.md, section 22).
 */
function runNativeAfter(run: CatalogThroughput, options: CatalogComparisonOptions, errors: string[]): NativeRow | undefined {
  const promptTokens = Math.max(1, Math.round(Math.max(run.wholePromptTokens, run.promptTokens) / Math.max(1, run.requests)));
  const generatedTokens = Math.max(1, Math.round(run.generatedTokens / Math.max(1, run.requests)));
  const batches = [...new Set([1, run.parallel])];
  console.log(`Native: llama-batched-bench -npp ${promptTokens} -ntg ${generatedTokens} -npl ${batches.join(",")}…`);
  try {
    const native = runBatchedBench(llamaTool("llama-batched-bench"), options.modelPath, options.threads, promptTokens, generatedTokens, batches);
    const one = native.find((row) => row.batches === 1)!;
    const atLanes = native.find((row) => row.batches === run.parallel)!;
    return { ...atLanes, requestsPerMinute: (atLanes.batches / atLanes.seconds) * 60, gainVsOne: atLanes.tokPerS / one.tokPerS };
  } catch (error) {
    errors.push(`llama-batched-bench at ${run.parallel}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

async function runServer(lanes: number, options: CatalogComparisonOptions, contextPerLane: number, errors: string[]): Promise<CatalogThroughput | undefined> {
  console.log(`Catalog, llama-server -np ${lanes}: ${options.products} products, concurrency ${lanes}…`);
  try {
    const running = await startLlamaServer({ model: options.modelPath, slots: lanes, contextPerSlot: contextPerLane, threads: options.threads });
    try {
      return await runCatalogThroughput(serverCatalogBackend(running, contextPerLane, lanes), options.sampleCsv, options.products, lanes);
    } finally {
      await running.stop();
    }
  } catch (error) {
    errors.push(`llama-server -np ${lanes}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/**
 * Native's aggregate t/s on a run's own work: the prompt tokens the run evaluated at native's
 * S_PP and the tokens it generated at native's S_TG, both measured at the run's depth for B
 * requests. Native's own S counts the cached prefix Tailor never reads again; and a server run's
 * model wrote shorter or longer answers than the local run native was sized to. Native's S_PP is
 * read from the start of the prompt, Tailor's from its middle: that favours native.
 */
function nativeTokensPerSecondFor(native: BatchedBenchRow, run: CatalogThroughput): number {
  if (run.requests === 0) return Number.NaN;
  return (run.promptTokens + run.generatedTokens) / (run.promptTokens / native.promptTokPerS + run.generatedTokens / native.generationTokPerS);
}

/**
 * Where a local run's wall time went, by the worker's own timings: how much of lanes × wall time
 * a request held a lane (the rest is the writing path's work between requests, such as checks and
 * the next prompt, and lanes with no product left to take); at one lane, also the prompt and
 * generation rates against native's at the same request. Past one lane requests share each
 * decode, so their own rates are not native's to compare.
 */
function engineSplit(row: LaneComparison): string | undefined {
  const { local, native } = row;
  if (local.promptSeconds === undefined || local.generationSeconds === undefined) return undefined;
  const wall = local.minutes * 60;
  const busy = (local.promptSeconds + local.generationSeconds) / (wall * row.lanes);
  const summary = `local, ${row.lanes} lane(s), by the worker's timings: lanes busy ${fixed(busy * 100, 0)}% of the run (${fixed(local.promptSeconds, 1)} s reading prompts, ${fixed(local.generationSeconds, 1)} s generating, over ${row.lanes} × ${fixed(wall, 1)} s)`;
  if (row.lanes !== 1) return `${summary}.`;
  const promptRate = local.promptTokens / local.promptSeconds;
  const generationRate = local.generatedTokens / local.generationSeconds;
  const against = (rate: number, nativeRate: number | undefined) => (nativeRate ? ` (${fixed(rate / nativeRate, 2)} of native's ${fixed(nativeRate)})` : "");
  return `${summary}; prompts at ${fixed(promptRate)} t/s${against(promptRate, native?.promptTokPerS)}, generation at ${fixed(generationRate)} t/s${against(generationRate, native?.generationTokPerS)}.`;
}

/** The bench's table for the comparison, with the verdicts the issue asks for. */
export function catalogComparisonLines(comparison: CatalogComparison): string[] {
  const lines = [
    "",
    `Catalog throughput: ${comparison.model}, ${comparison.products} products of the sample CSV, ${comparison.threads} thread(s), a ${comparison.contextPerLane}-token context per lane, the CLI's defaults (max tokens, temperature, seed).`,
    `local = Tailor's engine, lanes = chat sequences; server = llama-server -np lanes via --endpoint (concurrency = lanes); native = llama-batched-bench -npl 1,lanes straight after each local run, each sequence a prompt of that run's average whole prompt (cached prefix included: the depth it generated at) and its average answer (native PP / TG).`,
    "Requests are generations (drafts and rewrites); P / T per request = prompt tokens evaluated (cached prefix excluded) / generated; t/s = (P + T) per second of wall time; native requests/min = B / T s; native S = llama-batched-bench's aggregate t/s.",
    "native t/s on local's work = the local run's P at native's S_PP and its T at native's S_TG (B sequences at the same depth); x/native t/s divides run x's t/s by native's on x's own work, since native's S counts the prefix Tailor reads from its cache and a server's answers differ in length.",
    "",
    "| lanes | local products/min | local requests/min | local P / T per request | local t/s | server products/min | server requests/min | server P / T per request | server t/s | native PP / TG | native requests/min | native S t/s | native S_PP t/s | native S_TG t/s | native gain vs 1 lane | native t/s on local's work | local/native t/s | server/native t/s |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  const ratio = (value: number | undefined) => (value === undefined ? "n/a" : `**${fixed(value, 2)}**`);
  for (const row of comparison.rows) {
    const { local, server, native } = row;
    const perRequestOf = (run: CatalogThroughput | undefined) => (run && run.requests > 0 ? `${fixed(run.promptTokens / run.requests, 0)} / ${fixed(run.generatedTokens / run.requests, 0)}` : "n/a");
    lines.push(
      `| ${row.lanes} | ${fixed(local.productsPerMinute, 2)} | ${fixed(local.requestsPerMinute, 2)} | ${perRequestOf(local)} | ${fixed(local.tokensPerSecond)} | ${server ? fixed(server.productsPerMinute, 2) : "n/a"} | ${server ? fixed(server.requestsPerMinute, 2) : "n/a"} | ${perRequestOf(server)} | ${server ? fixed(server.tokensPerSecond) : "n/a"} | ${native ? `${native.promptTokens} / ${native.generatedTokens}` : "n/a"} | ${native ? fixed(native.requestsPerMinute, 2) : "n/a"} | ${native ? fixed(native.tokPerS) : "n/a"} | ${native ? fixed(native.promptTokPerS) : "n/a"} | ${native ? fixed(native.generationTokPerS) : "n/a"} | ${native ? fixed(native.gainVsOne, 2) : "n/a"} | ${row.nativeForLocal ? fixed(row.nativeForLocal) : "n/a"} | ${ratio(row.localTokensVsNative)} | ${ratio(row.serverTokensVsNative)} |`,
    );
  }
  lines.push("");
  for (const row of comparison.rows) {
    for (const run of [row.local, row.server]) {
      if (run) lines.push(`${run.backend}, ${row.lanes} lane(s): ${run.written} written, ${run.flagged} flagged, ${run.failed} failed of ${run.products} in ${fixed(run.minutes * 60, 0)} s (${fixed(run.finishedPerMinute, 2)} finished/min); ${run.requests} requests, ${run.promptTokens} prompt tokens evaluated of ${run.wholePromptTokens} whole + ${run.generatedTokens} generated.`);
      for (const failure of run?.failures ?? []) lines.push(`  ${run!.backend}, ${row.lanes} lane(s), failed: ${failure}`);
    }
    const split = engineSplit(row);
    if (split) lines.push(`  ${split}`);
  }
  lines.push("");
  if (comparison.batchingGains === undefined) lines.push("Native batching: not measured (see the errors below).");
  else if (!comparison.batchingGains) lines.push(`Native batching gains nothing on this CPU (aggregate t/s against 1 lane within ${noise * 100}% or below at some count): more lanes can only pay by filling one lane's gaps (sampling, checks, the next prompt) with another's decoding.`);
  else {
    lines.push(`Native batching gains on this CPU (aggregate t/s above 1 lane's by more than ${noise * 100}% at every count).`);
    const pastOne = comparison.rows.filter((row) => row.lanes > 1).map((row) => `${row.lanes} lanes ${fixed(row.localTokensVsNative ?? Number.NaN, 2)}`);
    lines.push(`Tailor's lanes ${comparison.lanesMeetTarget ? "reach" : "MISS"} ${lanesTarget * 100}% of native's aggregate t/s at every count past 1 (${pastOne.join(", ")}).`);
  }
  lines.push(`Fastest through the catalog locally (generations a minute, drafts and rewrites, more than ${noise * 100}% above 1 lane): ${comparison.bestLocalLanes} lane(s), what tailor.catalog.parallel's "choose" should give on this CPU.`);
  for (const error of comparison.errors) lines.push(`Error: ${error}`);
  return lines;
}

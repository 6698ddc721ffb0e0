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
/** The bar: where native batching gains, Tailor's lanes must keep this share of it. */
const lanesTarget = 0.9;

export interface CatalogComparisonOptions {
  readonly workerPath: string;
  readonly modelPath: string;
  readonly sampleCsv: string;
  readonly products: number;
  readonly lanes: readonly number[];
  readonly threads: number;
}

export interface NativeRow extends BatchedBenchRow {
  /** B requests of PP + TG tokens in T seconds, as a minute's rate. */
  readonly requestsPerMinute: number;
}

export interface LaneComparison {
  readonly lanes: number;
  readonly local: CatalogThroughput;
  readonly server?: CatalogThroughput;
  readonly native?: NativeRow;
  /**
   * Tailor over native, like for like: requests a minute against native's at the run's own
   * average prompt and generation lengths, and aggregate tokens a second.
   */
  readonly localRequestsVsNative?: number;
  readonly localTokensVsNative?: number;
  readonly serverRequestsVsNative?: number;
  readonly serverTokensVsNative?: number;
}

export interface CatalogComparison {
  readonly model: string;
  readonly threads: number;
  readonly products: number;
  /** Each lane's (local sequence's, server slot's) context, in tokens. */
  readonly contextPerLane: number;
  /** The average request of Tailor's local runs: llama-batched-bench's -npp and -ntg. */
  readonly perRequest: { readonly promptTokens: number; readonly generatedTokens: number };
  readonly rows: readonly LaneComparison[];
  /** Native aggregate t/s at each lane count over its value at one lane. */
  readonly nativeGain: Readonly<Record<string, number>>;
  /** Whether native batching gains on this CPU: aggregate t/s above 1 lane's by more than the noise at every count past 1. */
  readonly batchingGains?: boolean;
  /** Where it gains: whether Tailor's lanes reach lanesTarget of native's aggregate t/s at every count past 1. */
  readonly lanesMeetTarget?: boolean;
  /** The lane count that got through the catalog fastest locally: what "choose" (tailor.catalog.parallel = 0) should pick on this CPU. */
  readonly bestLocalLanes: number;
  readonly errors: readonly string[];
}

/**
 * Tailor's catalog runner at several lane counts three ways, on the same model, threads and
 * context per lane: its own engine (lanes = chat sequences), llama-server (-np = lanes) through the
 * remote backend, and native batched decoding (llama-batched-bench, B = lanes) at the prompt and
 * generation lengths Tailor's requests really had.
 */
export async function runCatalogComparison(options: CatalogComparisonOptions): Promise<CatalogComparison> {
  const contextPerLane = defaultMaxContextSize;
  const errors: string[] = [];
  const local: CatalogThroughput[] = [];
  for (const lanes of options.lanes) {
    console.log(`Catalog, local engine: ${options.products} products, ${lanes} lane(s), ${options.threads} thread(s)…`);
    local.push(await runCatalogThroughput(localCatalogBackend(options.workerPath, options.modelPath, options.threads, contextPerLane, lanes), options.sampleCsv, options.products, lanes));
  }
  const requests = local.reduce((sum, run) => sum + run.requests, 0);
  const perRequest = {
    promptTokens: Math.max(1, Math.round(local.reduce((sum, run) => sum + run.promptTokens, 0) / Math.max(1, requests))),
    generatedTokens: Math.max(1, Math.round(local.reduce((sum, run) => sum + run.generatedTokens, 0) / Math.max(1, requests))),
  };

  const server = new Map<number, CatalogThroughput>();
  for (const lanes of options.lanes) {
    console.log(`Catalog, llama-server -np ${lanes}: ${options.products} products, concurrency ${lanes}…`);
    try {
      const running = await startLlamaServer({ model: options.modelPath, slots: lanes, contextPerSlot: contextPerLane, threads: options.threads });
      try {
        server.set(lanes, await runCatalogThroughput(serverCatalogBackend(running, contextPerLane, lanes), options.sampleCsv, options.products, lanes));
      } finally {
        await running.stop();
      }
    } catch (error) {
      errors.push(`llama-server -np ${lanes}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }

  let native: BatchedBenchRow[] = [];
  console.log(`Native: llama-batched-bench -npp ${perRequest.promptTokens} -ntg ${perRequest.generatedTokens} -npl ${options.lanes.join(",")}…`);
  try {
    native = runBatchedBench(llamaTool("llama-batched-bench"), options.modelPath, options.threads, perRequest.promptTokens, perRequest.generatedTokens, options.lanes);
  } catch (error) {
    errors.push(`llama-batched-bench: ${error instanceof Error ? error.message : String(error)}`);
  }

  const rows: LaneComparison[] = local.map((localRun) => {
    const lanes = localRun.parallel;
    const nativeRow = native.find((row) => row.batches === lanes);
    const nativeWithRate = nativeRow && { ...nativeRow, requestsPerMinute: (nativeRow.batches / nativeRow.seconds) * 60 };
    const serverRun = server.get(lanes);
    return {
      lanes,
      local: localRun,
      server: serverRun,
      native: nativeWithRate,
      localRequestsVsNative: nativeWithRate && localRun.requestsPerMinute / nativeRequestsPerMinuteAt(nativeWithRate, localRun),
      localTokensVsNative: nativeWithRate && localRun.tokensPerSecond / nativeWithRate.tokPerS,
      serverRequestsVsNative: nativeWithRate && serverRun && serverRun.requestsPerMinute / nativeRequestsPerMinuteAt(nativeWithRate, serverRun),
      serverTokensVsNative: nativeWithRate && serverRun && serverRun.tokensPerSecond / nativeWithRate.tokPerS,
    };
  });
  const nativeAtOne = native.find((row) => row.batches === 1);
  const nativeGain: Record<string, number> = nativeAtOne ? Object.fromEntries(native.map((row) => [String(row.batches), row.tokPerS / nativeAtOne.tokPerS])) : {};
  const pastOne = rows.filter((row) => row.lanes > 1 && row.native);
  const batchingGains = nativeAtOne && pastOne.length > 0 ? pastOne.every((row) => nativeGain[String(row.lanes)]! > 1 + noise) : undefined;
  const lanesMeetTarget = batchingGains ? pastOne.every((row) => (row.localTokensVsNative ?? 0) >= lanesTarget) : undefined;
  const atOne = local.find((run) => run.parallel === 1);
  // A count is only worth its memory when it beats one lane by more than the noise.
  const bestLocalLanes = local.reduce((best, run) => (atOne && run.finishedPerMinute > atOne.finishedPerMinute * (1 + noise) && run.finishedPerMinute > best.finishedPerMinute ? run : best), atOne ?? local[0]!).parallel;
  return { model: path.basename(options.modelPath), threads: options.threads, products: options.products, contextPerLane, perRequest, rows, nativeGain, batchingGains, lanesMeetTarget, bestLocalLanes, errors };
}

/**
 * Native's requests a minute at a run's own average request. llama-batched-bench measured one
 * length (the local runs' average); a server run's model wrote shorter or longer answers, so its
 * requests are priced at native's prompt and generation rates for B requests of that run's size.
 */
function nativeRequestsPerMinuteAt(native: BatchedBenchRow, run: CatalogThroughput): number {
  if (run.requests === 0) return Number.NaN;
  return 60 / (run.promptTokens / run.requests / native.promptTokPerS + run.generatedTokens / run.requests / native.generationTokPerS);
}

/** The bench's table for the comparison, with the verdicts the issue asks for. */
export function catalogComparisonLines(comparison: CatalogComparison): string[] {
  const { perRequest } = comparison;
  const lines = [
    "",
    `Catalog throughput: ${comparison.model}, ${comparison.products} products of the sample CSV, ${comparison.threads} thread(s), a ${comparison.contextPerLane}-token context per lane, the CLI's defaults (max tokens, temperature, seed).`,
    `local = Tailor's engine, lanes = chat sequences; server = llama-server -np lanes via --endpoint (concurrency = lanes); native = llama-batched-bench -npl lanes -npp ${perRequest.promptTokens} -ntg ${perRequest.generatedTokens} (the local runs' average request).`,
    "Requests are generations (drafts and rewrites); t/s = (prompt tokens evaluated + generated) per second of wall time, llama-batched-bench's S t/s; native requests/min = B / T s.",
    "x/native requests compares with native at run x's own average P / T (native's S_PP and S_TG at that B), since the server's answers differ in length from the local ones.",
    "",
    "| lanes | local products/min | local requests/min | local P / T per request | local t/s | server products/min | server requests/min | server P / T per request | server t/s | native requests/min | native S t/s | native S_TG t/s | native gain vs 1 lane | local/native requests | local/native t/s | server/native requests | server/native t/s |",
    "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|",
  ];
  const ratio = (value: number | undefined) => (value === undefined ? "n/a" : `**${fixed(value, 2)}**`);
  for (const row of comparison.rows) {
    const { local, server, native } = row;
    const perRequestOf = (run: CatalogThroughput | undefined) => (run && run.requests > 0 ? `${fixed(run.promptTokens / run.requests, 0)} / ${fixed(run.generatedTokens / run.requests, 0)}` : "n/a");
    lines.push(
      `| ${row.lanes} | ${fixed(local.productsPerMinute, 2)} | ${fixed(local.requestsPerMinute, 2)} | ${perRequestOf(local)} | ${fixed(local.tokensPerSecond)} | ${server ? fixed(server.productsPerMinute, 2) : "n/a"} | ${server ? fixed(server.requestsPerMinute, 2) : "n/a"} | ${perRequestOf(server)} | ${server ? fixed(server.tokensPerSecond) : "n/a"} | ${native ? fixed(native.requestsPerMinute, 2) : "n/a"} | ${native ? fixed(native.tokPerS) : "n/a"} | ${native ? fixed(native.generationTokPerS) : "n/a"} | ${fixed(comparison.nativeGain[String(row.lanes)] ?? Number.NaN, 2)} | ${ratio(row.localRequestsVsNative)} | ${ratio(row.localTokensVsNative)} | ${ratio(row.serverRequestsVsNative)} | ${ratio(row.serverTokensVsNative)} |`,
    );
  }
  lines.push("");
  for (const row of comparison.rows) {
    for (const run of [row.local, row.server]) {
      if (run) lines.push(`${run.backend}, ${row.lanes} lane(s): ${run.written} written, ${run.flagged} flagged, ${run.failed} failed of ${run.products} in ${fixed(run.minutes * 60, 0)} s (${fixed(run.finishedPerMinute, 2)} finished/min); ${run.requests} requests, ${run.promptTokens} prompt + ${run.generatedTokens} generated tokens.`);
      for (const failure of run?.failures ?? []) lines.push(`  ${run!.backend}, ${row.lanes} lane(s), failed: ${failure}`);
    }
  }
  lines.push("");
  if (comparison.batchingGains === undefined) lines.push("Native batching: not measured (see the errors below).");
  else if (!comparison.batchingGains) lines.push(`Native batching gains nothing on this CPU (aggregate t/s against 1 lane within ${noise * 100}% or below at some count): more lanes can only pay by filling one lane's gaps (sampling, checks, the next prompt) with another's decoding.`);
  else {
    lines.push(`Native batching gains on this CPU (aggregate t/s above 1 lane's by more than ${noise * 100}% at every count).`);
    const pastOne = comparison.rows.filter((row) => row.lanes > 1).map((row) => `${row.lanes} lanes ${fixed(row.localTokensVsNative ?? Number.NaN, 2)}`);
    lines.push(`Tailor's lanes ${comparison.lanesMeetTarget ? "reach" : "MISS"} ${lanesTarget * 100}% of native's aggregate t/s at every count past 1 (${pastOne.join(", ")}).`);
  }
  lines.push(`Fastest through the catalog locally (products finished a minute, failed ones included, more than ${noise * 100}% above 1 lane): ${comparison.bestLocalLanes} lane(s), what tailor.catalog.parallel's "choose" should give on this CPU.`);
  for (const error of comparison.errors) lines.push(`Error: ${error}`);
  return lines;
}

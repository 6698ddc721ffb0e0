import { execFileSync } from "node:child_process";

/** One row of llama-batched-bench's table: B sequences, each reading PP prompt tokens and generating TG. */
export interface BatchedBenchRow {
  readonly promptTokens: number;
  readonly generatedTokens: number;
  readonly batches: number;
  readonly kvCells: number;
  readonly promptSeconds: number;
  readonly promptTokPerS: number;
  readonly generationSeconds: number;
  readonly generationTokPerS: number;
  /** Wall time for all B sequences' prompts and generations. */
  readonly seconds: number;
  /** All tokens (B × (PP + TG)) over `seconds`: aggregate throughput. */
  readonly tokPerS: number;
}

/**
 * Native batched decoding: llama.cpp's llama-batched-bench, with every sequence its own prompt
 * (not shared), as a catalog's products are. `-c` holds the largest batch whole; with a
 * per-sequence KV cache it is split between max(batches) sequences, so each gets PP + TG.
 */
export function runBatchedBench(binary: string, model: string, threads: number, promptTokens: number, generatedTokens: number, batches: readonly number[]): BatchedBenchRow[] {
  const perSequence = promptTokens + generatedTokens;
  const context = Math.ceil((Math.max(...batches) * perSequence + 256) / 256) * 256;
  const args = ["-m", model, "-c", String(context), "-npp", String(promptTokens), "-ntg", String(generatedTokens), "-npl", batches.join(","), "-t", String(threads), "-ngl", "0"];
  const output = execFileSync(binary, args, { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"], maxBuffer: 16 * 1024 * 1024 });
  const rows = parseBatchedBenchTable(output);
  const missing = batches.filter((b) => !rows.some((row) => row.batches === b));
  if (missing.length > 0) throw new Error(`llama-batched-bench printed no row for B = ${missing.join(", ")} (${binary} ${args.join(" ")}):\n${output.slice(-1500)}`);
  return rows;
}

/** The rows of its markdown table: | PP | TG | B | N_KV | T_PP s | S_PP t/s | T_TG s | S_TG t/s | T s | S t/s |. */
export function parseBatchedBenchTable(output: string): BatchedBenchRow[] {
  const rows: BatchedBenchRow[] = [];
  for (const line of output.split("\n")) {
    const cells = line.trim().replace(/^\||\|$/g, "").split("|").map((cell) => cell.trim());
    if (cells.length !== 10 || !cells.every((cell) => /^\d+(\.\d+)?$/.test(cell))) continue;
    const [pp, tg, b, nKv, tPp, sPp, tTg, sTg, t, s] = cells.map(Number) as [number, number, number, number, number, number, number, number, number, number];
    rows.push({ promptTokens: pp, generatedTokens: tg, batches: b, kvCells: nKv, promptSeconds: tPp, promptTokPerS: sPp, generationSeconds: tTg, generationTokPerS: sTg, seconds: t, tokPerS: s });
  }
  return rows;
}

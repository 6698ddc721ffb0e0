import { execFileSync } from "node:child_process";

export interface LayerResult {
  readonly promptTokPerS: number;
  readonly genTokPerS: number;
  /** Milliseconds to the first token after a 512-token prompt, where the layer can tell. */
  readonly firstTokenMs?: number;
  readonly loadMs?: number;
}

interface LlamaBenchRow {
  readonly n_prompt: number;
  readonly n_gen: number;
  readonly avg_ts: number;
}

/** llama.cpp's own llama-bench: pp512 and tg128 on the CPU, `repetitions` times each. */
export function runLlamaBench(binary: string, model: string, threads: number, repetitions = 3): LayerResult {
  const output = execFileSync(
    binary,
    ["-m", model, "-p", "512", "-n", "128", "-t", String(threads), "-r", String(repetitions), "-o", "json", "-ngl", "0"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 16 * 1024 * 1024 },
  );
  const rows = JSON.parse(output) as LlamaBenchRow[];
  const prompt = rows.find((row) => row.n_prompt > 0 && row.n_gen === 0);
  const gen = rows.find((row) => row.n_gen > 0 && row.n_prompt === 0);
  if (!prompt || !gen) throw new Error(`llama-bench printed no pp/tg rows: ${output.slice(0, 500)}`);
  return { promptTokPerS: prompt.avg_ts, genTokPerS: gen.avg_ts };
}

/**
 * llama-bench's tg128 after `depth` tokens of context: the native rate for an answer that starts
 * where a chat's does, after its template and system turn.
 */
export function runLlamaBenchGeneration(binary: string, model: string, threads: number, depth: number, repetitions = 3): number {
  const output = execFileSync(
    binary,
    ["-m", model, "-p", "0", "-n", "128", "-d", String(Math.round(depth)), "-t", String(threads), "-r", String(repetitions), "-o", "json", "-ngl", "0"],
    { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], maxBuffer: 16 * 1024 * 1024 },
  );
  const row = (JSON.parse(output) as LlamaBenchRow[]).find((candidate) => candidate.n_gen > 0);
  if (!row) throw new Error(`llama-bench printed no tg row: ${output.slice(0, 500)}`);
  return row.avg_ts;
}

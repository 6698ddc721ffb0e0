import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import { availableParallelism } from "node:os";
import * as path from "node:path";
import { repoRoot } from "../support/paths";

/**
 * llama.cpp's own llama-server on 127.0.0.1, for the interop tests and the catalog bench: one way
 * to build it, start it and wait for it, so a test and the bench measure the same server.
 */
export interface LlamaServerOptions {
  readonly model: string;
  /** Parallel slots (-np): requests the server decodes side by side. */
  readonly slots?: number;
  /** Context each slot gets; the server's -c is this times the slots, since it splits -c between them. */
  readonly contextPerSlot: number;
  readonly threads: number;
  readonly healthTimeoutMs?: number;
}

export interface RunningLlamaServer {
  /** The OpenAI-compatible base URL, ending in /v1. */
  readonly baseUrl: string;
  readonly origin: string;
  readonly slots: number;
  /** llama-server's own Prometheus counters (`llamacpp:prompt_tokens_total` …), by name without the prefix. */
  metrics(): Promise<Readonly<Record<string, number>>>;
  stop(): Promise<void>;
}

/** Builds llama-server once (bench/buildLlamaTool.sh caches it in .cache/) and returns its path. */
export function llamaServerBinary(): string {
  return llamaTool("llama-server");
}

/** One of the llama.cpp tools bench/buildLlamaTool.sh builds from the source inside node-llama-cpp. */
export function llamaTool(tool: "llama-server" | "llama-batched-bench" | "llama-bench"): string {
  return execFileSync("bash", [path.join(repoRoot, "bench", "buildLlamaTool.sh"), tool], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim().split("\n").pop()!;
}

/**
 * The thread count Tailor's engine takes when tailor.threads is 0 (autoThreads() in
 * src/engine/worker/modelRuntime.ts): half the cores, 1 to 8. Native baselines use it too, so
 * no side of a comparison gets more of the CPU than the user's default would.
 */
export function defaultEngineThreads(): number {
  return Math.max(1, Math.min(8, Math.floor(availableParallelism() / 2)));
}

export async function startLlamaServer(options: LlamaServerOptions): Promise<RunningLlamaServer> {
  const binary = llamaServerBinary();
  const slots = options.slots ?? 1;
  const port = await freePort();
  const origin = `http://127.0.0.1:${port}`;
  const args = [
    ["-m", options.model],
    ["--host", "127.0.0.1"],
    ["--port", String(port)],
    ["-c", String(options.contextPerSlot * slots)],
    ["-np", String(slots)],
    ["-t", String(options.threads)],
    ["--no-webui"],
    ["--metrics"],
  ].flat();
  const server = spawn(binary, args, { stdio: ["ignore", "ignore", "pipe"] });
  // Its log is long; the end is what explains a server that never became healthy.
  let logTail = "";
  server.stderr!.on("data", (chunk: Buffer) => {
    logTail = (logTail + chunk.toString("utf8")).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  const running: RunningLlamaServer = {
    baseUrl: `${origin}/v1`,
    origin,
    slots,
    metrics: () => readMetrics(origin),
    stop: async () => {
      if (server.exitCode === null && server.signalCode === null) server.kill("SIGTERM");
      await exited;
    },
  };
  try {
    await waitForHealth(origin, server, options.healthTimeoutMs ?? 60_000);
  } catch (error) {
    await running.stop();
    throw new Error(`${error instanceof Error ? error.message : String(error)}\nllama-server ${args.join(" ")}\n…${logTail}`);
  }
  return running;
}

/** The server answers /health with 503 while it loads and 200 once it is ready. */
async function waitForHealth(origin: string, server: ChildProcess, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const healthy = await fetch(`${origin}/health`).then((r) => r.ok, () => false);
    if (healthy) return;
    if (Date.now() > deadline || server.exitCode !== null) throw new Error(`llama-server did not become healthy (exit ${server.exitCode})`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function readMetrics(origin: string): Promise<Readonly<Record<string, number>>> {
  const response = await fetch(`${origin}/metrics`);
  if (!response.ok) throw new Error(`llama-server /metrics answered ${response.status}`);
  const metrics: Record<string, number> = {};
  for (const line of (await response.text()).split("\n")) {
    const match = /^llamacpp:(\w+)\s+(\S+)$/.exec(line.trim());
    if (match) metrics[match[1]!] = Number(match[2]);
  }
  return metrics;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

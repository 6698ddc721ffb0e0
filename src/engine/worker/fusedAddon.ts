import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

/**
 * Tailor's native completion loop (src/engine/native/fusedCompletion.cpp, built by
 * scripts/buildNativeCompletion.sh into dist/native/). It reads node-llama-cpp's own native objects
 * with the class layouts of the version it was built against, so it is used only with exactly that
 * node-llama-cpp and llama.cpp release; otherwise, or where it was not built, the worker keeps the
 * JavaScript loop in nativeCompletion.ts.
 */
export interface FusedAddon {
  readonly CompletionJob: new (context: object, model: object, options: FusedJobOptions, onEvent: FusedEventHandler) => FusedJob;
  /** The chats' loop over all of a context's sequences (src/engine/native/chatLanes.cpp). */
  readonly ChatLanes: new (context: object, model: object, contextSize: number) => NativeChatLanes;
  /** A persistent compute thread pool for the context (src/engine/native/threadPool.cpp). */
  readonly ThreadPool: new (context: object, model: object, contextSize: number, poll: number) => ComputeThreadPool;
  readonly fits: (context: object, model: object, contextSize: number) => boolean;
  readonly nodeLlamaCppVersion: string;
  readonly llamaCppRelease: string;
}

/** Where a native loop starts generating on a sequence, and how it samples: what both loops take. */
export interface NativeLoopStart {
  readonly sequenceId: number;
  /** Where the first token goes in the sequence. */
  readonly position: number;
  /** The prompt's last token, decoded first. */
  readonly firstToken: number;
  readonly maxTokens: number;
  readonly temperature: number;
  readonly topK: number;
  readonly topP: number;
  readonly seed: number;
}

export interface FusedJobOptions extends NativeLoopStart {
  /** All sequences' cells together, as llama.cpp counts the context. */
  readonly contextSize: number;
}

/**
 * ("token", id) for each token as it is sampled; then once ("done", reason, decodedUntil) or
 * ("failed", message, decodedUntil), where decodedUntil is the sequence position after the last
 * token the loop put in the KV cache.
 */
export type FusedEventHandler = (kind: "token" | "done" | "failed", value: number | string, decodedUntil?: number) => void;

export interface ChatLaneOptions extends NativeLoopStart {
  readonly minP: number;
  /** GBNF text and its root rule, where the answer must follow a grammar. */
  readonly grammar?: string;
  readonly grammarRoot?: string;
  readonly frequencyPenalty?: number;
  readonly penaltyWindow?: number;
  /** 1 for each token id the penalty leaves out. */
  readonly exempt?: Uint8Array;
}

export interface NativeChatLanes {
  /** Starts a lane; its events are those of FusedEventHandler. Returns the lane's id. */
  add(options: ChatLaneOptions, onEvent: FusedEventHandler): number;
  /** The lane stops before its next decode. */
  abort(lane: number): void;
  /** Resolves once no step is under way; none starts until as many resume() calls. */
  pause(): Promise<void>;
  resume(): void;
  /** The model's vocabulary size: the length of an `exempt` table. */
  vocabularySize(): number;
  /** Ends every lane (each reports "abort") and the loop's thread. */
  dispose(): void;
}

export interface ComputeThreadPool {
  /** The threads every decode on the context computes with; 0 where none was attached (one thread). */
  readonly threads: number;
  /** Frees the threads; call it once node-llama-cpp has disposed the context. */
  dispose(): void;
}

export interface FusedJob {
  /** Asks the loop to stop before its next decode. */
  abort(): void;
}

const fileName = "tailor-completion.node";

/** dist/native/ beside the bundled worker, or the repository's dist/native/ for tests and benches. */
function addonPath(): string | undefined {
  const override = process.env.TAILOR_NATIVE_COMPLETION;
  if (override !== undefined) return override === "off" || !existsSync(override) ? undefined : override;
  for (let dir = __dirname, depth = 0; depth < 5; depth++, dir = dirname(dir)) {
    for (const candidate of [join(dir, "native", fileName), join(dir, "dist", "native", fileName)]) {
      if (existsSync(candidate)) return candidate;
    }
  }
  return undefined;
}

/** The installed node-llama-cpp's version, read beside its entry point. */
function nodeLlamaCppVersion(): string | undefined {
  try {
    const entry = createRequire(__filename).resolve("node-llama-cpp");
    for (let dir = dirname(entry), depth = 0; depth < 4; depth++, dir = dirname(dir)) {
      const manifest = join(dir, "package.json");
      if (!existsSync(manifest)) continue;
      const parsed: unknown = JSON.parse(readFileSync(manifest, "utf8"));
      if (typeof parsed === "object" && parsed !== null && Reflect.get(parsed, "name") === "node-llama-cpp") {
        const version: unknown = Reflect.get(parsed, "version");
        return typeof version === "string" ? version : undefined;
      }
    }
  } catch {
    // Not resolvable from here: treated as a mismatch.
  }
  return undefined;
}

let loaded: FusedAddon | null | undefined;

/**
 * The addon, once per process, or null where it is missing, fails to load, or was built for
 * another node-llama-cpp or llama.cpp release than `llamaCppRelease` (node-llama-cpp's own).
 */
export function fusedAddon(llamaCppRelease: string): FusedAddon | null {
  if (loaded === undefined) {
    const path = addonPath();
    try {
      const addon = path === undefined ? null : (createRequire(__filename)(path) as FusedAddon);
      loaded = addon && addon.nodeLlamaCppVersion === nodeLlamaCppVersion() ? addon : null;
    } catch {
      loaded = null;
    }
  }
  return loaded && loaded.llamaCppRelease === llamaCppRelease ? loaded : null;
}

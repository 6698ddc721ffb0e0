import type { Llama, LlamaContext, LlamaContextSequence, LlamaModel, Token } from "node-llama-cpp" with { "resolution-mode": "import" };
import { fusedAddon, type FusedAddon } from "./fusedAddon";

/**
 * A raw completion (ghost text) driven a token at a time through node-llama-cpp's native context.
 *
 * Profiled on SmolLM2-135M at one thread (bench/README.md, "Where a token's time goes"), a token
 * took 13.1 ms in llama.cpp's kernels in both llama-bench and node-llama-cpp, but node-llama-cpp
 * spent about 1.4 ms more around them: 0.75 ms of JavaScript on the main thread (its batching
 * queue, locks, stream regulator and stop detectors, run for every token) and the rest in
 * sampling. Calling the same native decode and sampler directly, with nothing queued in between,
 * made 0.94-0.95 of llama-bench's tokens a second where `LlamaCompletion` made 0.87-0.92.
 *
 * These are node-llama-cpp's internal objects, so they are looked up and checked at run time:
 * where one is missing (another version), `nativeHandles` returns undefined and the worker keeps
 * `LlamaCompletion`. The sampler is the one node-llama-cpp builds, with the options it resolves
 * for a completion, so a seed gives the same tokens either way (test/unit/engine/nativeCompletion).
 *
 * Where Tailor's own addon is built (fusedAddon.ts), the loop itself runs in native code on a
 * thread of its own, and this side only cuts the text at stop triggers: that took away the two
 * trips to libuv's pool per token that kept this loop at about 0.90 of llama-bench (bench/README.md,
 * section 14).
 */

/** The native context methods used here, as node-llama-cpp 3.22's addon defines them. */
interface NativeContext {
  initBatch(size: number): void;
  addToBatch(sequenceId: number, firstTokenIndex: number, tokens: Uint32Array, logitIndexes: Uint32Array): Uint32Array;
  decodeBatch(): Promise<void>;
  sampleToken(batchLogitIndex: number, sampler: NativeSampler): Promise<number>;
  removeTokenCellsFromSequence(sequenceId: number, start: number, end: number): boolean;
}

interface NativeSampler {
  applyConfig(config: Readonly<Record<string, number>>): void;
  dispose(): void;
}

export interface NativeHandles {
  readonly context: NativeContext;
  readonly sequenceId: number;
  readonly newSampler: () => NativeSampler;
  /** Tailor's native loop and node-llama-cpp's objects it drives, where the addon fits them. */
  readonly fused?: FusedHandles;
}

export interface FusedHandles {
  readonly addon: FusedAddon;
  readonly context: object;
  readonly model: object;
  readonly contextSize: number;
}

const contextMethods = ["initBatch", "addToBatch", "decodeBatch", "sampleToken", "removeTokenCellsFromSequence"] as const;

/** The native objects behind `sequence`, or undefined where this node-llama-cpp lacks any of them. */
export function nativeHandles(llama: Llama, model: LlamaModel, sequence: LlamaContextSequence): NativeHandles | undefined {
  const context: unknown = Reflect.get(sequence.context, "_ctx");
  const sequenceId: unknown = Reflect.get(sequence, "_sequenceId");
  const bindings: unknown = Reflect.get(llama, "_bindings");
  const nativeModel: unknown = Reflect.get(model, "_model");
  const Sampler: unknown = isObject(bindings) ? Reflect.get(bindings, "AddonSampler") : undefined;
  if (!isObject(context) || !contextMethods.every((name) => typeof Reflect.get(context, name) === "function")) return undefined;
  if (typeof sequenceId !== "number" || typeof Sampler !== "function" || !isObject(nativeModel)) return undefined;
  const SamplerClass = Sampler as new (model: object) => NativeSampler;
  const fused = fusedTargets(llama, model, sequence.context);
  return { context: context as unknown as NativeContext, sequenceId, newSampler: () => new SamplerClass(nativeModel), fused };
}

/** Tailor's addon and node-llama-cpp's native objects it drives, where the addon fits them. */
export function fusedTargets(llama: Llama, model: LlamaModel, context: LlamaContext): FusedHandles | undefined {
  const nativeContext: unknown = Reflect.get(context, "_ctx");
  const nativeModel: unknown = Reflect.get(model, "_model");
  if (!isObject(nativeContext) || !isObject(nativeModel)) return undefined;
  // All sequences' cells together, as llama.cpp counts the context.
  const contextSize = context.contextSize * context.totalSequences;
  const addon = fusedAddon(llama.llamaCppRelease.release);
  return addon?.fits(nativeContext, nativeModel, contextSize) ? { addon, context: nativeContext, model: nativeModel, contextSize } : undefined;
}

function isObject(value: unknown): value is object {
  return typeof value === "object" && value !== null;
}

export interface NativeCompletionOptions {
  /** The whole prompt; the sequence already holds all of it but the last token. */
  readonly promptTokens: readonly Token[];
  readonly maxTokens: number;
  readonly temperature?: number;
  readonly seed?: number;
  readonly stopTriggers: readonly string[];
  readonly signal: AbortSignal;
  readonly onToken: (tokens: Token[]) => void;
  readonly onTextChunk: (text: string) => void;
}

export type NativeStopReason = "eogToken" | "customStopTrigger" | "maxTokens" | "abort";

/**
 * Whether `sequence` is ready for `completeNatively`: it holds the prompt but its last token (the
 * chunked read put it there), and the prompt and answer fit without the context shift that only
 * `LlamaCompletion` does.
 */
export function canCompleteNatively(sequence: LlamaContextSequence, promptTokens: readonly Token[], maxTokens: number | undefined): maxTokens is number {
  if (maxTokens === undefined || maxTokens < 1 || promptTokens.length === 0) return false;
  if (promptTokens.length + maxTokens > sequence.contextSize) return false;
  const held = sequence.contextTokens;
  return held.length === promptTokens.length - 1 && held.every((token, index) => token === promptTokens[index]);
}

/**
 * Generates after the prompt, as `LlamaCompletion.generateCompletionWithMeta` would: the same
 * sampler options (top-k 40, top-p 0.95, min-p 0), the text cut before the first stop trigger,
 * streamed without the part that may still turn out to begin one. What it decodes is taken out
 * of the KV cache again at the end, so the sequence holds what node-llama-cpp believes it holds:
 * the prompt but its last token, which the next request reuses.
 */
export async function completeNatively(
  handles: NativeHandles,
  model: LlamaModel,
  sequence: LlamaContextSequence,
  options: NativeCompletionOptions,
): Promise<{ text: string; reason: NativeStopReason }> {
  if (handles.fused) return completeInAddon(handles, handles.fused, model, sequence, options);
  const { context, sequenceId } = handles;
  const start = sequence.nextTokenIndex;
  let position = start;
  let input = options.promptTokens[options.promptTokens.length - 1]!;
  const text = new StopTriggerText(options.stopTriggers, options.onTextChunk);
  const generated: Token[] = [];
  const sampler = handles.newSampler();
  const token = Uint32Array.of(0);
  const logitOfIt = Uint32Array.of(0);
  try {
    sampler.applyConfig({
      temperature: options.temperature ?? 0,
      ...completionSampling,
      seed: samplingSeed(options.seed),
    });
    for (;;) {
      if (options.signal.aborted) return { text: text.finish({ cut: true }), reason: "abort" };
      context.initBatch(1);
      token[0] = input;
      const [logitIndex] = context.addToBatch(sequenceId, position, token, logitOfIt);
      position++;
      await context.decodeBatch();
      const next = (await context.sampleToken(logitIndex!, sampler)) as Token;
      if (next === -1 || model.isEogToken(next)) return { text: text.finish(), reason: "eogToken" };
      generated.push(next);
      options.onToken([next]);
      if (text.update(model.detokenize(generated))) return { text: text.finish(), reason: "customStopTrigger" };
      if (generated.length >= options.maxTokens) return { text: text.finish({ cut: true }), reason: "maxTokens" };
      input = next;
    }
  } finally {
    sampler.dispose();
    if (position > start) context.removeTokenCellsFromSequence(sequenceId, start, position);
  }
}

/** How a native loop's answer ends: its text and why, or what went wrong while its tokens were handled. */
export type NativeLoopOutcome = { text: string; reason: NativeStopReason } | { error: unknown };

/**
 * The outcome once a native loop reports its end: the one its token handler already settled on
 * (a stop trigger, the limit, a cancel, an error), else the loop's own failure or reason, with the
 * text cut unless the model itself ended it.
 */
export function loopEnd(kind: "done" | "failed", value: number | string, outcome: NativeLoopOutcome | undefined, text: StopTriggerText): NativeLoopOutcome {
  if (outcome) return outcome;
  if (kind === "failed") return { error: new Error(`The model stopped generating: ${String(value)}`) };
  const reason = value === "eogToken" ? "eogToken" : value === "maxTokens" ? "maxTokens" : "abort";
  return { text: text.finish({ cut: reason !== "eogToken" }), reason };
}

/** node-llama-cpp's resolved sampler options for a completion or a chat, which Tailor's loops use too. */
export const completionSampling = { minP: 0, topK: 40, topP: 0.95 } as const;

/** The seed as node-llama-cpp resolves it: a missing one is the current second. */
export function samplingSeed(seed: number | undefined): number {
  return Math.max(0, Math.floor(seed ?? Date.now() / 1000));
}

/**
 * The same completion, looped by Tailor's addon on its own thread. Tokens it sampled after a stop
 * trigger, a cancel or the token limit are dropped here, and taken out of the cache with the rest.
 */
function completeInAddon(
  handles: NativeHandles,
  fused: FusedHandles,
  model: LlamaModel,
  sequence: LlamaContextSequence,
  options: NativeCompletionOptions,
): Promise<{ text: string; reason: NativeStopReason }> {
  const start = sequence.nextTokenIndex;
  const text = new StopTriggerText(options.stopTriggers, options.onTextChunk);
  const generated: Token[] = [];
  return new Promise((resolve, reject) => {
    let outcome: NativeLoopOutcome | undefined;
    const stop = (reason: NativeStopReason, cut = false): void => {
      outcome ??= { text: text.finish({ cut }), reason };
      job.abort();
    };
    // A cancel from inside onToken waits for that token's text, as the JavaScript loop's does.
    let handlingToken = false;
    const onAbort = (): void => (handlingToken ? job.abort() : stop("abort", true));
    const job = new fused.addon.CompletionJob(
      fused.context,
      fused.model,
      {
        contextSize: fused.contextSize,
        sequenceId: handles.sequenceId,
        position: start,
        firstToken: options.promptTokens[options.promptTokens.length - 1]!,
        maxTokens: options.maxTokens,
        temperature: options.temperature ?? 0,
        topK: completionSampling.topK,
        topP: completionSampling.topP,
        seed: samplingSeed(options.seed),
      },
      (kind, value, decodedUntil) => {
        if (kind === "token") {
          if (outcome) return;
          handlingToken = true;
          try {
            generated.push(value as Token);
            options.onToken([value as Token]);
            if (text.update(model.detokenize(generated))) stop("customStopTrigger");
            else if (generated.length >= options.maxTokens) stop("maxTokens", true);
            else if (options.signal.aborted) stop("abort", true);
          } catch (error) {
            outcome = { error };
            job.abort();
          } finally {
            handlingToken = false;
          }
          return;
        }
        options.signal.removeEventListener("abort", onAbort);
        if (decodedUntil !== undefined && decodedUntil > start) handles.context.removeTokenCellsFromSequence(handles.sequenceId, start, decodedUntil);
        outcome = loopEnd(kind, value, outcome, text);
        if ("error" in outcome) reject(outcome.error);
        else resolve(outcome);
      },
    );
    options.signal.addEventListener("abort", onAbort, { once: true });
    if (options.signal.aborted) onAbort();
  });
}

/**
 * The response text as tokens arrive: cut before the first stop trigger, and streamed without a
 * tail that is still the start of a trigger or an unfinished UTF-8 character, so nothing shown has
 * to be taken back.
 */
export class StopTriggerText {
  private full = "";
  private sent = 0;
  private stoppedAt: number | undefined;

  constructor(
    private readonly triggers: readonly string[],
    private readonly onChunk: (text: string) => void,
    /** Whether the response leaves out trailing whitespace, as node-llama-cpp's JSON grammars ask. */
    private readonly options: { readonly trimTrailingWhitespace?: boolean } = {},
  ) {}

  /** Takes the whole text so far; true once it holds a stop trigger. */
  update(full: string): boolean {
    this.full = full;
    const stop = this.firstTrigger();
    if (stop !== undefined) {
      this.stoppedAt = stop;
      return true;
    }
    this.send(full.length - this.heldBack());
    return false;
  }

  /**
   * Sends what is left and returns the response. A response cut short (by the token limit or a
   * cancel) leaves out a half character at its end, as LlamaCompletion does: the bytes that would
   * finish it never came, and "\uFFFD" is no text to show.
   */
  finish({ cut = false }: { cut?: boolean } = {}): string {
    const end = this.stoppedAt ?? this.full.length - (cut ? this.halfCharacterAtEnd() : 0);
    const response = this.options.trimTrailingWhitespace ? this.full.slice(0, end).trimEnd() : this.full.slice(0, end);
    this.send(response.length);
    return response;
  }

  private send(upTo: number): void {
    if (upTo <= this.sent) return;
    this.onChunk(this.full.slice(this.sent, upTo));
    this.sent = upTo;
  }

  private firstTrigger(): number | undefined {
    let first: number | undefined;
    for (const trigger of this.triggers) {
      if (trigger.length === 0) continue;
      const at = this.full.indexOf(trigger);
      if (at >= 0 && (first === undefined || at < first)) first = at;
    }
    return first;
  }

  /** The replacement characters at the end: bytes of a character whose rest has not arrived. */
  private halfCharacterAtEnd(): number {
    return /\uFFFD+$/u.exec(this.full)?.[0].length ?? 0;
  }

  /** How many characters at the end may still change: a trigger's beginning, or a half character. */
  private heldBack(): number {
    let held = this.halfCharacterAtEnd();
    if (this.options.trimTrailingWhitespace) held = Math.max(held, this.full.length - this.full.trimEnd().length);
    for (const trigger of this.triggers) {
      for (let length = Math.min(trigger.length - 1, this.full.length); length > held; length--) {
        if (this.full.endsWith(trigger.slice(0, length))) {
          held = length;
          break;
        }
      }
    }
    return held;
  }
}

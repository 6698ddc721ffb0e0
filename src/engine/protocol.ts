import type { ChatMessage } from "../core/chat";
import { isRecord } from "../core/values";

/**
 * The messages between the extension host and the model worker process. Both sides validate
 * what they receive: a worker is a separate program, and a message from it is input.
 */

/** The context a load asks for when tailor.contextSize is 0: the largest that fits, up to this. */
export const defaultMaxContextSize = 4096;

export type JsonSchema = { readonly [key: string]: unknown };

export interface LoadSettings {
  readonly modelPath: string;
  /** 0 lets the worker choose (half the cores). */
  readonly threads: number;
  readonly gpu: "auto" | "off";
  /** 0: the largest context up to 4096 tokens that fits in memory. */
  readonly contextSize: number;
  /**
   * Chat sequences to create in the one context (ghost text has one more of its own). More than
   * one lets catalog runs write several products at once; each costs a context's worth of memory,
   * so the worker creates fewer when they would not fit.
   */
  readonly chatSequences: number;
}

export type HostToWorker =
  | ({ readonly type: "load"; readonly id: number } & LoadSettings)
  | {
      readonly type: "generate";
      readonly id: number;
      readonly messages: readonly ChatMessage[];
      readonly jsonSchema?: JsonSchema;
      readonly maxTokens: number;
      readonly temperature: number;
      readonly seed?: number;
      /**
       * A frequency penalty over the last generated tokens (0 or absent: none), with the JSON's
       * punctuation exempt; see worker/repeatPenalty.ts.
       */
      readonly frequencyPenalty?: number;
      /** Which chat sequence to run on; chats on different lanes run at the same time. */
      readonly lane?: number;
    }
  | {
      /** Raw continuation of text, no chat template: ghost text and benchmarks. */
      readonly type: "complete";
      readonly id: number;
      readonly prompt: string;
      /** The text after the cursor, used when the model supports infill. */
      readonly suffix?: string;
      readonly maxTokens: number;
      readonly temperature: number;
      readonly seed?: number;
      /** Text that ends the completion (not included), such as a newline. */
      readonly stopTriggers?: readonly string[];
    }
  | { readonly type: "cancel"; readonly id: number }
  | { readonly type: "unload"; readonly id: number }
  | { readonly type: "dispose" };

export type StopReason = "completed" | "maxTokens" | "cancelled";

export interface LoadedModel {
  readonly modelPath: string;
  readonly name: string;
  readonly contextSize: number;
  readonly loadMs: number;
  readonly gpu: string;
  /** Chat sequences actually created: fewer than asked for when memory is short. */
  readonly chatSequences: number;
  /** The chat template the worker formats chats with ("ChatML", "Gemma", "Template", …), as node-llama-cpp names it. */
  readonly chatWrapper: string;
}

export interface GenerationTimings {
  readonly firstTokenMs?: number;
  readonly totalMs: number;
  /** Prompt tokens the model actually evaluated: fewer than the prompt's when its start was cached. */
  readonly promptTokensEvaluated?: number;
  /**
   * The whole prompt's length, cached start included: the depth of context the answer is
   * generated at, which sets the cost of each generated token as much as the model does.
   */
  readonly promptTokens?: number;
  /**
   * Which loop generated: Tailor's native addon (its completion loop, or its chat lanes),
   * Tailor's JavaScript loop over node-llama-cpp's native calls (completions only), or
   * node-llama-cpp's own (infill, and wherever the others cannot run).
   */
  readonly loop?: GenerationLoop;
}

export type GenerationLoop = "tailor-addon" | "tailor-javascript" | "node-llama-cpp";

export type WorkerToHost =
  | { readonly type: "ready"; readonly pid: number }
  | { readonly type: "loaded"; readonly id: number; readonly model: LoadedModel }
  | { readonly type: "unloaded"; readonly id: number }
  | { readonly type: "text"; readonly id: number; readonly text: string; readonly tokens: number }
  /** A long prompt is read in chunks; after each, how many of its tokens the model has read. */
  | { readonly type: "promptRead"; readonly id: number; readonly read: number; readonly total: number }
  | {
      readonly type: "done";
      readonly id: number;
      readonly text: string;
      readonly stopReason: StopReason;
      readonly tokens: number;
      readonly timings: GenerationTimings;
    }
  | {
      readonly type: "failed";
      readonly id: number;
      readonly message: string;
      /** Set when the model was refused because it would not fit in memory. */
      readonly memory?: { readonly neededBytes: number; readonly availableBytes: number };
      /** Set when this request's prompt and answer did not fit the context: the model itself is fine. */
      readonly contextOverflow?: { readonly contextSize: number };
    }
  | { readonly type: "log"; readonly message: string };

const isNumber = (value: unknown): value is number => typeof value === "number" && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === "string";

export function isWorkerToHost(value: unknown): value is WorkerToHost {
  if (!isRecord(value) || !isString(value.type)) return false;
  switch (value.type) {
    case "ready":
      return isNumber(value.pid);
    case "loaded":
      return isNumber(value.id) && isRecord(value.model) && isString(value.model.name) && isString(value.model.modelPath) && isNumber(value.model.chatSequences);
    case "unloaded":
      return isNumber(value.id);
    case "text":
      return isNumber(value.id) && isString(value.text) && isNumber(value.tokens);
    case "promptRead":
      return isNumber(value.id) && isNumber(value.read) && isNumber(value.total);
    case "done":
      return (
        isNumber(value.id) &&
        isString(value.text) &&
        isNumber(value.tokens) &&
        (value.stopReason === "completed" || value.stopReason === "maxTokens" || value.stopReason === "cancelled") &&
        isRecord(value.timings)
      );
    case "failed":
      return isNumber(value.id) && isString(value.message);
    case "log":
      return isString(value.message);
    default:
      return false;
  }
}

export function isHostToWorker(value: unknown): value is HostToWorker {
  if (!isRecord(value) || !isString(value.type)) return false;
  switch (value.type) {
    case "load":
      return (
        isNumber(value.id) &&
        isString(value.modelPath) &&
        isNumber(value.threads) &&
        isNumber(value.contextSize) &&
        isNumber(value.chatSequences) &&
        value.chatSequences >= 1 &&
        (value.gpu === "auto" || value.gpu === "off")
      );
    case "generate":
      return (
        isNumber(value.id) &&
        Array.isArray(value.messages) &&
        isNumber(value.maxTokens) &&
        isNumber(value.temperature) &&
        (value.frequencyPenalty === undefined || (isNumber(value.frequencyPenalty) && value.frequencyPenalty >= 0)) &&
        (value.lane === undefined || (isNumber(value.lane) && value.lane >= 0))
      );
    case "complete":
      return isNumber(value.id) && isString(value.prompt) && isNumber(value.maxTokens) && isNumber(value.temperature);
    case "cancel":
    case "unload":
      return isNumber(value.id);
    case "dispose":
      return true;
    default:
      return false;
  }
}

import type { GenerationTimings, HostToWorker, LoadedModel, StopReason } from "./protocol";

/**
 * User commands go first. Catalog runs ("batch") come next: several of their requests may run
 * at once, each on its own lane, but a user command waits only for the ones already running.
 * Background work such as ghost text goes last, and any other request cancels it.
 */
export type RequestPriority = "user" | "batch" | "background";

/** A chat, optionally under a JSON schema: the worker's "generate" message without its routing. */
export type GenerationRequest = Omit<Extract<HostToWorker, { type: "generate" }>, "type" | "id">;

/** A raw continuation of text: the worker's "complete" message without its routing. */
export type CompletionRequest = Omit<Extract<HostToWorker, { type: "complete" }>, "type" | "id">;

export interface GenerationOptions {
  readonly priority?: RequestPriority;
  readonly signal?: AbortSignal;
  /** Streams each piece of text as the model writes it. */
  readonly onText?: (chunk: string) => void;
  /** While a long prompt is read, before any text: prompt tokens read so far, of how many. */
  readonly onPromptRead?: (read: number, total: number) => void;
  /** Called when the model has to be loaded first, before any text. */
  readonly onLoading?: (modelPath: string) => void;
  /** For batch requests: how many may run at once (memory permitting); 0 lets the engine choose. */
  readonly parallel?: number;
  /**
   * Finishes work already begun (the rewrite of a draft): it goes before other waiting requests of
   * its priority, so a catalog product is done before the next one starts.
   */
  readonly aheadOfItsPriority?: boolean;
}

export interface GenerationResult {
  readonly text: string;
  readonly stopReason: StopReason;
  readonly tokens: number;
  readonly timings: GenerationTimings;
  readonly model: LoadedModel;
}

export type EngineStateKind = "noModel" | "notLoaded" | "loading" | "idle" | "generating" | "error" | "crashed";

export interface EngineState {
  readonly kind: EngineStateKind;
  readonly modelPath?: string;
  /** The model's general.name once known. */
  readonly modelName?: string;
  /** What went wrong, for error and crashed. */
  readonly message?: string;
}

/** Counters that tests and the bench read to see what the engine really did. */
export interface EngineStats {
  workerStarts: number;
  workerExits: number;
  modelLoads: number;
  requestsStarted: number;
  requestsCompleted: number;
  requestsCancelled: number;
  requestsFailed: number;
  /** Background requests stopped because a user request arrived. */
  requestsPreempted: number;
  tokensGenerated: number;
  /** The most requests that ran at once (batch requests share the context on separate lanes). */
  peakConcurrentRequests: number;
  /** From sending a cancel to the worker's confirmation that the model stopped. */
  lastCancelLatencyMs?: number;
}

export type EngineErrorCode =
  | "noModel"
  | "invalidModel"
  | "insufficientMemory"
  | "loadFailed"
  | "generationFailed"
  /** One request's prompt and answer did not fit the context; the model is fine. */
  | "contextOverflow"
  | "workerCrashed"
  | "disposed";

/** Failures of one request, not of the model: they leave the engine's state as it was. */
export const requestErrorCodes: readonly EngineErrorCode[] = ["contextOverflow"];

export class EngineError extends Error {
  override readonly name = "EngineError";
  constructor(
    readonly code: EngineErrorCode,
    message: string,
    /** For insufficientMemory: a smaller catalog model that would fit, to offer instead. */
    readonly suggestedModelId?: string,
  ) {
    super(message);
  }
}

import { largestModelWithin } from "../core/models/modelList";
import { formatBytes } from "../core/text/formatBytes";
import { Emitter } from "../core/emitter";
import {
  EngineError,
  requestErrorCodes,
  type EngineState,
  type EngineStats,
  type GenerationOptions,
  type CompletionRequest,
  type GenerationRequest,
  type GenerationResult,
  type RequestPriority,
} from "./engineTypes";
import { ModelFileError, precheckModelFile } from "./gguf/modelPrecheck";
import { defaultMaxContextSize, type HostToWorker, type LoadedModel, type LoadSettings, type WorkerToHost } from "./protocol";
import { lanesToLoad, RequestScheduler, type ScheduledRequest } from "./requestScheduler";
import { WorkerProcess, type WorkerExit, type WorkerLaunchOptions } from "./workerProcess";

export interface EngineConfig {
  readonly modelPath: string | undefined;
  readonly threads: number;
  readonly gpu: "auto" | "off";
  readonly contextSize: number;
  /** Unload the model after this long without a request, to give its memory back; 0 never. */
  readonly unloadAfterIdleMs?: number;
}

interface PendingRequest extends ScheduledRequest {
  readonly toMessage: (id: number) => HostToWorker;
  readonly options: GenerationOptions;
  readonly resolve: (result: GenerationResult) => void;
  readonly reject: (error: Error) => void;
  /** Set when a user request pushed this background request aside. */
  preempted: boolean;
  cancelSentAt?: number;
  /** Removes the request's listener from its abort signal, which may outlive it (a whole catalog run). */
  detach?: () => void;
}

/** What a message routed to one request id may be. */
type RoutedMessage = Extract<WorkerToHost, { id: number }>;
type Route = { onMessage(message: RoutedMessage): void; onExit(exit: WorkerExit): void };

/**
 * The host side of the model engine: it forks and supervises the worker, loads the configured
 * model on first use, queues requests (user before background), streams text and cancels.
 * A worker that dies fails the request in flight with a clear error; the next request starts
 * a fresh worker.
 */
export class EngineClient {
  private config: EngineConfig;
  private worker: WorkerProcess | undefined;
  /** `chatSequences`: how many were asked for, so a smaller grant is not reloaded again and again. */
  private loaded: { key: string; chatSequences: number; model: LoadedModel } | undefined;
  private readonly routes = new Map<number, Route>();
  private readonly scheduler = new RequestScheduler<PendingRequest>(
    (pending) => {
      this.statsValue.peakConcurrentRequests = Math.max(this.statsValue.peakConcurrentRequests, this.scheduler.runningCount);
      return this.run(pending);
    },
    () => this.loaded?.model.chatSequences,
    (idle) => (idle ? this.scheduleIdleUnload() : clearTimeout(this.idleTimer)),
  );
  private idleTimer: NodeJS.Timeout | undefined;
  private nextId = 1;
  private disposed = false;
  private stateValue: EngineState;
  private readonly states = new Emitter<EngineState>();
  private readonly statsValue: EngineStats = {
    workerStarts: 0,
    workerExits: 0,
    modelLoads: 0,
    requestsStarted: 0,
    requestsCompleted: 0,
    requestsCancelled: 0,
    requestsFailed: 0,
    requestsPreempted: 0,
    tokensGenerated: 0,
    peakConcurrentRequests: 0,
  };

  readonly onDidChangeState = this.states.event;

  constructor(
    private readonly launch: WorkerLaunchOptions,
    config: EngineConfig,
  ) {
    this.config = config;
    this.stateValue = config.modelPath ? { kind: "notLoaded", modelPath: config.modelPath } : { kind: "noModel" };
    void this.describeConfiguredModel();
  }

  get state(): EngineState {
    return this.stateValue;
  }

  get stats(): Readonly<EngineStats> {
    return { ...this.statsValue };
  }

  get workerPid(): number | undefined {
    return this.worker?.alive ? this.worker.pid : undefined;
  }

  get loadedModel(): LoadedModel | undefined {
    return this.loaded?.model;
  }

  /** The context a request gets: the loaded model's, else what a load will ask for (memory may give less). */
  get contextTokens(): number {
    return this.loaded?.model.contextSize ?? (this.config.contextSize > 0 ? this.config.contextSize : defaultMaxContextSize);
  }

  /**
   * Takes new settings. A different model (or load settings) unloads the current one now if
   * the engine is idle; the next request loads the new one either way.
   */
  configure(config: EngineConfig): void {
    const changed = loadKey(config) !== loadKey(this.config);
    this.config = config;
    if (!changed) {
      this.scheduleIdleUnload();
      return;
    }
    if (this.scheduler.runningCount === 0 && this.loaded) void this.unload();
    this.setState(config.modelPath ? { kind: "notLoaded", modelPath: config.modelPath } : { kind: "noModel" });
    void this.describeConfiguredModel();
  }

  /** A chat, optionally under a JSON schema (structured output). */
  generate(request: GenerationRequest, options: GenerationOptions = {}): Promise<GenerationResult> {
    return this.enqueue((id) => ({ type: "generate", id, ...request }), options);
  }

  /** A raw continuation of text, with the prompt's cached start reused (ghost text). */
  complete(request: CompletionRequest, options: GenerationOptions = {}): Promise<GenerationResult> {
    return this.enqueue((id) => ({ type: "complete", id, ...request }), options);
  }

  private enqueue(toMessage: (id: number) => HostToWorker, options: GenerationOptions): Promise<GenerationResult> {
    if (this.disposed) return Promise.reject(new EngineError("disposed", "Tailor's engine has shut down."));
    const priority = options.priority ?? "user";
    return new Promise<GenerationResult>((resolve, reject) => {
      const pending: PendingRequest = { id: this.nextId++, toMessage, options, priority, resolve, reject, settled: false, preempted: false };
      if (options.signal?.aborted) {
        this.settleCancelled(pending, "");
        return;
      }
      const onAbort = () => this.cancel(pending);
      options.signal?.addEventListener("abort", onAbort, { once: true });
      pending.detach = () => options.signal?.removeEventListener("abort", onAbort);
      this.preemptBackground(priority);
      this.scheduler.add(pending);
    });
  }

  /** Frees the model's memory; the worker stays for the next request. */
  async unload(): Promise<void> {
    if (!this.loaded || !this.worker?.alive) {
      this.loaded = undefined;
      return;
    }
    this.loaded = undefined;
    await this.request({ type: "unload" }, (message) => message.type === "unloaded").catch(() => undefined);
  }

  /** Disposes the engine and resolves once its worker process has exited (freeing the model's memory). */
  async shutdown(): Promise<void> {
    const worker = this.worker;
    this.dispose();
    await worker?.exited;
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    clearTimeout(this.idleTimer);
    for (const pending of this.scheduler.all()) {
      this.settleError(pending, new EngineError("disposed", "Tailor's engine has shut down."));
    }
    this.scheduler.clearQueue();
    this.worker?.dispose();
    this.worker = undefined;
    this.states.dispose();
  }

  private async run(pending: PendingRequest): Promise<void> {
    this.statsValue.requestsStarted++;
    try {
      const model = await this.ensureLoaded(pending);
      if (pending.settled) return;
      // Let further batch requests take the other lanes now that the model is loaded.
      if (pending.priority === "batch") queueMicrotask(() => this.scheduler.pump());
      this.setState({ kind: "generating", modelPath: model.modelPath, modelName: model.name });
      const result = await this.generateOnWorker(pending, model);
      if (this.scheduler.runningCount === 1) this.setState({ kind: "idle", modelPath: model.modelPath, modelName: model.name });
      if (result.stopReason === "cancelled") this.statsValue.requestsCancelled++;
      else this.statsValue.requestsCompleted++;
      this.statsValue.tokensGenerated += result.tokens;
      this.settle(pending, result);
    } catch (error) {
      const engineError = error instanceof EngineError ? error : new EngineError("generationFailed", String(error));
      if (requestErrorCodes.includes(engineError.code)) {
        if (this.scheduler.runningCount === 1 && this.loaded) this.setState({ kind: "idle", modelPath: this.loaded.model.modelPath, modelName: this.loaded.model.name });
      } else if (engineError.code !== "workerCrashed") {
        this.setState({ kind: "error", modelPath: this.config.modelPath, modelName: this.stateValue.modelName, message: engineError.message });
      }
      this.statsValue.requestsFailed++;
      this.settleError(pending, engineError);
    }
  }

  private async ensureLoaded(pending: PendingRequest): Promise<LoadedModel> {
    const config = this.config;
    if (!config.modelPath) {
      throw new EngineError("noModel", "No model is set. Set tailor.model to the absolute path of a .gguf model file.");
    }
    const key = loadKey(config);
    const chatSequences = lanesToLoad(pending);
    if (this.loaded?.key === key && this.loaded.chatSequences >= chatSequences && this.worker?.alive) return this.loaded.model;
    const modelPath = config.modelPath;
    this.setState({ kind: "loading", modelPath, modelName: this.stateValue.modelName });
    pending.options.onLoading?.(modelPath);
    try {
      // Checked here, in JS, because some malformed files make llama.cpp abort the process.
      await precheckModelFile(modelPath);
    } catch (error) {
      if (error instanceof ModelFileError) throw new EngineError("invalidModel", error.message);
      throw error;
    }
    // A context with more sequences is kept for later requests rather than shrunk again.
    const settings: LoadSettings = {
      modelPath,
      threads: config.threads,
      gpu: config.gpu,
      contextSize: config.contextSize,
      chatSequences: Math.max(chatSequences, this.loaded?.key === key ? this.loaded.chatSequences : 1),
    };
    const reply = await this.request({ type: "load", ...settings }, (message) => message.type === "loaded").catch((error: Error) => {
      if (error instanceof InsufficientMemory) {
        const smaller = largestModelWithin(error.availableBytes * 0.8);
        throw new EngineError(
          "insufficientMemory",
          `Not enough memory for ${modelPath}: ${error.message} Close other programs, lower tailor.contextSize, or choose a smaller model${smaller ? `, such as ${smaller.displayName} (${formatBytes(smaller.sizeBytes)})` : ""}.`,
          smaller?.id,
        );
      }
      if (error instanceof EngineError && error.code === "workerCrashed") {
        throw new EngineError("workerCrashed", `${error.message} It stopped while loading ${modelPath}; the file may be damaged or unsupported.`);
      }
      throw new EngineError("loadFailed", `Could not load the model ${modelPath}: ${error.message}`);
    });
    if (reply.type !== "loaded") throw new EngineError("loadFailed", "The worker answered a load with the wrong message.");
    this.statsValue.modelLoads++;
    this.loaded = { key, chatSequences: settings.chatSequences, model: reply.model };
    return reply.model;
  }

  private generateOnWorker(pending: PendingRequest, model: LoadedModel): Promise<GenerationResult> {
    return new Promise<GenerationResult>((resolve, reject) => {
      const worker = this.ensureWorker();
      this.routes.set(pending.id, {
        onMessage: (message) => {
          if (message.type === "text") {
            if (!pending.settled) pending.options.onText?.(message.text);
          } else if (message.type === "promptRead") {
            if (!pending.settled) pending.options.onPromptRead?.(message.read, message.total);
          } else if (message.type === "done") {
            this.routes.delete(pending.id);
            if (pending.cancelSentAt !== undefined) this.statsValue.lastCancelLatencyMs = performance.now() - pending.cancelSentAt;
            resolve({ text: message.text, stopReason: message.stopReason, tokens: message.tokens, timings: message.timings, model });
          } else if (message.type === "failed") {
            this.routes.delete(pending.id);
            reject(
              message.contextOverflow
                ? new EngineError("contextOverflow", `${capitalized(message.message)}.`)
                : new EngineError("generationFailed", `The model failed while writing: ${message.message}`),
            );
          }
        },
        onExit: (exit) => reject(crashError(exit, "while writing")),
      });
      const message = pending.toMessage(pending.id);
      worker.send(message.type === "generate" && pending.lane !== undefined ? { ...message, lane: pending.lane } : message);
    });
  }

  /** Sends a message that expects one reply, and waits for it (or for the worker to die). */
  private request(
    message: { type: "load" } & LoadSettings | { type: "unload" },
    isReply: (message: RoutedMessage) => boolean,
  ): Promise<RoutedMessage> {
    const id = this.nextId++;
    return new Promise<RoutedMessage>((resolve, reject) => {
      const worker = this.ensureWorker();
      this.routes.set(id, {
        onMessage: (reply) => {
          if (reply.type === "failed") {
            this.routes.delete(id);
            reject(reply.memory ? new InsufficientMemory(reply.message, reply.memory.availableBytes) : new Error(reply.message));
          } else if (isReply(reply)) {
            this.routes.delete(id);
            resolve(reply);
          }
        },
        onExit: (exit) => reject(crashError(exit, "")),
      });
      worker.send({ ...message, id });
    });
  }

  private cancel(pending: PendingRequest): void {
    if (pending.settled) return;
    if (this.scheduler.remove(pending)) {
      this.statsValue.requestsCancelled++;
      this.settleCancelled(pending, "");
      return;
    }
    if (!this.scheduler.isRunning(pending)) return;
    if (!this.routes.has(pending.id)) {
      // Still loading the model: answer the user now; the load finishes for the next request.
      this.statsValue.requestsCancelled++;
      this.settleCancelled(pending, "");
      return;
    }
    if (pending.cancelSentAt !== undefined) return;
    pending.cancelSentAt = performance.now();
    this.worker?.send({ type: "cancel", id: pending.id });
  }

  private preemptBackground(priority: RequestPriority): void {
    for (const pending of this.scheduler.preemptedBy(priority)) {
      pending.preempted = true;
      this.statsValue.requestsPreempted++;
      this.cancel(pending);
    }
  }

  private scheduleIdleUnload(): void {
    clearTimeout(this.idleTimer);
    const after = this.config.unloadAfterIdleMs ?? 0;
    if (after <= 0 || !this.loaded || this.disposed) return;
    this.idleTimer = setTimeout(() => {
      if (this.scheduler.busy || !this.loaded) return;
      const model = this.loaded.model;
      void this.unload().then(() =>
        this.setState({
          kind: "notLoaded",
          modelPath: model.modelPath,
          modelName: model.name,
          message: `Unloaded after ${Math.round(after / 60_000)} idle minutes to give its memory back; it loads again on the next request.`,
        }),
      );
    }, after);
    // An idle timer must not keep a process (tests, the CLI) alive.
    this.idleTimer.unref?.();
  }

  private ensureWorker(): WorkerProcess {
    if (this.worker?.alive) return this.worker;
    const worker = new WorkerProcess(this.launch);
    this.worker = worker;
    this.statsValue.workerStarts++;
    worker.onMessage((message) => {
      if (message.type === "log") this.launch.log?.(`[worker] ${message.message}`);
      else if ("id" in message) this.routes.get(message.id)?.onMessage(message);
    });
    worker.onExit((exit) => this.onWorkerExit(worker, exit));
    return worker;
  }

  private onWorkerExit(worker: WorkerProcess, exit: WorkerExit): void {
    this.statsValue.workerExits++;
    if (this.worker === worker) this.worker = undefined;
    this.loaded = undefined;
    const routes = [...this.routes.values()];
    this.routes.clear();
    for (const route of routes) route.onExit(exit);
    if (!this.disposed && (routes.length > 0 || exit.signal !== null || exit.code !== 0)) {
      this.setState({ kind: "crashed", modelPath: this.config.modelPath, modelName: this.stateValue.modelName, message: crashError(exit, "").message });
    }
  }

  private async describeConfiguredModel(): Promise<void> {
    const modelPath = this.config.modelPath;
    if (!modelPath) return;
    try {
      const info = await precheckModelFile(modelPath);
      if (this.config.modelPath !== modelPath || this.stateValue.modelPath !== modelPath) return;
      this.setState({ ...this.stateValue, modelName: info.name });
    } catch (error) {
      if (this.config.modelPath !== modelPath || this.stateValue.kind !== "notLoaded") return;
      this.setState({ kind: "error", modelPath, message: error instanceof Error ? error.message : String(error) });
    }
  }

  private setState(state: EngineState): void {
    this.stateValue = state;
    if (!this.disposed) this.states.fire(state);
  }

  private settle(pending: PendingRequest, result: GenerationResult): void {
    if (pending.settled) return;
    pending.settled = true;
    pending.detach?.();
    pending.resolve(result);
  }

  private settleCancelled(pending: PendingRequest, text: string): void {
    if (pending.settled) return;
    pending.settled = true;
    pending.detach?.();
    pending.resolve({ text, stopReason: "cancelled", tokens: 0, timings: { totalMs: 0 }, model: this.loaded?.model ?? unloadedModel(this.config) });
  }

  private settleError(pending: PendingRequest, error: Error): void {
    if (pending.settled) return;
    pending.settled = true;
    pending.detach?.();
    pending.reject(error);
  }
}

/** The worker refused a model that would not fit in memory. */
class InsufficientMemory extends Error {
  constructor(
    message: string,
    readonly availableBytes: number,
  ) {
    super(message);
  }
}

function capitalized(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}


function loadKey(config: EngineConfig): string {
  // unloadAfterIdleMs is left out: changing it needs no reload.
  return JSON.stringify([config.modelPath ?? "", config.threads, config.gpu, config.contextSize]);
}

function crashError(exit: WorkerExit, during: string): EngineError {
  const how = exit.signal ? `killed by ${exit.signal}` : `exit code ${exit.code}`;
  const nativeReason = exit.stderrTail
    .split("\n")
    .reverse()
    .find((line) => /GGML_ASSERT|error|abort|out of memory/i.test(line));
  return new EngineError(
    "workerCrashed",
    `The model process stopped unexpectedly${during ? ` ${during}` : ""} (${how}).${nativeReason ? ` Last message: ${nativeReason.trim()}.` : ""} Tailor starts a fresh one on the next request.`,
  );
}

function unloadedModel(config: EngineConfig): LoadedModel {
  return { modelPath: config.modelPath ?? "", name: "", contextSize: 0, loadMs: 0, gpu: "false", chatSequences: 0, chatWrapper: "" };
}

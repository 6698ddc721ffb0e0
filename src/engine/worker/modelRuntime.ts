import type { ChatHistoryItem, ChatWrapper, Llama, LlamaCompletion, LlamaContext, LlamaContextSequence, LlamaModel, Token } from "node-llama-cpp" with { "resolution-mode": "import" };
import { availableParallelism } from "node:os";
import { defaultMaxContextSize, type GenerationLoop, type HostToWorker, type LoadedModel, type LoadSettings, type StopReason, type WorkerToHost } from "../protocol";
import { evaluatePromptInChunks } from "./chunkedPrompt";
import { attachComputeThreads } from "./computeThreads";
import type { ComputeThreadPool } from "./fusedAddon";
import { LeadingSpaceKeeper } from "./leadingSpace";
import { InsufficientMemoryError, memoryEstimator } from "./memoryFit";
import { NativeChatLoop } from "./nativeChat";
import { canCompleteNatively, completeNatively, nativeHandles, type NativeHandles } from "./nativeCompletion";
import { chatPrompt, completionPromptTokens } from "./promptTokens";
import { repeatPenaltyFor } from "./repeatPenalty";
import { TextBatcher } from "./textBatcher";

const minimumContextSize = 512;
const gpuChatSequences = 4;

// A type of the whole module, to type what the dynamic import() resolves to.
// eslint-disable-next-line @typescript-eslint/consistent-type-imports
type NodeLlamaCpp = typeof import("node-llama-cpp", { with: { "resolution-mode": "import" } });
type GenerateMessage = Extract<HostToWorker, { type: "generate" }>;
type CompleteMessage = Extract<HostToWorker, { type: "complete" }>;

interface LoadedState {
  readonly settings: LoadSettings;
  readonly model: LlamaModel;
  readonly context: LlamaContext;
  /**
   * Commands' chats and raw completions (ghost text) keep separate KV caches, so neither evicts
   * the other's. Catalog runs use the extra chat sequences as lanes that generate together.
   */
  readonly chatSequences: readonly LlamaContextSequence[];
  readonly completionSequence: LlamaContextSequence;
  /** Resolved once from the file's template, so what describe() reports is what every chat uses. */
  readonly chatWrapper: ChatWrapper;
  /** Tailor's native chat loop over the chat sequences; undefined where its addon does not fit. */
  readonly chatLoop: NativeChatLoop | undefined;
  /** The context's persistent compute threads; freed after the model, which frees the context. */
  readonly computeThreads: ComputeThreadPool | undefined;
  completion?: LlamaCompletion;
  /** The completion sequence's native objects; null where this node-llama-cpp does not have them. */
  native?: NativeHandles | null;
}

/** Owns the llama.cpp objects of one worker process and serves the host's requests. */
export class ModelRuntime {
  private library: Promise<NodeLlamaCpp> | undefined;
  private llama: Llama | undefined;
  private llamaGpu: LoadSettings["gpu"] | undefined;
  private loaded: LoadedState | undefined;
  private readonly running = new Map<number, AbortController>();
  /** Cancels that arrived before their generation started. */
  private readonly cancelledEarly = new Set<number>();
  /** A native completion under way: a chat waits for it, since both would fill the context's one batch. */
  private nativeCompletion: Promise<unknown> | undefined;

  constructor(private readonly send: (message: WorkerToHost) => void) {}

  async handle(message: Exclude<HostToWorker, { type: "cancel" } | { type: "dispose" }>): Promise<void> {
    try {
      switch (message.type) {
        case "load":
          await this.load(message.id, message);
          return;
        case "unload":
          await this.unload();
          this.send({ type: "unloaded", id: message.id });
          return;
        case "generate":
          await this.generate(message);
          return;
        case "complete":
          await this.complete(message);
          return;
      }
    } catch (error) {
      const memory =
        error instanceof InsufficientMemoryError
          ? { neededBytes: error.estimate.modelBytes + error.estimate.contextBytes, availableBytes: error.estimate.availableBytes }
          : undefined;
      const contextOverflow = error instanceof ContextOverflowError ? { contextSize: error.contextSize } : undefined;
      this.send({ type: "failed", id: message.id, message: error instanceof Error ? error.message : String(error), memory, contextOverflow });
    }
  }

  cancel(id: number): void {
    const controller = this.running.get(id);
    if (controller) controller.abort();
    else this.cancelledEarly.add(id);
  }

  async dispose(): Promise<void> {
    for (const controller of this.running.values()) controller.abort();
    await this.unload();
    await this.llama?.dispose();
    this.llama = undefined;
  }

  private async load(id: number, settings: LoadSettings): Promise<void> {
    const started = performance.now();
    if (this.loaded && sameSettings(this.loaded.settings, settings)) {
      this.send({ type: "loaded", id, model: this.describe(this.loaded, 0) });
      return;
    }
    await this.unload();
    const llama = await this.getLlama(settings.gpu);
    const lib = await this.importLibrary();
    const chatSequences = await this.chatSequencesThatFit(lib, llama, settings);
    const model = await llama.loadModel({ modelPath: settings.modelPath });
    let computeThreads: ComputeThreadPool | undefined;
    try {
      const context = await model.createContext({
        // Without a cap node-llama-cpp sizes the context to the model's training length, which once
        // filled 24 GB; "auto" takes the largest that fits, up to 4096 tokens.
        contextSize:
          settings.contextSize > 0
            ? Math.min(settings.contextSize, model.trainContextSize)
            : { min: minimumContextSize, max: Math.min(defaultMaxContextSize, model.trainContextSize) },
        threads: settings.threads > 0 ? settings.threads : autoThreads(),
        sequences: chatSequences + 1,
      });
      computeThreads = attachComputeThreads(llama, model, context);
      const chat = Array.from({ length: chatSequences }, () => context.getSequence());
      this.loaded = {
        settings,
        model,
        context,
        chatSequences: chat,
        completionSequence: context.getSequence(),
        chatWrapper: lib.resolveChatWrapper(model),
        chatLoop: NativeChatLoop.create(llama, model, context),
        computeThreads,
      };
    } catch (error) {
      await model.dispose();
      computeThreads?.dispose();
      throw error;
    }
    this.send({ type: "loaded", id, model: this.describe(this.loaded, performance.now() - started) });
  }

  /**
   * As many chat sequences as fit in free memory, at least one or a refusal. On a GPU a few extra
   * are made as a matter of course, since batching sequences there multiplies throughput; on a
   * CPU they gained nothing (two sequences side by side made the same tokens a second as one:
   * the CPU is the limit, see ../../../bench/README.md), so only as many as were asked for.
   */
  private async chatSequencesThatFit(lib: NodeLlamaCpp, llama: Llama, settings: LoadSettings): Promise<number> {
    const contextSize = settings.contextSize || minimumContextSize;
    const wanted = Math.max(1, Math.floor(settings.chatSequences), llama.gpu ? gpuChatSequences : 1);
    const estimate = await memoryEstimator(lib, llama, settings.modelPath);
    for (let chat = wanted; ; chat--) {
      const { modelBytes, contextBytes, availableBytes } = estimate(contextSize, chat + 1);
      if (modelBytes + contextBytes <= availableBytes) return chat;
      if (chat === 1) throw new InsufficientMemoryError({ modelBytes, contextBytes, availableBytes });
      this.send({ type: "log", message: `${chat} chat sequences would not fit in memory; trying ${chat - 1}.` });
    }
  }

  private describe(state: LoadedState, loadMs: number): LoadedModel {
    const name = state.model.fileInfo.metadata.general?.name;
    return {
      modelPath: state.settings.modelPath,
      name: typeof name === "string" && name.length > 0 ? name : state.settings.modelPath,
      contextSize: state.context.contextSize,
      loadMs,
      gpu: String(this.llama?.gpu ?? false),
      chatSequences: state.chatSequences.length,
      chatWrapper: state.chatWrapper.wrapperName,
    };
  }

  private async unload(): Promise<void> {
    // Tailor's native loop decodes on a thread of its own: the model must outlive its last decode.
    await this.nativeCompletion;
    const state = this.loaded;
    this.loaded = undefined;
    if (!state) return;
    // Its thread decodes on the context: it ends (and each chat with it) before the model goes.
    state.chatLoop?.dispose();
    // dispose() cascades: the model disposes its contexts and their sequences.
    await state.model.dispose();
    state.computeThreads?.dispose();
  }

  private async getLlama(gpu: LoadSettings["gpu"]): Promise<Llama> {
    if (this.llama && this.llamaGpu === gpu) return this.llama;
    await this.llama?.dispose();
    const lib = await this.importLibrary();
    // build "never": a source build would need the network and a toolchain; a prebuilt binary
    // that fails to load must surface as an error instead.
    this.llama = await lib.getLlama({
      gpu: gpu === "off" ? false : "auto",
      build: "never",
      logLevel: lib.LlamaLogLevel.error,
      logger: (_level, message) => this.send({ type: "log", message: `llama.cpp: ${message.trimEnd()}` }),
    });
    this.llamaGpu = gpu;
    return this.llama;
  }

  private importLibrary(): Promise<NodeLlamaCpp> {
    // A real dynamic import: node-llama-cpp is ESM-only with top-level await, so require() fails.
    this.library ??= import("node-llama-cpp");
    return this.library;
  }

  private async generate(message: GenerateMessage): Promise<void> {
    await this.nativeCompletion;
    const state = this.requireLoaded();
    const sequence = state.chatSequences[message.lane ?? 0];
    if (!sequence) throw new Error(`No chat sequence ${message.lane}: the model was loaded with ${state.chatSequences.length}.`);
    const lib = await this.importLibrary();
    const grammar = message.jsonSchema
      ? await this.llama!.createGrammarForJsonSchema(message.jsonSchema as Parameters<Llama["createGrammarForJsonSchema"]>[0])
      : undefined;
    const session = new lib.LlamaChatSession({
      contextSequence: sequence,
      chatWrapper: state.chatWrapper,
      systemPrompt: systemPromptOf(message),
      autoDisposeSequence: false,
    });
    try {
      session.setChatHistory(historyOf(message, session.getChatHistory()));
      const prompt = chatPrompt(lib, session, state.model, lastUserMessage(message));
      const { chatLoop } = state;
      await this.stream(message.id, sequence, prompt.tokens, async (hooks) => {
        // Tailor's loop takes the chats node-llama-cpp's would answer as plain text, once their
        // prompt is read and the answer fits without the context shift only node-llama-cpp does.
        if (chatLoop && prompt.plainStops && canCompleteNatively(sequence, prompt.tokens, message.maxTokens)) {
          const result = await chatLoop.generate(sequence, {
            promptTokens: prompt.tokens,
            maxTokens: message.maxTokens,
            temperature: message.temperature,
            seed: message.seed,
            grammar,
            frequencyPenalty: message.frequencyPenalty,
            stopTexts: prompt.plainStops.texts,
            stopTokens: prompt.plainStops.tokens,
            ...hooks,
          });
          return { ...result, loop: "tailor-addon" };
        }
        const result = await this.exclusive(() =>
          session.promptWithMeta(lastUserMessage(message), {
            grammar,
            maxTokens: message.maxTokens,
            temperature: message.temperature,
            seed: message.seed,
            repeatPenalty: message.frequencyPenalty ? repeatPenaltyFor(state.model, message.frequencyPenalty) : undefined,
            ...hooks,
          }),
        ).catch((error: unknown) => {
          throw promptTooLong(error, sequence.contextSize);
        });
        return { text: result.responseText, reason: result.stopReason };
      });
    } finally {
      session.dispose({ disposeSequence: false });
    }
  }

  private async complete(message: CompleteMessage): Promise<void> {
    const state = this.requireLoaded();
    const lib = await this.importLibrary();
    // Kept across requests: LlamaCompletion re-evaluates only what changed since the last prompt.
    state.completion ??= new lib.LlamaCompletion({ contextSequence: state.completionSequence, autoDisposeSequence: false });
    const completion = state.completion;
    const options = {
      maxTokens: message.maxTokens,
      temperature: message.temperature,
      seed: message.seed,
      customStopTriggers: message.stopTriggers?.length ? [...message.stopTriggers] : undefined,
    };
    const infill = Boolean(message.suffix) && completion.infillSupported;
    // An infill prompt wraps the text in the model's own layout around the suffix: read in one piece.
    const promptTokens = infill ? undefined : completionPromptTokens(lib, state.model, message.prompt);
    const space = new LeadingSpaceKeeper(state.model, promptTokens ?? state.model.tokenize(message.prompt.slice(-200)));
    state.native ??= nativeHandles(this.llama!, state.model, state.completionSequence) ?? null;
    const native = state.native;
    await this.stream(message.id, state.completionSequence, promptTokens, (hooks) => this.exclusive(async () => {
      const spaced = {
        ...hooks,
        onToken: (tokens: Token[]) => {
          space.seeTokens(tokens);
          hooks.onToken(tokens);
        },
        onTextChunk: (text: string) => hooks.onTextChunk(space.chunk(text)),
      };
      // The native loop shares the context's one batch with node-llama-cpp's queue, so it runs only
      // alone: one request at a time is the scheduler's rule for completions, checked here too.
      if (native && promptTokens && this.running.size === 1 && canCompleteNatively(state.completionSequence, promptTokens, message.maxTokens)) {
        const running = completeNatively(native, state.model, state.completionSequence, {
          ...spaced,
          promptTokens,
          maxTokens: message.maxTokens,
          temperature: message.temperature,
          seed: message.seed,
          stopTriggers: message.stopTriggers ?? [],
        });
        this.nativeCompletion = running.catch(() => undefined);
        const result = await running.finally(() => (this.nativeCompletion = undefined));
        return { text: space.response(result.text), reason: result.reason, loop: native.fused ? "tailor-addon" : "tailor-javascript" };
      }
      const result =
        infill && message.suffix
          ? await completion.generateInfillCompletionWithMeta(message.prompt, message.suffix, { ...options, ...spaced })
          : await completion.generateCompletionWithMeta(message.prompt, { ...options, ...spaced });
      return { text: space.response(result.response), reason: result.metadata.stopReason };
    }));
  }

  /**
   * Runs `work`, which decodes on the context outside Tailor's chat loop (through node-llama-cpp,
   * or the completion loop's own thread), while that loop decodes nothing.
   */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const loop = this.loaded?.chatLoop;
    return loop ? loop.exclusive(work) : work();
  }

  /**
   * Runs one generation with cancellation, batched streaming and timings, and reports its end.
   * `run` receives the options every node-llama-cpp generation call takes; `promptTokens`, when
   * known, are read first in chunks so that a cancel need not wait for the whole prompt.
   */
  private async stream(
    id: number,
    sequence: LlamaContextSequence,
    promptTokens: readonly Token[] | undefined,
    run: (hooks: StreamHooks) => Promise<{ text: string; reason: string; loop?: GenerationLoop }>,
  ): Promise<void> {
    const controller = new AbortController();
    this.running.set(id, controller);
    if (this.cancelledEarly.delete(id)) controller.abort();
    const started = performance.now();
    const meterBefore = sequence.tokenMeter.getState();
    let firstTokenMs: number | undefined;
    let promptMeter: { usedInputTokens: number } | undefined;
    let tokens = 0;
    let streamed = "";
    const batcher = new TextBatcher((text, count) => this.send({ type: "text", id, text, tokens: count }));
    try {
      const hooks: StreamHooks = {
        signal: controller.signal,
        // Stop at once and keep the partial text, rather than reject with the abort reason.
        stopOnAbortSignal: true,
        onToken: (chunk) => {
          tokens += chunk.length;
          firstTokenMs ??= performance.now() - started;
          promptMeter ??= sequence.tokenMeter.diff(meterBefore);
          batcher.addTokens(chunk.length);
        },
        onTextChunk: (text) => {
          streamed += text;
          batcher.addText(text);
        },
      };
      const onChunkRead = (read: number, total: number) => this.send({ type: "promptRead", id, read, total });
      const promptRead =
        promptTokens === undefined || (await evaluatePromptInChunks(sequence, promptTokens, controller.signal, onChunkRead, (work) => this.exclusive(work)));
      const result = !promptRead
        ? { text: "", reason: "abort" }
        : await run(hooks).catch((error: unknown) => {
            // An abort while the prompt is still being read rejects even with stopOnAbortSignal.
            if (controller.signal.aborted) return { text: streamed, reason: "abort" };
            throw error;
          });
      batcher.flush();
      this.send({
        type: "done",
        id,
        text: result.text,
        stopReason: stopReasonOf(result.reason, controller.signal.aborted),
        tokens,
        timings: {
          firstTokenMs,
          totalMs: performance.now() - started,
          // Until the first token is sampled, every token evaluated belongs to the prompt.
          promptTokensEvaluated: (promptMeter ?? sequence.tokenMeter.diff(meterBefore)).usedInputTokens,
          promptTokens: promptTokens?.length,
          loop: "loop" in result && result.loop ? result.loop : "node-llama-cpp",
        },
      });
    } finally {
      batcher.flush();
      this.running.delete(id);
    }
  }

  private requireLoaded(): LoadedState {
    if (!this.loaded) throw new Error("No model is loaded in the worker.");
    return this.loaded;
  }
}

interface StreamHooks {
  readonly signal: AbortSignal;
  readonly stopOnAbortSignal: true;
  readonly onToken: (tokens: readonly unknown[]) => void;
  readonly onTextChunk: (text: string) => void;
}

/**
 * Left to itself node-llama-cpp ran 4 threads on a 2-core machine, at 77 ms a token against
 * 0.3 ms with 1. Half the cores leaves the rest to the editor; on 2 cores 1 thread generated
 * as fast as 2 in the measurements in ../../../bench (see the notes there).
 */
function autoThreads(): number {
  return Math.max(1, Math.min(8, Math.floor(availableParallelism() / 2)));
}

function sameSettings(a: LoadSettings, b: LoadSettings): boolean {
  return a.modelPath === b.modelPath && a.threads === b.threads && a.gpu === b.gpu && a.contextSize === b.contextSize && a.chatSequences === b.chatSequences;
}

function systemPromptOf(message: GenerateMessage): string | undefined {
  const parts = message.messages.filter((m) => m.role === "system").map((m) => m.content);
  return parts.length > 0 ? parts.join("\n\n") : undefined;
}

function lastUserMessage(message: GenerateMessage): string {
  const last = message.messages[message.messages.length - 1];
  if (!last || last.role !== "user") throw new Error("A chat must end with a user message.");
  return last.content;
}

/** Earlier turns (all but the final user message) become the session's history. */
function historyOf(message: GenerateMessage, initial: ChatHistoryItem[]): ChatHistoryItem[] {
  const history = [...initial];
  for (const turn of message.messages.slice(0, -1)) {
    if (turn.role === "user") history.push({ type: "user", text: turn.content });
    else if (turn.role === "assistant") history.push({ type: "model", response: [turn.content] });
  }
  return history;
}

/** A request that does not fit the context: the host words the way out for its own surface. */
class ContextOverflowError extends Error {
  constructor(readonly contextSize: number) {
    super(`the prompt and the answer do not fit in the model's context of ${contextSize} tokens`);
  }
}

/** node-llama-cpp's message for a prompt that fills the context says nothing a user can act on. */
function promptTooLong(error: unknown, contextSize: number): unknown {
  if (!(error instanceof Error) || !/compress chat history|context shift/i.test(error.message)) return error;
  return new ContextOverflowError(contextSize);
}

function stopReasonOf(reason: string, aborted: boolean): StopReason {
  if (aborted || reason === "abort") return "cancelled";
  if (reason === "maxTokens") return "maxTokens";
  return "completed";
}

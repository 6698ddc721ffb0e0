import type { GenerationOptions, GenerationRequest, GenerationResult } from "../engine/engineTypes";
import type { LoadedModel } from "../engine/protocol";
import { CloudError } from "./cloudError";
import { OpenAiClient } from "./openAiClient";
import type { CloudClientOptions } from "./types";

export interface InferenceServerSettings {
  /** The server's OpenAI-compatible base URL, such as http://gpu-box:8080/v1. */
  readonly endpoint: string;
  /** The model name the server knows (llama-server accepts any; vLLM and Ollama check it). */
  readonly model: string;
  /** Sent as a bearer token; none is sent without one. Never logged. */
  readonly apiKey?: string;
  /** Where the surface keeps the key, for the message when the server refuses it. */
  readonly keyAdvice?: string;
  /** Where the surface sets the endpoint (--endpoint, tailor.catalog.endpoint), for the message when it cannot be reached. */
  readonly endpointSetting?: string;
  /**
   * The context each request gets, in tokens, so the prompt is fitted as the local engine fits it.
   * A server's own per-slot context is not known to the client.
   */
  readonly contextTokens: number;
  /** How many requests the caller keeps in flight; reported as the "lanes" of the model. */
  readonly concurrency: number;
  /** Longest wait for a request's first byte and between two chunks (a product's timeout covers the whole). */
  readonly requestTimeoutMs: number;
  /** Retries of 429, 5xx and an unreachable server, with backoff and Retry-After. */
  readonly maxRetries?: number;
  readonly retryBaseMs?: number;
  readonly fetch?: CloudClientOptions["fetch"];
}

/**
 * The writing path's generator on an inference server (llama-server, vLLM, Ollama…) instead of the
 * local engine: the same messages and JSON schema go out, the same text comes back, so the checks,
 * the rewrite and the journal need not know where the model runs.
 */
export class InferenceServerGenerator {
  readonly contextTokens: number;
  private readonly client: OpenAiClient;
  private readonly model: LoadedModel;

  constructor(private readonly settings: InferenceServerSettings) {
    this.contextTokens = settings.contextTokens;
    this.client = new OpenAiClient({
      provider: "openai",
      baseUrl: settings.endpoint,
      apiKey: settings.apiKey ?? "",
      timeoutMs: settings.requestTimeoutMs,
      idleTimeoutMs: settings.requestTimeoutMs,
      maxRetries: settings.maxRetries ?? 4,
      retryBaseMs: settings.retryBaseMs ?? 1000,
      retryUnreachable: true,
      providerName: serverName(settings.endpoint),
      keyAdvice: settings.keyAdvice ?? "Check the API key the server expects.",
      urlSetting: settings.endpointSetting ?? "the endpoint",
      fetch: settings.fetch,
    });
    this.model = {
      modelPath: settings.endpoint,
      name: settings.model,
      contextSize: settings.contextTokens,
      loadMs: 0,
      gpu: "server",
      chatSequences: settings.concurrency,
      chatWrapper: "server",
    };
  }

  async generate(request: GenerationRequest, options: GenerationOptions): Promise<GenerationResult> {
    const started = performance.now();
    let firstTokenMs: number | undefined;
    let chunks = 0;
    try {
      const answer = await this.client.stream(
        {
          messages: request.messages,
          model: this.settings.model,
          maxTokens: request.maxTokens,
          temperature: request.temperature,
          seed: request.seed,
          frequencyPenalty: request.frequencyPenalty,
          jsonSchema: request.jsonSchema,
          countTokens: true,
        },
        {
          signal: options.signal,
          onText: (text) => {
            firstTokenMs ??= performance.now() - started;
            chunks++;
            options.onText?.(text);
          },
        },
      );
      return {
        text: answer.text,
        stopReason: answer.finishReason === "length" ? "maxTokens" : "completed",
        // Servers that send no usage stream about a token a chunk.
        tokens: answer.usage?.completionTokens ?? chunks,
        // A server's usage counts the whole prompt, a prefix served from its cache included.
        timings: { firstTokenMs, totalMs: performance.now() - started, promptTokensEvaluated: answer.usage?.promptTokens, promptTokens: answer.usage?.promptTokens },
        model: this.model,
      };
    } catch (error) {
      if (error instanceof CloudError && error.code === "cancelled") {
        return { text: error.partialText ?? "", stopReason: "cancelled", tokens: chunks, timings: { firstTokenMs, totalMs: performance.now() - started }, model: this.model };
      }
      throw error;
    }
  }
}

/** The server as messages name it: its host and port, which the user typed. */
function serverName(endpoint: string): string {
  try {
    return new URL(endpoint).host;
  } catch {
    return "the inference server";
  }
}

/**
 * Failures that every later product would meet too (no server, a refused key, an unknown model):
 * they stop the run with the journal kept instead of failing each product in turn.
 */
export function stopsWholeRun(error: unknown): error is CloudError {
  return error instanceof CloudError && (error.code === "network" || error.code === "unauthorized" || error.code === "model-not-found");
}

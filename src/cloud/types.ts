import type { ChatMessage } from "../core/chat";
import type { JsonSchema } from "../engine/protocol";

export type CloudProvider = "openai" | "anthropic";

export interface CloudRequest {
  readonly messages: readonly ChatMessage[];
  readonly model: string;
  readonly maxTokens: number;
  readonly temperature?: number;
  /** Structured output: the answer must be JSON of this schema (OpenAI-compatible servers only). */
  readonly jsonSchema?: JsonSchema;
  /** Asks the server for repeatable sampling; servers that ignore it stay usable. */
  readonly seed?: number;
  /** OpenAI's frequency_penalty: what the local worker applies to marketing copy, for the same sampling on a server. */
  readonly frequencyPenalty?: number;
  /** Ask for the server's token counts (OpenAI's `stream_options.include_usage`). */
  readonly countTokens?: boolean;
}

export interface CloudClientOptions {
  /** e.g. `https://api.openai.com/v1`, an Azure deployment URL, or `https://api.anthropic.com`. */
  readonly baseUrl: string;
  readonly apiKey: string;
  readonly provider: CloudProvider;
  /** Azure OpenAI: adds `?api-version=…` and sends the key in `api-key` instead of `Authorization`. */
  readonly apiVersion?: string;
  /** Longest wait for the first byte of the response body. Default 30 s. */
  readonly timeoutMs?: number;
  /** Longest gap between two chunks of a streaming response. Default 60 s. */
  readonly idleTimeoutMs?: number;
  /** Retries after 429 and 5xx answers. Default 3. */
  readonly maxRetries?: number;
  /** The first backoff delay; it doubles with each retry. Default 500 ms. */
  readonly retryBaseMs?: number;
  /**
   * Also retry when the server cannot be reached at all (refused, reset before any text). Right
   * for a self-hosted inference server that restarts; off for the hand-off, whose user is waiting.
   */
  readonly retryUnreachable?: boolean;
  /** Who the messages name: the provider's own name by default ("OpenAI"), a server's host for a self-hosted one. */
  readonly providerName?: string;
  /** What a refused key's message tells the user to do; the editor's "Set API Key" command by default. */
  readonly keyAdvice?: string;
  /** Where the user sets the address, for the message when it cannot be reached. */
  readonly urlSetting?: string;
  /** Defaults to the global fetch; tests and proxies may supply another. */
  readonly fetch?: typeof fetch;
}

export type ResolvedCloudOptions = Required<Omit<CloudClientOptions, "apiVersion" | "providerName">> & Pick<CloudClientOptions, "apiVersion" | "providerName">;

export function resolveCloudOptions(options: CloudClientOptions): ResolvedCloudOptions {
  return {
    baseUrl: options.baseUrl,
    apiKey: options.apiKey,
    provider: options.provider,
    apiVersion: options.apiVersion,
    timeoutMs: options.timeoutMs ?? 30_000,
    idleTimeoutMs: options.idleTimeoutMs ?? 60_000,
    maxRetries: options.maxRetries ?? 3,
    retryBaseMs: options.retryBaseMs ?? 500,
    retryUnreachable: options.retryUnreachable ?? false,
    providerName: options.providerName,
    keyAdvice: options.keyAdvice ?? 'Run "Tailor: Set API Key" to set a new one.',
    urlSetting: options.urlSetting ?? "the base URL setting",
    // Looked up at call time, not import time, so a fetch patched later (by a test or proxy agent) is seen.
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
  };
}

export interface CloudStreamResult {
  readonly text: string;
  /** True only when the provider said the response ended (`[DONE]` / `message_stop`). */
  readonly complete: boolean;
  /** The provider's own word for why it stopped: `stop`, `length`, `end_turn`, `max_tokens`… */
  readonly finishReason?: string;
  /** Tokens as the server counted them, when it said (OpenAI's `usage`). */
  readonly usage?: TokenUsage;
}

export interface TokenUsage {
  readonly promptTokens: number;
  readonly completionTokens: number;
}

export interface CloudStreamCallbacks {
  /** Cancels at any time; stream() then rejects with a CloudError of code "cancelled". */
  readonly signal?: AbortSignal;
  /** Each piece of text as it arrives, in order. */
  readonly onText?: (text: string) => void;
}

export interface CloudClient {
  stream(request: CloudRequest, callbacks?: CloudStreamCallbacks): Promise<CloudStreamResult>;
}

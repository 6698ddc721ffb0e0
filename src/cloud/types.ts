import type { ChatMessage } from "../core/chat";

export type CloudProvider = "openai" | "anthropic";

export interface CloudRequest {
  readonly messages: readonly ChatMessage[];
  readonly model: string;
  readonly maxTokens: number;
  readonly temperature?: number;
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
  /** Defaults to the global fetch; tests and proxies may supply another. */
  readonly fetch?: typeof fetch;
}

export type ResolvedCloudOptions = Required<Omit<CloudClientOptions, "apiVersion">> & Pick<CloudClientOptions, "apiVersion">;

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

import { CloudError, type CloudErrorCode } from "./cloudError";
import { backoffDelay, maxRetryAfterMs, parseRetryAfter, sleep } from "./retry";
import { SseParser, type SseEvent } from "./sse";
import type { CloudStreamCallbacks, CloudStreamResult, ResolvedCloudOptions, TokenUsage } from "./types";
import { isRecord } from "../core/values";

/** What one SSE event meant to the provider's protocol. */
export interface EventOutcome {
  readonly text?: string;
  readonly finishReason?: string;
  readonly usage?: TokenUsage;
  /** The provider's end-of-response marker. */
  readonly done?: boolean;
}

/** Thrown by a protocol's readEvent when an event cannot be understood or reports an error. */
export class StreamProtocolError extends Error {}

/** The provider-specific half of a request; the shared half (HTTP, timeouts, retries) is here. */
export interface StreamingProtocol {
  /** "OpenAI" or "Anthropic", for messages. */
  readonly providerName: string;
  readonly url: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: unknown;
  readonly model: string;
  readEvent(event: SseEvent): EventOutcome;
}

export function parseJsonData(data: string): unknown {
  try {
    return JSON.parse(data) as unknown;
  } catch {
    throw new StreamProtocolError(`a malformed line arrived (not JSON: ${JSON.stringify(data.slice(0, 80))})`);
  }
}

/** The human-readable part of an error body: `{error:{message}}`, `{message}`, or the text itself. */
export function errorDetail(body: string): string {
  let detail = body;
  try {
    const json = JSON.parse(body) as unknown;
    if (isRecord(json)) {
      const error = json.error;
      if (isRecord(error) && typeof error.message === "string") detail = error.message;
      else if (typeof error === "string") detail = error;
      else if (typeof json.message === "string") detail = json.message;
    }
  } catch {
    // Not JSON: the raw text is the best detail there is.
  }
  detail = detail.replace(/\s+/g, " ").trim();
  return detail.length > 300 ? `${detail.slice(0, 300)}…` : detail;
}

type AbortCause = "first-byte" | "idle" | "cancelled";

interface RetryableAnswer {
  readonly retryable: true;
  readonly status: number;
  readonly retryAfterMs?: number;
  readonly detail: string;
  /** The failure to report if no retry is left (an unreachable server has no status). */
  readonly error?: CloudError;
}

/** Shared state of one stream() call across its attempts. */
interface Call {
  readonly protocol: StreamingProtocol;
  readonly options: ResolvedCloudOptions;
  readonly callbacks: CloudStreamCallbacks;
  text: string;
  attempts: number;
}

/**
 * Runs one streaming request with retries. Retries only 429 and 5xx answers, which come before
 * any text, so text handed to onText is never repeated. Cancelling rejects with code "cancelled"
 * (carrying any partial text) rather than resolving: callers then handle every early end in one
 * catch, and the text they already got through onText is also in `partialText`.
 */
export async function runStreamingRequest(protocol: StreamingProtocol, options: ResolvedCloudOptions, callbacks: CloudStreamCallbacks = {}): Promise<CloudStreamResult> {
  const call: Call = { protocol, options, callbacks, text: "", attempts: 0 };
  for (let retryIndex = 0; ; retryIndex++) {
    if (callbacks.signal?.aborted) throw failure(call, "cancelled", "The request was cancelled.");
    const answer = await attempt(call);
    if (!("retryable" in answer)) return answer;
    const { status, retryAfterMs, detail } = answer;
    const exhausted = retryIndex >= options.maxRetries;
    const waitTooLong = retryAfterMs !== undefined && retryAfterMs > maxRetryAfterMs;
    if (exhausted || waitTooLong) throw answer.error ?? statusFailure(call, status, detail, waitTooLong ? retryAfterMs : undefined);
    const delay = retryAfterMs ?? backoffDelay(retryIndex, options.retryBaseMs);
    try {
      await sleep(delay, callbacks.signal);
    } catch {
      throw failure(call, "cancelled", "The request was cancelled.");
    }
  }
}

async function attempt(call: Call): Promise<CloudStreamResult | RetryableAnswer> {
  const { protocol, options, callbacks } = call;
  const controller = new AbortController();
  let abortCause: AbortCause | undefined;
  const abort = (cause: AbortCause) => {
    if (abortCause !== undefined) return;
    abortCause = cause;
    controller.abort();
  };
  const onUserAbort = () => abort("cancelled");
  callbacks.signal?.addEventListener("abort", onUserAbort, { once: true });
  let timer = setTimeout(() => abort("first-byte"), options.timeoutMs);
  call.attempts++;
  try {
    let response: Response;
    try {
      response = await options.fetch(protocol.url, {
        method: "POST",
        headers: { ...protocol.headers },
        body: JSON.stringify(protocol.body),
        signal: controller.signal,
      });
    } catch (error) {
      return unreachable(call, transportFailure(call, error, abortCause));
    }

    if (!response.ok) {
      let body = "";
      try {
        body = await response.text();
      } catch (error) {
        if (abortCause !== undefined) throw transportFailure(call, error, abortCause);
      }
      const detail = errorDetail(body);
      if (response.status === 429 || response.status >= 500) {
        return { retryable: true, status: response.status, retryAfterMs: parseRetryAfter(response.headers.get("retry-after")), detail };
      }
      throw statusFailure(call, response.status, detail);
    }

    const contentType = response.headers.get("content-type") ?? "";
    if (response.body === null || (contentType !== "" && !contentType.includes("text/event-stream"))) {
      const body = await response.text().catch(() => "");
      throw failure(call, "bad-response", `${protocol.providerName} answered with ${contentType || "no body"} instead of a stream${body ? `: ${errorDetail(body)}` : "."}`, { status: response.status });
    }

    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    const parser = new SseParser();
    let finishReason: string | undefined;
    let usage: TokenUsage | undefined;
    // Returns true at the provider's end marker.
    const handle = (events: SseEvent[]): boolean => {
      for (const event of events) {
        if (abortCause !== undefined) return false;
        let outcome: EventOutcome;
        try {
          outcome = protocol.readEvent(event);
        } catch (error) {
          if (!(error instanceof StreamProtocolError)) throw error;
          throw failure(call, "incomplete", `The response from ${protocol.providerName} broke off: ${error.message}. The text is incomplete.`, { partialText: call.text });
        }
        if (outcome.finishReason !== undefined) finishReason = outcome.finishReason;
        if (outcome.usage !== undefined) usage = outcome.usage;
        if (outcome.text) {
          call.text += outcome.text;
          callbacks.onText?.(outcome.text);
        }
        if (outcome.done) return true;
      }
      return false;
    };
    const result = (): CloudStreamResult => ({ text: call.text, complete: true, ...(finishReason !== undefined ? { finishReason } : {}), ...(usage !== undefined ? { usage } : {}) });

    for (;;) {
      let chunk: Awaited<ReturnType<typeof reader.read>>;
      try {
        chunk = await reader.read();
      } catch (error) {
        // A reset after the headers but before any text, as a restarting server gives the requests it had queued.
        return unreachable(call, transportFailure(call, error, abortCause));
      }
      // A cancel from inside onText aborts the fetch, but events already parsed would still run.
      if (abortCause !== undefined) throw transportFailure(call, undefined, abortCause);
      if (chunk.done) break;
      clearTimeout(timer);
      timer = setTimeout(() => abort("idle"), options.idleTimeoutMs);
      if (handle(parser.push(decoder.decode(chunk.value, { stream: true })))) return result();
    }
    if (handle([...parser.push(decoder.decode()), ...parser.end()])) return result();
    if (abortCause !== undefined) throw transportFailure(call, undefined, abortCause);
    throw failure(call, "incomplete", `The connection to ${protocol.providerName} closed before the response finished. The text is incomplete.`, { partialText: call.text });
  } finally {
    clearTimeout(timer);
    callbacks.signal?.removeEventListener("abort", onUserAbort);
    // Frees the connection on every way out: an error, a malformed line, or an end marker before EOF.
    controller.abort();
  }
}

/** A server that could not be reached, or dropped the request before any text, is retried when the caller asked for that. */
function unreachable(call: Call, failed: CloudError): RetryableAnswer {
  // "network" is only ever a failure before any text, so asking again cannot repeat text.
  if (failed.code === "network" && call.options.retryUnreachable) return { retryable: true, status: 0, detail: failed.message, error: failed };
  throw failed;
}

function failure(call: Call, code: CloudErrorCode, message: string, extra: { partialText?: string; status?: number } = {}): CloudError {
  const partialText = extra.partialText ?? (call.text !== "" ? call.text : undefined);
  return new CloudError(code, message, { ...extra, partialText, attempts: call.attempts, secret: call.options.apiKey });
}

function transportFailure(call: Call, error: unknown, cause: AbortCause | undefined): CloudError {
  const name = call.protocol.providerName;
  if (cause === "cancelled") return failure(call, "cancelled", "The request was cancelled.");
  if (cause === "first-byte") return failure(call, "timeout", `${name} did not answer within ${seconds(call.options.timeoutMs)}.`);
  if (cause === "idle") {
    return failure(call, "timeout", `The stream from ${name} stalled for more than ${seconds(call.options.idleTimeoutMs)}. The text is incomplete.`, { partialText: call.text });
  }
  const code = errorCode(error);
  if (call.text !== "") {
    return failure(call, "incomplete", `The connection to ${name} broke midway${code ? ` (${code})` : ""}. The text is incomplete.`, { partialText: call.text });
  }
  const origin = originOf(call.protocol.url);
  // A self-hosted server is named by its address already: "127.0.0.1:8080 at http://127.0.0.1:8080" says it twice.
  const target = origin.endsWith(`//${name}`) ? origin : `${name} at ${origin}`;
  return failure(call, "network", `Could not reach ${target}${code ? ` (${code})` : ""}: the network or the base URL is unreachable. Check the connection and ${call.options.urlSetting}.`);
}

function statusFailure(call: Call, status: number, detail: string, retryAfterMs?: number): CloudError {
  const name = call.protocol.providerName;
  const suffix = detail ? ` ${name} said: ${detail}` : "";
  const tries = call.attempts === 1 ? "1 attempt" : `${call.attempts} attempts`;
  if (status === 401 || status === 403) {
    return failure(call, "unauthorized", `${name} rejected the API key (HTTP ${status}). ${call.options.keyAdvice}${suffix}`, { status });
  }
  if (status === 404) {
    return failure(call, "model-not-found", `${name} does not know the model "${call.protocol.model}" (HTTP 404). Check the model name and the base URL.${suffix}`, { status });
  }
  if (status === 429) {
    const when = retryAfterMs !== undefined ? ` It asked to wait ${seconds(retryAfterMs)}.` : "";
    return failure(call, "rate-limited", `${name} is rate-limiting requests (HTTP 429) after ${tries}.${when} Try again later.${suffix}`, { status });
  }
  if (status >= 500) return failure(call, "server", `${name} had a server error (HTTP ${status}) after ${tries}. Try again later.${suffix}`, { status });
  return failure(call, "bad-response", `${name} refused the request (HTTP ${status}).${suffix}`, { status });
}

/** undici wraps the system error: TypeError("fetch failed", { cause: { code: "ECONNREFUSED" } }). */
function errorCode(error: unknown): string | undefined {
  for (let current: unknown = error, depth = 0; isRecord(current) || current instanceof Error; depth++) {
    if (depth > 4) break;
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string") return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

function originOf(url: string): string {
  try {
    return new URL(url).origin;
  } catch {
    return "the base URL";
  }
}

function seconds(ms: number): string {
  return ms >= 1000 ? `${ms / 1000} s` : `${ms} ms`;
}

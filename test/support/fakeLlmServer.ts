import * as http from "node:http";
import type { AddressInfo } from "node:net";
import { performance } from "node:perf_hooks";
import { isRecord } from "../../src/core/values";

/**
 * A real HTTP server on 127.0.0.1 that streams like the cloud APIs: `…/chat/completions` answers
 * in OpenAI's SSE format, `…/v1/messages` in Anthropic's. Each request takes the next scripted
 * fault, if any; with none left it asks `replyFor`, and without an answer from it streams `reply`.
 */

export type LlmFault =
  /** Answers with this status and body (a JSON error by default), and Retry-After when given. */
  | { readonly kind: "status"; readonly status: number; readonly retryAfter?: string; readonly body?: string }
  /** Answers with this status and an error body that quotes the API key the request carried. */
  | { readonly kind: "echoKey"; readonly status: number }
  /** Destroys the socket after this many text chunks. */
  | { readonly kind: "dropAfter"; readonly chunks: number }
  /** Sends a `data:` line that is not JSON after this many text chunks, then the rest. */
  | { readonly kind: "malformedAfter"; readonly chunks: number }
  /** Stops sending after this many text chunks and keeps the connection open. */
  | { readonly kind: "holdAfter"; readonly chunks: number }
  /** Waits this long before the status line. */
  | { readonly kind: "delayFirstByte"; readonly ms: number }
  /** Waits this long before each text chunk: a server that writes, only slowly. */
  | { readonly kind: "trickle"; readonly everyMs: number }
  /** Sends nothing until `until` settles (an event the test chooses), then answers normally. */
  | { readonly kind: "waitFor"; readonly until: Promise<unknown> };

/** One request's answer, chosen from what it asked. */
export interface LlmAnswer {
  /** The text chunks to stream instead of `reply`. */
  readonly reply?: readonly string[];
  readonly fault?: LlmFault;
}

/** Token counts as OpenAI reports them in the stream's last chunk. */
export interface LlmUsage {
  readonly prompt_tokens: number;
  readonly completion_tokens: number;
}

export type LlmFormat = "openai" | "anthropic";

export interface RecordedLlmRequest {
  readonly method: string;
  /** The path with its query string. */
  readonly path: string;
  readonly headers: http.IncomingHttpHeaders;
  /** The parsed JSON body (undefined when it was not JSON). */
  readonly body: unknown;
  /** performance.now() when the request's headers arrived. */
  readonly arrivedAt: number;
  /** What the server did with it. */
  readonly fault?: LlmFault;
  /** The body the server sent for an error answer. */
  errorBody?: string;
  /** performance.now() when the server sent an error answer: a retry must wait from here. */
  answeredAt?: number;
  /** True once the server wrote the whole response. */
  completed: boolean;
  /** Settles when the response closes: finished, or the client hung up. */
  readonly closed: Promise<void>;
}

export class FakeLlmServer {
  readonly requests: RecordedLlmRequest[] = [];
  /** The text chunks a normal answer streams. */
  reply: readonly string[] = ["Hello", ", ", "world", "!"];
  /**
   * Chooses a request's answer from its parsed body, so that concurrent clients each get their
   * own; undefined (or no hook) streams `reply`. A scripted fault goes before it.
   */
  replyFor: ((body: unknown) => LlmAnswer | undefined) | undefined;
  /** Sent in a last chunk (OpenAI format) to requests that ask with stream_options.include_usage. */
  usage: LlmUsage | undefined;
  /** The most requests that were open at once: from their arrival until their last byte was sent or the client hung up. */
  maxInFlight = 0;
  private open = 0;
  private faults: (LlmFault | undefined)[] = [];

  private constructor(private readonly server: http.Server) {}

  /** On `port` when given, so that a test can bring a server back where its client expects it. */
  static async start(port = 0): Promise<FakeLlmServer> {
    const server = http.createServer();
    const fake = new FakeLlmServer(server);
    server.on("request", (req, res) => void fake.handle(req, res));
    server.listen(port, "127.0.0.1");
    await new Promise<void>((resolve, reject) => {
      server.once("listening", resolve);
      server.once("error", reject);
    });
    return fake;
  }

  get port(): number {
    return (this.server.address() as AddressInfo).port;
  }

  /** Requests open now. */
  get inFlight(): number {
    return this.open;
  }

  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  /** Faults for the next requests in order; `undefined` is a normal answer. */
  script(...faults: (LlmFault | undefined)[]): void {
    this.faults = [...faults];
  }

  reset(): void {
    this.requests.length = 0;
    this.faults = [];
    this.reply = ["Hello", ", ", "world", "!"];
    this.replyFor = undefined;
    this.usage = undefined;
    this.maxInFlight = 0;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async handle(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const arrivedAt = performance.now();
    this.maxInFlight = Math.max(this.maxInFlight, ++this.open);
    let settled = false;
    // Called before the last byte goes out: a client that saw the whole answer may already have
    // sent its next request, and must not find this one still counted.
    const settle = () => {
      if (settled) return;
      settled = true;
      this.open--;
    };
    res.on("close", settle);
    let raw = "";
    for await (const chunk of req) raw += String(chunk);
    let body: unknown;
    try {
      body = JSON.parse(raw) as unknown;
    } catch {
      body = undefined;
    }
    const scripted = this.faults.shift();
    let markClosed: () => void = () => undefined;
    const closed = new Promise<void>((resolve) => (markClosed = resolve));
    const answer = scripted ? undefined : this.replyFor?.(body);
    const fault = scripted ?? answer?.fault;
    const record: RecordedLlmRequest = { method: req.method ?? "", path: req.url ?? "", headers: req.headers, body, arrivedAt, ...(fault ? { fault } : {}), completed: false, closed };
    this.requests.push(record);
    res.on("close", markClosed);

    const format: LlmFormat | undefined = record.path.split("?")[0].endsWith("/v1/messages") ? "anthropic" : record.path.includes("/chat/completions") ? "openai" : undefined;
    if (format === undefined) {
      this.finishError(record, res, settle, 404, JSON.stringify({ error: { message: `no route ${record.path}` } }));
      return;
    }

    if (fault?.kind === "delayFirstByte") {
      const waited = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(true), fault.ms);
        res.on("close", () => {
          clearTimeout(timer);
          resolve(false);
        });
      });
      if (!waited) return;
    }
    if (fault?.kind === "waitFor") {
      const hungUp = new Promise<"hungUp">((resolve) => res.once("close", () => resolve("hungUp")));
      if ((await Promise.race([fault.until, hungUp])) === "hungUp") return;
    }
    if (fault?.kind === "status") {
      const headers: Record<string, string> = fault.retryAfter !== undefined ? { "retry-after": fault.retryAfter } : {};
      this.finishError(record, res, settle, fault.status, fault.body ?? JSON.stringify({ error: { message: `scripted ${fault.status}` } }), headers);
      return;
    }
    if (fault?.kind === "echoKey") {
      const key = keyOf(req.headers);
      this.finishError(record, res, settle, fault.status, JSON.stringify({ error: { message: `Incorrect API key provided: ${key}. Find your key in the dashboard.`, key } }));
      return;
    }

    res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
    const model = isRecord(body) && typeof body.model === "string" ? body.model : "unknown";
    const reply = answer?.reply ?? this.reply;
    const usage = format === "openai" && asksForUsage(body) ? this.usage : undefined;
    const frames = format === "openai" ? openAiFrames(reply, model, usage) : anthropicFrames(reply, model);
    let textSent = 0;
    for (const [index, frame] of frames.entries()) {
      if (res.destroyed) return;
      if (frame.text && fault && "chunks" in fault && textSent === fault.chunks) {
        if (fault.kind === "dropAfter") {
          settle();
          res.socket?.destroy();
          return;
        }
        if (fault.kind === "holdAfter") return;
        if (fault.kind === "malformedAfter") await write(res, "data: {this is not json\n\n");
      }
      if (frame.text && fault?.kind === "trickle" && !(await pause(res, fault.everyMs))) return;
      if (index === frames.length - 1) settle();
      await write(res, frame.raw);
      if (frame.text) textSent++;
    }
    if (res.destroyed) return;
    res.end(() => (record.completed = true));
  }

  private finishError(record: RecordedLlmRequest, res: http.ServerResponse, settle: () => void, status: number, body: string, headers: Record<string, string> = {}): void {
    record.errorBody = body;
    record.answeredAt = performance.now();
    settle();
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(body, () => (record.completed = true));
  }
}

/** Resolves false instead when the client hangs up first. */
function pause(res: http.ServerResponse, ms: number): Promise<boolean> {
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      res.off("close", onClose);
      resolve(true);
    }, ms);
    const onClose = () => {
      clearTimeout(timer);
      resolve(false);
    };
    res.once("close", onClose);
  });
}

function asksForUsage(body: unknown): boolean {
  return isRecord(body) && isRecord(body.stream_options) && body.stream_options.include_usage === true;
}

interface Frame {
  readonly raw: string;
  /** Carries one chunk of reply text. */
  readonly text: boolean;
}

function openAiFrames(reply: readonly string[], model: string, usage: LlmUsage | undefined): Frame[] {
  const chunk = (delta: Record<string, string>, finishReason: string | null) =>
    `data: ${JSON.stringify({ id: "chatcmpl-fake", object: "chat.completion.chunk", model, choices: [{ index: 0, delta, finish_reason: finishReason }] })}\n\n`;
  return [
    { raw: chunk({ role: "assistant" }, null), text: false },
    ...reply.map((text) => ({ raw: chunk({ content: text }, null), text: true })),
    { raw: chunk({}, "stop"), text: false },
    // As OpenAI sends it: after the finish, with an empty choices list.
    ...(usage ? [{ raw: `data: ${JSON.stringify({ id: "chatcmpl-fake", object: "chat.completion.chunk", model, choices: [], usage: { ...usage, total_tokens: usage.prompt_tokens + usage.completion_tokens } })}\n\n`, text: false }] : []),
    { raw: "data: [DONE]\n\n", text: false },
  ];
}

function anthropicFrames(reply: readonly string[], model: string): Frame[] {
  const event = (name: string, data: unknown) => `event: ${name}\ndata: ${JSON.stringify(data)}\n\n`;
  return [
    { raw: event("message_start", { type: "message_start", message: { id: "msg_fake", type: "message", role: "assistant", model, content: [] } }), text: false },
    { raw: event("content_block_start", { type: "content_block_start", index: 0, content_block: { type: "text", text: "" } }), text: false },
    { raw: event("ping", { type: "ping" }), text: false },
    ...reply.map((text) => ({ raw: event("content_block_delta", { type: "content_block_delta", index: 0, delta: { type: "text_delta", text } }), text: true })),
    { raw: event("content_block_stop", { type: "content_block_stop", index: 0 }), text: false },
    { raw: event("message_delta", { type: "message_delta", delta: { stop_reason: "end_turn" }, usage: { output_tokens: reply.length } }), text: false },
    { raw: event("message_stop", { type: "message_stop" }), text: false },
  ];
}

function write(res: http.ServerResponse, text: string): Promise<void> {
  // A write after the client hung up reports an error; the close is what the test watches for.
  return new Promise((resolve) => res.write(text, () => resolve()));
}

function keyOf(headers: http.IncomingHttpHeaders): string {
  const auth = headers.authorization;
  if (typeof auth === "string" && auth.startsWith("Bearer ")) return auth.slice("Bearer ".length);
  const key = headers["x-api-key"] ?? headers["api-key"];
  return typeof key === "string" ? key : "";
}

import * as assert from "node:assert/strict";
import { inspect } from "node:util";
import { createCloudClient } from "../../src/cloud/createCloudClient";
import { backoffDelay, parseRetryAfter } from "../../src/cloud/retry";
import { SseParser, type SseEvent } from "../../src/cloud/sse";
import type { CloudClientOptions, CloudProvider, CloudRequest } from "../../src/cloud/types";
import { FakeLlmServer } from "../support/fakeLlmServer";
import { cloudRejection } from "../support/cloudRejection";
import { closedPort } from "../support/ports";

const apiKey = "sk-test-4f9a2c81d7e64b0f-SECRET";
const request: CloudRequest = {
  model: "copy-model-1",
  maxTokens: 256,
  temperature: 0.4,
  messages: [
    { role: "system", content: "You write product copy." },
    { role: "user", content: "Describe a linen shirt." },
  ],
};

describe("SseParser", () => {
  function feed(pieces: string[]): SseEvent[] {
    const parser = new SseParser();
    return [...pieces.flatMap((piece) => parser.push(piece)), ...parser.end()];
  }

  it("reads data lines, event names and multi-line data, and skips comments", () => {
    const events = feed([": keep-alive\n\nevent: delta\ndata: one\ndata: two\n\ndata: {\"a\":1}\n\n"]);
    assert.deepEqual(events, [
      { event: "delta", data: "one\ntwo" },
      { event: "message", data: '{"a":1}' },
    ]);
  });

  it("gives the same events whether the stream comes whole, one character at a time, or with CRLF split across pieces", () => {
    const stream = "event: a\r\ndata: x\r\n\r\n:c\r\ndata: y\r\rdata:z\n\n";
    const whole = feed([stream]);
    assert.deepEqual(whole, [
      { event: "a", data: "x" },
      { event: "message", data: "y" },
      { event: "message", data: "z" },
    ]);
    assert.deepEqual(feed([...stream]), whole);
    assert.deepEqual(feed(["event: a\r", "\ndata: x\r", "\n\r", "\n:c\r\ndata: y\r", "\rdata:z\n\n"]), whole);
  });

  it("dispatches an unterminated last event at the end of the stream", () => {
    assert.deepEqual(feed(["data: [DONE]"]), [{ event: "message", data: "[DONE]" }]);
  });
});

describe("retry timing helpers", () => {
  it("reads Retry-After as seconds or as an HTTP date", () => {
    const now = Date.parse("2025-01-01T00:00:00Z");
    assert.equal(parseRetryAfter("2", now), 2000);
    assert.equal(parseRetryAfter("Wed, 01 Jan 2025 00:00:05 GMT", now), 5000);
    assert.equal(parseRetryAfter("soon", now), undefined);
    assert.equal(parseRetryAfter(null, now), undefined);
  });

  it("backs off exponentially with jitter between half and all of each step", () => {
    assert.equal(backoffDelay(0, 100, () => 0), 50);
    assert.equal(backoffDelay(0, 100, () => 1), 100);
    assert.equal(backoffDelay(3, 100, () => 1), 800);
  });
});

for (const provider of ["openai", "anthropic"] as const satisfies readonly CloudProvider[]) {
  describe(`cloud client: ${provider}`, () => {
    let server: FakeLlmServer;

    before(async () => {
      server = await FakeLlmServer.start();
    });
    after(async () => {
      await server.close();
    });
    beforeEach(() => server.reset());

    function client(overrides: Partial<CloudClientOptions> = {}) {
      const baseUrl = provider === "openai" ? `${server.baseUrl}/v1` : server.baseUrl;
      return createCloudClient({ provider, baseUrl, apiKey, retryBaseMs: 1, ...overrides });
    }

    it("streams the text chunk by chunk into onText and returns it complete", async () => {
      server.reply = ["Soft ", "linen, ", "cut ", "loose."];
      const pieces: string[] = [];
      const result = await client().stream(request, { onText: (text) => pieces.push(text) });
      assert.deepEqual(pieces, ["Soft ", "linen, ", "cut ", "loose."]);
      assert.equal(result.text, "Soft linen, cut loose.");
      assert.equal(result.complete, true);
      assert.equal(result.finishReason, provider === "openai" ? "stop" : "end_turn");
    });

    it("sends the right path, headers and body", async () => {
      await client().stream(request);
      assert.equal(server.requests.length, 1);
      const [seen] = server.requests;
      assert.equal(seen.method, "POST");
      assert.match(String(seen.headers["content-type"]), /application\/json/);
      if (provider === "openai") {
        assert.equal(seen.path, "/v1/chat/completions");
        assert.equal(seen.headers.authorization, `Bearer ${apiKey}`);
        assert.equal(seen.headers["x-api-key"], undefined);
        assert.deepEqual(seen.body, { model: "copy-model-1", messages: request.messages, max_tokens: 256, temperature: 0.4, stream: true });
      } else {
        assert.equal(seen.path, "/v1/messages");
        assert.equal(seen.headers["x-api-key"], apiKey);
        assert.equal(seen.headers["anthropic-version"], "2023-06-01");
        assert.equal(seen.headers.authorization, undefined);
        assert.deepEqual(seen.body, {
          model: "copy-model-1",
          max_tokens: 256,
          system: "You write product copy.",
          messages: [{ role: "user", content: "Describe a linen shirt." }],
          temperature: 0.4,
          stream: true,
        });
      }
    });

    if (provider === "openai") {
      it("speaks Azure OpenAI when an apiVersion is set: api-version query and api-key header", async () => {
        const azure = createCloudClient({ provider, baseUrl: `${server.baseUrl}/openai/deployments/copy/`, apiKey, apiVersion: "2024-10-21" });
        const result = await azure.stream(request);
        assert.equal(result.text, "Hello, world!");
        const [seen] = server.requests;
        assert.equal(seen.path, "/openai/deployments/copy/chat/completions?api-version=2024-10-21");
        assert.equal(seen.headers["api-key"], apiKey);
        assert.equal(seen.headers.authorization, undefined);
      });
    }

    it("reports a rejected key as unauthorized, names the command to fix it, and does not retry", async () => {
      server.script({ kind: "status", status: 401 }, undefined);
      const error = await cloudRejection(client().stream(request));
      assert.equal(error.code, "unauthorized");
      assert.match(error.message, /Tailor: Set API Key/);
      assert.equal(server.requests.length, 1);
    });

    it("reports a 404 as model-not-found naming the model", async () => {
      server.script({ kind: "status", status: 404 });
      const error = await cloudRejection(client().stream(request));
      assert.equal(error.code, "model-not-found");
      assert.match(error.message, /"copy-model-1"/);
      assert.equal(server.requests.length, 1);
    });

    it("waits out Retry-After on a 429, then completes", async () => {
      server.script({ kind: "status", status: 429, retryAfter: "1" });
      const result = await client({ retryBaseMs: 1 }).stream(request);
      assert.equal(result.text, "Hello, world!");
      assert.equal(result.complete, true);
      assert.equal(server.requests.length, 2);
      const [first, second] = server.requests;
      assert.ok(second.arrivedAt - first.arrivedAt >= 1000, `the retry came ${second.arrivedAt - first.arrivedAt} ms after the 429 that asked for 1000 ms`);
    });

    it("gives up on a server that answers 500 every time after maxRetries + 1 attempts", async () => {
      server.script(...Array.from({ length: 6 }, () => ({ kind: "status" as const, status: 500 })));
      const error = await cloudRejection(client({ maxRetries: 3, retryBaseMs: 1 }).stream(request));
      assert.equal(error.code, "server");
      assert.equal(error.status, 500);
      assert.equal(error.attempts, 4);
      assert.equal(server.requests.length, 4);
    });

    it("keeps the partial text when the connection drops midway", async () => {
      server.script({ kind: "dropAfter", chunks: 2 });
      const pieces: string[] = [];
      const error = await cloudRejection(client().stream(request, { onText: (text) => pieces.push(text) }));
      assert.equal(error.code, "incomplete");
      assert.equal(error.partialText, "Hello, ");
      assert.deepEqual(pieces, ["Hello", ", "]);
      assert.match(error.message, /incomplete/);
      assert.equal(server.requests.length, 1, "text had streamed, so it must not retry");
    });

    it("reports a malformed SSE line as incomplete, keeping the text before it", async () => {
      server.script({ kind: "malformedAfter", chunks: 3 });
      const error = await cloudRejection(client().stream(request));
      assert.equal(error.code, "incomplete");
      assert.equal(error.partialText, "Hello, world");
      assert.match(error.message, /malformed/);
      assert.match(error.message, /incomplete/);
    });

    it("times out when the first byte is slower than timeoutMs", async () => {
      server.script({ kind: "delayFirstByte", ms: 30_000 });
      const error = await cloudRejection(client({ timeoutMs: 100 }).stream(request));
      assert.equal(error.code, "timeout");
      await server.requests[0].closed;
      assert.equal(server.requests[0].completed, false);
      assert.equal(server.requests.length, 1);
    });

    it("times out when the stream stalls longer than idleTimeoutMs, keeping the text so far", async () => {
      server.script({ kind: "holdAfter", chunks: 1 });
      const error = await cloudRejection(client({ idleTimeoutMs: 100 }).stream(request));
      assert.equal(error.code, "timeout");
      assert.equal(error.partialText, "Hello");
      assert.match(error.message, /incomplete/);
    });

    it("cancels mid-stream through the AbortSignal and closes the connection", async () => {
      server.script({ kind: "holdAfter", chunks: 2 });
      const controller = new AbortController();
      const pieces: string[] = [];
      const error = await cloudRejection(
        client().stream(request, {
          signal: controller.signal,
          onText: (text) => {
            pieces.push(text);
            if (pieces.length === 1) controller.abort();
          },
        }),
      );
      assert.equal(error.code, "cancelled");
      assert.equal(error.partialText, "Hello");
      assert.deepEqual(pieces, ["Hello"], "no text after the cancel");
      await server.requests[0].closed;
      assert.equal(server.requests[0].completed, false);
    });

    it("never lets an API key echoed by the server into the error", async () => {
      server.script({ kind: "echoKey", status: 401 });
      const error = await cloudRejection(client().stream(request));
      assert.ok(server.requests[0].errorBody?.includes(apiKey), "the server did echo the key");
      assert.equal(error.code, "unauthorized");
      assert.match(error.message, /Incorrect API key provided: \[redacted API key\]/);
      for (const text of [error.message, error.stack ?? "", JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }), String(error.partialText)]) {
        assert.ok(!text.includes(apiKey), `the key leaked into: ${text}`);
      }
    });

    it("never lets an API key echoed into the streamed text into partialText", async () => {
      server.reply = ["Your key is ", apiKey, ", keep it safe."];
      server.script({ kind: "dropAfter", chunks: 2 });
      const error = await cloudRejection(client().stream(request));
      assert.equal(error.code, "incomplete");
      assert.equal(error.partialText, "Your key is [redacted API key]");
      assert.ok(!JSON.stringify(error).includes(apiKey));
    });

    it("reports a closed port as a network error", async () => {
      const port = await closedPort();
      const error = await cloudRejection(createCloudClient({ provider, baseUrl: `http://127.0.0.1:${port}`, apiKey, retryBaseMs: 1 }).stream(request));
      assert.equal(error.code, "network");
      assert.match(error.message, /unreachable/);
      assert.match(error.message, /ECONNREFUSED/);
    });
  });
}

import * as assert from "node:assert/strict";
import { CloudError } from "../../../src/cloud/cloudError";
import { InferenceServerGenerator, stopsWholeRun, type InferenceServerSettings } from "../../../src/cloud/inferenceServerGenerator";
import { OpenAiClient } from "../../../src/cloud/openAiClient";
import type { CloudRequest } from "../../../src/cloud/types";
import { productDescriptionJsonSchema } from "../../../src/core/productDescription/schema";
import type { GenerationRequest } from "../../../src/engine/engineTypes";
import { FakeLlmServer } from "../../support/fakeLlmServer";
import { cloudRejection } from "../../support/cloudRejection";
import { closedPort } from "../../support/ports";

const request: GenerationRequest = {
  messages: [
    { role: "system", content: "You write product copy." },
    { role: "user", content: "Product: Harbour Mug\nFacts:\n- 350 ml enamel" },
  ],
  jsonSchema: productDescriptionJsonSchema,
  maxTokens: 512,
  temperature: 0.3,
  seed: 1_234_567,
};

describe("InferenceServerGenerator", () => {
  let server: FakeLlmServer;
  before(async () => {
    server = await FakeLlmServer.start();
  });
  after(() => server.close());
  beforeEach(() => server.reset());

  function generator(overrides: Partial<InferenceServerSettings> = {}): InferenceServerGenerator {
    return new InferenceServerGenerator({ endpoint: `${server.baseUrl}/v1`, model: "qwen2.5-7b", apiKey: "sk-server", contextTokens: 4096, concurrency: 4, requestTimeoutMs: 30_000, retryBaseMs: 1, ...overrides });
  }

  it("asks for Tailor's JSON schema, the product's seed and the token counts", async () => {
    await generator().generate(request, {});
    assert.equal(server.requests.length, 1);
    const [seen] = server.requests;
    assert.equal(seen.path, "/v1/chat/completions");
    assert.equal(seen.headers.authorization, "Bearer sk-server");
    assert.deepEqual(seen.body, {
      model: "qwen2.5-7b",
      messages: request.messages,
      max_tokens: 512,
      temperature: 0.3,
      seed: 1_234_567,
      response_format: { type: "json_schema", json_schema: { name: "tailor_copy", schema: productDescriptionJsonSchema } },
      stream: true,
      stream_options: { include_usage: true },
    });
  });

  it("asks for marketing copy's frequency penalty, as the local worker applies it", async () => {
    await generator().generate({ ...request, frequencyPenalty: 0.4 }, {});
    assert.equal((server.requests[0]?.body as { frequency_penalty?: number }).frequency_penalty, 0.4);
  });

  it("reads the server's token counts from the usage chunk", async () => {
    server.reply = ['{"title":', '"Harbour Mug"}'];
    server.usage = { prompt_tokens: 417, completion_tokens: 9 };
    const result = await generator().generate(request, {});
    assert.equal(result.text, '{"title":"Harbour Mug"}');
    assert.equal(result.stopReason, "completed");
    assert.equal(result.tokens, 9, "the count is the server's, not the 2 chunks");
    assert.equal(result.timings.promptTokensEvaluated, 417);
    assert.equal(result.model.name, "qwen2.5-7b");
    assert.equal(result.model.chatSequences, 4);
  });

  it("counts a token a chunk when the server sends no usage", async () => {
    server.reply = ["a", "b", "c"];
    const result = await generator().generate(request, {});
    assert.equal(result.tokens, 3);
    assert.equal(result.timings.promptTokensEvaluated, undefined);
  });

  it("returns a cancel as stopReason cancelled with the text so far, and hangs up", async () => {
    server.reply = ['{"title":', '"Harbour', ' Mug"}'];
    server.script({ kind: "holdAfter", chunks: 2 });
    const controller = new AbortController();
    const pieces: string[] = [];
    const result = await generator().generate(request, {
      signal: controller.signal,
      onText: (text) => {
        pieces.push(text);
        if (pieces.length === 2) controller.abort();
      },
    });
    assert.equal(result.stopReason, "cancelled");
    assert.equal(result.text, '{"title":"Harbour');
    assert.equal(result.tokens, 2);
    await server.requests[0].closed;
    assert.equal(server.requests[0].completed, false);
  });

  it("retries a server that refuses connections, and gives up with a network error that stops the run", async () => {
    const port = await closedPort();
    const error = await cloudRejection(generator({ endpoint: `http://127.0.0.1:${port}/v1`, maxRetries: 2 }).generate(request, {}));
    assert.equal(error.code, "network");
    assert.equal(error.attempts, 3);
    assert.equal(stopsWholeRun(error), true);
  });

  it("stops the run for failures every product would meet, and only for those", () => {
    for (const code of ["network", "unauthorized", "model-not-found"] as const) assert.equal(stopsWholeRun(new CloudError(code, code)), true, code);
    for (const code of ["rate-limited", "server", "timeout", "incomplete", "cancelled", "bad-response"] as const) assert.equal(stopsWholeRun(new CloudError(code, code)), false, code);
    assert.equal(stopsWholeRun(new Error("network")), false);
  });
});

describe("retryUnreachable", () => {
  const cloudRequest: CloudRequest = { model: "m", maxTokens: 64, messages: [{ role: "user", content: "Hi" }] };
  const started: FakeLlmServer[] = [];
  afterEach(async () => {
    await Promise.all(started.splice(0).map((server) => server.close()));
  });

  /**
   * A client whose first connection is refused; the server comes up on that port only once the
   * refusal has happened, so a retry finds it and no retry cannot.
   */
  async function refusedOnce(retryUnreachable: boolean) {
    const port = await closedPort();
    let calls = 0;
    const client = new OpenAiClient({
      provider: "openai",
      baseUrl: `http://127.0.0.1:${port}/v1`,
      apiKey: "sk-unreachable-test",
      retryBaseMs: 1,
      maxRetries: 3,
      retryUnreachable,
      fetch: async (input, init) => {
        calls++;
        try {
          return await fetch(input, init);
        } catch (error) {
          if (calls === 1) started.push(await FakeLlmServer.start(port));
          throw error;
        }
      },
    });
    return { client, calls: () => calls, server: () => started[0] };
  }

  it("retries a refused connection when asked to, and the retry is answered", async () => {
    const { client, calls, server } = await refusedOnce(true);
    const result = await client.stream(cloudRequest);
    assert.equal(result.text, "Hello, world!");
    assert.equal(calls(), 2);
    assert.equal(server().requests.length, 1);
  });

  it("does not retry a refused connection otherwise", async () => {
    const { client, calls, server } = await refusedOnce(false);
    const error = await cloudRejection(client.stream(cloudRequest));
    assert.equal(error.code, "network");
    assert.match(error.message, /ECONNREFUSED/);
    assert.equal(error.attempts, 1);
    assert.equal(calls(), 1);
    assert.equal(server().requests.length, 0, "the server that came up afterwards was asked");
  });

  for (const retryUnreachable of [true, false]) {
    it(`${retryUnreachable ? "retries" : "does not retry"} a connection reset after the headers but before any text${retryUnreachable ? " when asked to" : " otherwise"}`, async () => {
      const server = await FakeLlmServer.start();
      started.push(server);
      server.script({ kind: "dropAfter", chunks: 0 });
      const client = new OpenAiClient({ provider: "openai", baseUrl: `${server.baseUrl}/v1`, apiKey: "sk-unreachable-test", retryBaseMs: 1, maxRetries: 3, retryUnreachable });
      const texts: string[] = [];
      const answer = client.stream(cloudRequest, { onText: (text) => texts.push(text) });
      if (retryUnreachable) {
        assert.equal((await answer).text, "Hello, world!");
        assert.deepEqual(texts, ["Hello", ", ", "world", "!"], "text was repeated or lost");
        assert.equal(server.requests.length, 2);
      } else {
        assert.equal((await cloudRejection(answer)).code, "network");
        assert.equal(server.requests.length, 1);
      }
    });
  }
});

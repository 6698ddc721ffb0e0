import * as assert from "node:assert/strict";
import { CloudError } from "../../src/cloud/cloudError";
import { createCloudClient } from "../../src/cloud/createCloudClient";
import { buildLongFormPrompt } from "../../src/core/longform/longFormPrompt";
import { fixture } from "../support/paths";
import { startLlamaServer, type RunningLlamaServer } from "./llamaServerProcess";

/**
 * Interop with a server no one here wrote: llama.cpp's own llama-server (OpenAI-compatible, SSE),
 * built once from the llama.cpp source inside node-llama-cpp and serving the fixture model on
 * 127.0.0.1. The hand-off's client streams a long-form draft from it, and cancels one midway.
 * Out of .ci/run because of the build (npm run test:interop).
 */
describe("Cloud hand-off against llama.cpp's llama-server", function () {
  let server: RunningLlamaServer | undefined;
  let baseUrl: string;

  before(async function () {
    server = await startLlamaServer({ model: fixture("tiny-a"), contextPerSlot: 2048, threads: 1 });
    baseUrl = server.baseUrl;
  });

  after(async () => {
    await server?.stop();
  });

  it("streams a long-form draft through the OpenAI-compatible client", async () => {
    const client = createCloudClient({ provider: "openai", baseUrl, apiKey: "no-key-needed" });
    const chunks: string[] = [];
    const result = await client.stream(
      { messages: buildLongFormPrompt("blog-post", "Merino trail sock: warm, dry."), model: "fixture", maxTokens: 64, temperature: 0 },
      { onText: (chunk) => chunks.push(chunk) },
    );
    assert.ok(result.complete, "the stream did not end with [DONE]");
    assert.ok(chunks.length > 1, `only ${chunks.length} chunk(s): not streamed`);
    assert.equal(chunks.join(""), result.text);
    assert.ok(result.text.length > 0);
  });

  it("cancels a stream midway and keeps what arrived", async () => {
    const client = createCloudClient({ provider: "openai", baseUrl, apiKey: "no-key-needed" });
    const controller = new AbortController();
    let received = "";
    const error = await client
      .stream(
        { messages: buildLongFormPrompt("newsletter", "Merino trail sock."), model: "fixture", maxTokens: 1000, temperature: 0 },
        {
          signal: controller.signal,
          onText: (chunk) => {
            received += chunk;
            if (received.length > 10) controller.abort();
          },
        },
      )
      .then(() => undefined, (e: unknown) => e);
    assert.ok(error instanceof CloudError && error.code === "cancelled", String(error));
    assert.ok((error.partialText ?? "").startsWith(received.slice(0, 10)));
  });
});

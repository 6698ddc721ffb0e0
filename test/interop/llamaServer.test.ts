import * as assert from "node:assert/strict";
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createServer } from "node:net";
import * as path from "node:path";
import { CloudError } from "../../src/cloud/cloudError";
import { createCloudClient } from "../../src/cloud/createCloudClient";
import { buildLongFormPrompt } from "../../src/core/longform/longFormPrompt";
import { fixture, repoRoot } from "../support/paths";

/**
 * Interop with a server no one here wrote: llama.cpp's own llama-server (OpenAI-compatible, SSE),
 * built once from the llama.cpp source inside node-llama-cpp and serving the fixture model on
 * 127.0.0.1. The hand-off's client streams a long-form draft from it, and cancels one midway.
 * Out of .ci/run because of the build (npm run test:interop).
 */
describe("Cloud hand-off against llama.cpp's llama-server", function () {
  let server: ChildProcess;
  let baseUrl: string;

  before(async function () {
    const binary = execFileSync("bash", [path.join(repoRoot, "bench", "buildLlamaTool.sh"), "llama-server"], { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim().split("\n").pop()!;
    const port = await freePort();
    baseUrl = `http://127.0.0.1:${port}/v1`;
    server = spawn(binary, ["-m", fixture("tiny-a"), "--host", "127.0.0.1", "--port", String(port), "-c", "2048", "-t", "1", "--no-webui"], { stdio: "ignore" });
    // The server answers /health with 503 while loading and 200 once ready.
    const deadline = Date.now() + 60_000;
    for (;;) {
      const healthy = await fetch(`http://127.0.0.1:${port}/health`).then((r) => r.ok, () => false);
      if (healthy) break;
      if (Date.now() > deadline || server.exitCode !== null) throw new Error(`llama-server did not become healthy (exit ${server.exitCode})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
  });

  after(() => {
    server?.kill("SIGTERM");
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

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.listen(0, "127.0.0.1", () => {
      const address = probe.address();
      probe.close(() => (typeof address === "object" && address ? resolve(address.port) : reject(new Error("no port"))));
    });
  });
}

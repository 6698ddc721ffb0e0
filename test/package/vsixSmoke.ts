/**
 * Proves the VSIX runs on its own: unpacks it, forks the packaged worker (which imports the
 * packaged node-llama-cpp and its linux-x64 runtime, not the repo's), and generates with it.
 * Usage: node out/test/package/vsixSmoke.js FILE.vsix
 */
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { EngineClient } from "../../src/engine/engineClient";
import { fixture } from "../support/paths";

async function main(): Promise<void> {
  const vsix = path.resolve(process.argv[2] ?? "");
  const dir = mkdtempSync(path.join(tmpdir(), "tailor-vsix-"));
  try {
    execFileSync("unzip", ["-q", vsix, "-d", dir]);
    const workerPath = path.join(dir, "extension", "dist", "worker.js");
    const engine = new EngineClient({ workerPath }, { modelPath: fixture("tiny-a"), threads: 1, gpu: "off", contextSize: 2048 });
    try {
      const result = await engine.generate({
        messages: [{ role: "user", content: "Write a product title." }],
        jsonSchema: { type: "object", properties: { title: { type: "string", maxLength: 60 } }, required: ["title"] },
        maxTokens: 200,
        temperature: 0,
      });
      const title = (JSON.parse(result.text) as { title: string }).title;
      console.log(`VSIX smoke test: the packaged worker loaded ${result.model.name} and wrote ${result.tokens} tokens: ${JSON.stringify(title)}`);
      // A chat's loop: the packaged addon's chat lanes, under the JSON grammar.
      if (result.timings.loop !== "tailor-addon") {
        throw new Error(`the packaged worker chatted with ${result.timings.loop ?? "an unknown loop"}, not Tailor's native addon (dist/native/tailor-completion.node)`);
      }
      // Ghost text's loop: the packaged native addon, linked against the packaged llama.cpp.
      const completion = await engine.complete({ prompt: "Soft cotton shirt", maxTokens: 8, temperature: 0 });
      if (completion.timings.loop !== "tailor-addon") {
        throw new Error(`the packaged worker completed text with ${completion.timings.loop ?? "an unknown loop"}, not Tailor's native addon (dist/native/tailor-completion.node)`);
      }
      console.log(`VSIX smoke test: raw completion through the packaged native addon, ${completion.tokens} tokens`);
    } finally {
      engine.dispose();
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(`VSIX smoke test failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

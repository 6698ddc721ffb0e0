import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runCatalog } from "../src/catalog/runCatalog";
import { generalRetailProfile } from "../src/core/profiles/industryProfiles";
import { EngineClient } from "../src/engine/engineClient";
import { catalogProductWriter } from "../src/writing/catalogProductWriter";
import { emptyVoice, voiceSteering } from "../src/writing/workspaceVoice";

export interface CatalogThroughput {
  readonly parallel: number;
  readonly products: number;
  readonly written: number;
  readonly failed: number;
  readonly minutes: number;
  readonly productsPerMinute: number;
  readonly chatSequences: number;
  /** "line: reason" for each product that failed, so a ratio is never read without them. */
  readonly failures: readonly string[];
}

/**
 * Products a minute for a catalog run through the real path (runCatalog, the checked writer, the
 * engine's worker), from a fresh engine so the model load is counted in neither.
 */
export async function runCatalogThroughput(workerPath: string, modelPath: string, sampleCsv: string, products: number, parallel: number, threads: number): Promise<CatalogThroughput> {
  const dir = mkdtempSync(path.join(tmpdir(), "tailor-catalog-bench-"));
  const input = path.join(dir, "catalog.csv");
  const lines = readFileSync(sampleCsv, "utf8").split(/\r?\n/).filter((line) => line.length > 0);
  writeFileSync(input, `${lines.slice(0, products + 1).join("\n")}\n`);
  const engine = new EngineClient({ workerPath }, { modelPath, threads, gpu: "off", contextSize: 8192 });
  try {
    // Load first, with the lanes the run will use, so the rate is the writing alone.
    await engine.generate({ messages: [{ role: "user", content: "Hi" }], maxTokens: 1, temperature: 0 }, { priority: "batch", parallel });
    const started = performance.now();
    const summary = await runCatalog({
      inputPath: input,
      model: modelPath,
      parallel,
      seed: 3,
      writeProduct: catalogProductWriter({
        generator: engine,
        steering: voiceSteering(emptyVoice(), generalRetailProfile),
        maxTokens: 700,
        temperature: 0.7,
        parallel,
      }),
    });
    const minutes = (performance.now() - started) / 60_000;
    return {
      parallel,
      products,
      written: summary.written + summary.flagged.length,
      failed: summary.failed.length,
      minutes,
      productsPerMinute: (summary.written + summary.flagged.length) / minutes,
      chatSequences: engine.loadedModel?.chatSequences ?? 0,
      failures: summary.failed.map((failure) => `line ${failure.line}: ${failure.reason}`),
    };
  } finally {
    engine.dispose();
    rmSync(dir, { recursive: true, force: true });
  }
}

import * as assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { parse } from "csv-parse/sync";
import { available, missingReason, realModels } from "../support/realModels";
import { journalEntries, runCatalogCli, type CliResult } from "../support/tailorCli";
import { defaultEngineThreads, startLlamaServer, type RunningLlamaServer } from "./llamaServerProcess";
import { writeSampleCatalog } from "./sampleCatalog";

/** 40 by default, as the issue asks; fewer for a quick check of the test itself. */
const products = Number(process.env.TAILOR_INTEROP_PRODUCTS ?? 40);
const slots = 4;

interface CliRun extends CliResult {
  readonly seconds: number;
}

/** The end-of-run report's counts and failure reasons (formatSummary in src/core/catalog/catalogReport.ts). */
interface Reported {
  readonly written: number;
  readonly skipped: number;
  readonly flagged: number;
  readonly failed: number;
  readonly total: number;
  readonly failedLines: ReadonlyMap<number, string>;
  readonly resumed: number;
}

/** The shared CLI runner, timed: the figures printed are the CLI's own wall time. */
async function runCli(args: readonly string[], onSpawn?: (child: ChildProcess) => void): Promise<CliRun> {
  const started = performance.now();
  const result = await runCatalogCli(args, { onSpawn });
  return { ...result, seconds: (performance.now() - started) / 1000 };
}

function reported(run: CliRun): Reported {
  const counts = /(?:Done|Cancelled): (\d+) written, (\d+) skipped, (\d+) flagged, (\d+) failed of (\d+) products\./.exec(run.stdout);
  assert.ok(counts, `no summary in the output:\n${run.stdout}\n${run.stderr.slice(-2000)}`);
  const [written, skipped, flagged, failed, total] = counts.slice(1).map(Number) as [number, number, number, number, number];
  const failedLines = new Map([...run.stdout.matchAll(/^ {2}failed, line (\d+) \([^)]*\): (.*)$/gm)].map((m) => [Number(m[1]), m[2]!.trim()]));
  const resumed = Number(/Resumed: (\d+) products/.exec(run.stdout)?.[1] ?? 0);
  return { written, skipped, flagged, failed, total, failedLines, resumed };
}

/** Journal entries by key: what a run had finished, with the cells it wrote (the header line skipped, a torn last line ignored). */
function journal(file: string): Map<string, { status: string; edits?: Record<string, string> }> {
  const entries = new Map<string, { status: string; edits?: Record<string, string> }>();
  if (!existsSync(file)) return entries;
  for (const line of readFileSync(file, "utf8").split("\n").slice(1)) {
    if (!line.endsWith("}")) continue;
    const entry = JSON.parse(line) as { key: string; status: string; edits?: Record<string, string> };
    entries.set(entry.key, entry);
  }
  return entries;
}

/**
 * What every run must give, however well a 135M model writes: a CSV that parses, the input's
 * cells untouched and in order, and each product written, flagged or failed with a reason, most
 * of them written. A small model may leave a field out; that is a failed product, not a broken run.
 */
function assertWellFormedRun(run: CliRun, inputPath: string, outputPath: string): Reported {
  const report = reported(run);
  assert.equal(report.total, products);
  assert.equal(report.skipped, 0, "nothing had copy before, so nothing should be skipped");
  assert.equal(report.written + report.flagged + report.failed, products, "a product is neither written, flagged nor failed");
  assert.equal(report.failedLines.size, report.failed, `a failure without its line and reason:\n${run.stdout}`);
  for (const [line, reason] of report.failedLines) assert.ok(reason.length > 0, `line ${line} failed without a reason`);
  assert.ok(run.code === 0 ? report.failed === 0 : run.code === 1 && report.failed > 0, `exit ${run.code} (${run.signal}) with ${report.failed} failed:\n${run.stderr.slice(-3000)}`);
  assert.ok(report.written + report.flagged > products / 2, `only ${report.written + report.flagged} of ${products} written`);

  const [inputHeader, ...inputRows] = parse(readFileSync(inputPath, "utf8")) as string[][];
  const [outputHeader, ...outputRows] = parse(readFileSync(outputPath, "utf8")) as string[][];
  assert.deepEqual(outputHeader!.slice(0, inputHeader!.length), inputHeader);
  assert.ok(outputHeader!.length > inputHeader!.length, "no column was added for the copy");
  assert.equal(outputRows.length, inputRows.length);
  const description = outputHeader!.findIndex((name, i) => i >= inputHeader!.length && /description/i.test(name) && !/meta|seo/i.test(name));
  assert.ok(description >= 0, `no description column in ${outputHeader!.join(", ")}`);
  outputRows.forEach((row, i) => {
    assert.deepEqual(row.slice(0, inputHeader!.length), inputRows[i], `row ${i + 2}: the input's cells changed or moved`);
    // In a one-row-per-product CSV the product on data row i sits on line i + 2.
    const failed = report.failedLines.has(i + 2);
    if (failed) assert.ok(row.slice(inputHeader!.length).every((cell) => cell === ""), `line ${i + 2} failed but has copy`);
    else assert.ok(row[description]!.trim().length > 0, `line ${i + 2} is reported written but has no description`);
  });
  return report;
}

describe(`Catalog runs on llama-server -np ${slots} through the CLI (real SmolLM2-135M-Instruct)`, function () {
  // Each test is one or two runs of the catalog: past the script's 20-minute limit per test on a
  // loaded 2-core machine.
  this.timeout(90 * 60_000);
  let server: RunningLlamaServer | undefined;
  let dir: string;
  let input: string;
  let args: (output: string) => string[];
  let inputBytes: Buffer;
  const uninterrupted = () => path.join(dir, "uninterrupted.csv");

  before(async function () {
    if (!available("smolLm2")) {
      console.log(`      skipped: ${missingReason("smolLm2")}`);
      this.skip();
    }
    dir = mkdtempSync(path.join(tmpdir(), "tailor-interop-catalog-"));
    input = path.join(dir, "catalog.csv");
    writeSampleCatalog(input, products);
    inputBytes = readFileSync(input);
    // Each slot gets the 4096-token context a local run gets; threads as the local engine's default.
    server = await startLlamaServer({ model: realModels.smolLm2, slots, contextPerSlot: 4096, threads: defaultEngineThreads() });
    args = (output) => [input, "--out", output, "--endpoint", server!.baseUrl, "--model", "smollm2", "--concurrency", String(slots)];
  });

  after(async () => {
    await server?.stop();
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it(`writes ${products} products with --concurrency ${slots}: every one written, flagged or failed with a reason`, async function () {
    if (!available("smolLm2")) this.skip();
    const run = await runCli(args(uninterrupted()));
    const report = assertWellFormedRun(run, input, uninterrupted());
    assert.deepEqual(readFileSync(input), inputBytes, "the input file changed");
    console.log(
      `      ${products} products on llama-server -np ${slots}, ${defaultEngineThreads()} thread(s): ${(products / (run.seconds / 60)).toFixed(2)} products/min, ` +
        `${run.seconds.toFixed(0)} s wall; ${report.written} written, ${report.flagged} flagged, ${report.failed} failed`,
    );
    for (const [line, reason] of report.failedLines) console.log(`        failed, line ${line}: ${reason}`);
  });

  /*
   * Not held to byte equality with the uninterrupted run, as the CLI's run on the fixture model is
   * (test/unit/catalogCli.test.ts): llama-server at -np 4 does not repeat itself with four
   * requests in flight, seeds and all.
   * Measured here (SmolLM2 Q4_1, 1 thread): of 8 products, 7 differed between two uninterrupted
   * runs; on 4 products, a fresh server's first run differed from its later ones, two servers'
   * warm runs differed from each other, and with --no-cache-prompt all three runs differed, while
   * --concurrency 1 repeated byte for byte, and so did the same requests replayed alone, all at
   * once or staggered. A slot's tokens are computed in batches shared with whatever the other
   * slots are reading or writing at that moment, and from whatever prefix its cache holds; both
   * follow the timing of the concurrent requests and the server's history, and a small
   * difference in the logits sooner or later flips a sampled token. A killed and resumed run has
   * another timing and history by construction, so it is held to what the journal promises
   * instead: every product journaled before the kill kept as it was, and every other one
   * written, flagged or failed.
   */
  it("after kill -9 midway, the resumed run loses nothing that was journaled and finishes every product", async function () {
    if (!available("smolLm2")) this.skip();
    const output = path.join(dir, "resumed.csv");
    const journalPath = `${output}.tailor-journal`;
    const half = Math.floor(products / 2);
    const killed = await runCli(args(output), (child) => {
      const watch = setInterval(() => {
        if (journalEntries(journalPath) >= half) {
          clearInterval(watch);
          child.kill("SIGKILL");
        }
      }, 50);
      child.on("close", () => clearInterval(watch));
    });
    assert.equal(killed.signal, "SIGKILL", `the run ended before it could be killed:\n${killed.stdout}`);
    assert.ok(!existsSync(output), "a killed run left an output file behind");
    const atKill = journal(journalPath);
    assert.ok(atKill.size >= half && atKill.size < products, `the journal kept ${atKill.size} products`);

    const resumed = await runCli(args(output));
    const report = assertWellFormedRun(resumed, input, output);
    // A failed product is retried on resume; everything else in the journal is final.
    const done = [...atKill.values()].filter((entry) => entry.status !== "failed").length;
    assert.equal(report.resumed, done, "the resumed run redid products the journal had, or lost some");
    const [, ...rows] = parse(readFileSync(output, "utf8")) as string[][];
    for (const [key, entry] of atKill) {
      if (!entry.edits) continue;
      const row = rows[Number(/^row-(\d+)$/.exec(key)![1]) - 2]!;
      for (const [column, value] of Object.entries(entry.edits)) assert.equal(row[Number(column)], value, `${key}: the journaled copy was not kept`);
    }
    assert.deepEqual(readFileSync(input), inputBytes, "the input file changed");
    assert.equal(existsSync(journalPath), report.failed > 0, "the journal should stay exactly when products failed");
    // For the record only (see above): how far this run's copy strayed from the uninterrupted one's.
    const whole = existsSync(uninterrupted()) ? (parse(readFileSync(uninterrupted(), "utf8")) as string[][]).slice(1) : undefined;
    const differing = whole && rows.filter((row, i) => row.join("\u0000") !== whole[i]!.join("\u0000")).length;
    console.log(`      killed with ${atKill.size} products journaled; resumed ${report.resumed} and wrote the rest in ${resumed.seconds.toFixed(0)} s${whole ? `; ${differing} of ${products} products differ from the uninterrupted run` : ""}`);
  });
});

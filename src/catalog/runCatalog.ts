import { createHash } from "node:crypto";
import { setMaxListeners } from "node:events";
import { promises as fs } from "node:fs";
import * as path from "node:path";
import { writeFileAtomic } from "./atomicWrite";
import { scoreReportFile } from "./scoreReportFile";
import { shopifyTranslationsFile } from "./translationsFile";
import { readCatalog } from "../core/catalog/formats/catalogFormat";
import type { CatalogProduct } from "../core/catalog/formats/catalogProduct";
import { ProgressMeter } from "../core/catalog/catalogProgress";
import { catalogOutput, entryFor, isDone, summarize } from "../core/catalog/catalogResults";
import { CatalogRunDeclined, CatalogRunStopped, type CatalogRunOptions, type CatalogSummary } from "../core/catalog/catalogRunTypes";
import { readCsvTable } from "../core/catalog/csv/csvTable";
import { journalPathFor, type JournalEntry, type JournalHeader } from "../core/catalog/journal";
import { JournalAppender, readJournalFor } from "./journalFile";
import { assertNotInput, CatalogOutputError, defaultOutputPath } from "./outputPath";
import { needsWriting } from "../core/catalog/formats/planEdits";
import { productSeed } from "../core/catalog/productSeed";
import { settleUnlessAborted } from "../core/catalog/settleUnlessAborted";

export type { CatalogProgress } from "../core/catalog/catalogProgress";
export type { CatalogRunOptions, CatalogSideFile, CatalogSummary, FinishedCatalog, ProductWriter, ProductWriterResult, ProductWriterRun } from "../core/catalog/catalogRunTypes";
export { CatalogRunDeclined, CatalogRunStopped } from "../core/catalog/catalogRunTypes";
export { defaultOutputPath } from "./outputPath";

/**
 * Fills a product CSV or Shopify export with generated copy, writing a new file next to it.
 * Everything is validated before anything is written; each finished product is journaled, so an
 * interrupted run resumes where it stopped, and the output is replaced atomically at the end.
 */
export async function runCatalog(options: CatalogRunOptions): Promise<CatalogSummary> {
  const mode = options.mode ?? "fillEmpty";
  const seed = options.seed ?? 0;
  const inputPath = path.resolve(options.inputPath);
  const outputPath = path.resolve(options.outputPath ?? defaultOutputPath(inputPath));
  const journalPath = journalPathFor(outputPath);

  const languages = options.languages ?? [];
  const input = await fs.readFile(inputPath);
  const table = readCsvTable(input);
  const catalog = readCatalog(table, options.mapping);
  await assertNotInput(inputPath, outputPath);
  const sideFiles = [scoreReportFile(outputPath), ...(options.sideFiles ?? []), ...(languages.length > 0 && catalog.kind === "shopify" ? [shopifyTranslationsFile(outputPath, languages)] : [])];
  for (const side of sideFiles) {
    await assertNotInput(inputPath, side.path);
    if (path.resolve(side.path) === outputPath) throw new CatalogOutputError(`${side.path} is also the output file: choose another name for it.`);
  }

  const header: JournalHeader = { v: 1, input: createHash("sha256").update(input).digest("hex"), mode, seed, model: options.model, ...(languages.length ? { languages } : {}) };
  const keys = new Set(catalog.products.map((product) => product.key));
  const results = new Map<string, JournalEntry>();
  for (const entry of options.restart ? [] : await readJournalFor(journalPath, header)) {
    if (keys.has(entry.key)) results.set(entry.key, entry);
  }
  const resumed = catalog.products.filter((product) => isDone(results.get(product.key))).length;
  const pending = catalog.products.filter((product) => !isDone(results.get(product.key)));
  const toGenerate = pending.filter((product) => needsWriting(product, mode));
  // Asked before the journal is touched, so a "no" leaves every file (an earlier run's journal too) as it was.
  if (toGenerate.length > 0 && options.confirmWriting && !(await options.confirmWriting(toGenerate.length))) {
    throw new CatalogRunDeclined("The catalog run was not started: nothing was sent or written.");
  }
  if (options.restart) await fs.rm(journalPath, { force: true });

  const journal = await JournalAppender.start(journalPath, header, [...results.values()]);
  const meter = new ProgressMeter(catalog.products.length);
  for (const entry of results.values()) if (isDone(entry)) meter.finished(entry.status, false);
  const report = () => options.onProgress?.(meter.snapshot());
  report();

  const run = new AbortController();
  const inFlight = parallelism(options.parallel);
  // Each product in flight listens for the cancel in a few places (this runner, the writer, the
  // engine's queue): far past Node's warning threshold of 10 at 16 in flight, and not a leak.
  setMaxListeners(Math.max(10, listenersPerProduct * inFlight), run.signal);
  const stop = () => run.abort(options.signal?.reason);
  if (options.signal?.aborted) stop();
  options.signal?.addEventListener("abort", stop, { once: true });

  try {
    // One synced write for all of them: skipping costs no model time, and should cost no disk time either.
    const skipped = pending.filter((product) => !needsWriting(product, mode)).map((product): JournalEntry => ({ key: product.key, status: "skipped" }));
    if (skipped.length > 0 && !run.signal.aborted) {
      await journal.append(...skipped);
      for (const entry of skipped) {
        results.set(entry.key, entry);
        meter.finished("skipped", false);
      }
      report();
    }

    let next = 0;
    const worker = async () => {
      while (!run.signal.aborted && next < toGenerate.length) {
        const product: CatalogProduct = toGenerate[next++];
        const onWriting = () => {
          meter.started(product.brief.name || product.key);
          report();
        };
        // A row the file itself makes unwritable fails alone, without costing the model anything.
        const outcome = product.invalidReason
          ? { ok: false as const, error: new Error(product.invalidReason) }
          : await settleUnlessAborted(() => options.writeProduct(product, { seed: productSeed(seed, product.key), signal: run.signal, onWriting }), run.signal);
        // A result that arrives after a cancel may be cut short, so it is not kept.
        if (outcome === undefined || run.signal.aborted) return;
        if (!outcome.ok && outcome.error instanceof CatalogRunStopped) throw outcome.error;
        const entry = entryFor(product, outcome, mode, catalog);
        await journal.append(entry);
        results.set(entry.key, entry);
        meter.finished(entry.status, true);
        report();
      }
    };
    const workers = await Promise.allSettled(
      Array.from({ length: Math.min(inFlight, toGenerate.length) }, () =>
        worker().catch((error: unknown) => {
          // A journal that cannot be written stops the whole run (its products could not be resumed), as
          // does a failure that every product would meet.
          run.abort();
          throw error;
        }),
      ),
    );
    const failure = workers.find((result): result is PromiseRejectedResult => result.status === "rejected");
    if (failure) throw failure.reason;

    await writeFileAtomic(outputPath, catalogOutput(table, catalog, results, languages));
    for (const side of sideFiles) await writeFileAtomic(side.path, side.content({ table, catalog, results }));
  } finally {
    options.signal?.removeEventListener("abort", stop);
    await journal.close();
  }

  const complete = catalog.products.every((product) => isDone(results.get(product.key)));
  if (complete) await fs.rm(journalPath, { force: true });
  return summarize(catalog, results, { outputPath, journalPath, cancelled: !complete && run.signal.aborted, resumed });
}

/**
 * Writers kept in flight. 0 leaves the number to the engine (as many lanes as it loaded): enough
 * writers are kept going for any of them, and the rest wait in the engine's queue.
 */
function parallelism(requested: number | undefined): number {
  if (requested === 0) return engineChoosesInFlight;
  return requested !== undefined && Number.isFinite(requested) ? Math.max(1, Math.floor(requested)) : 1;
}

const engineChoosesInFlight = 16;
const listenersPerProduct = 4;

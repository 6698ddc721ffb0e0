import * as assert from "node:assert/strict";
import { appendFileSync, existsSync, readFileSync, readdirSync, statSync, symlinkSync } from "node:fs";
import { spawn } from "node:child_process";
import { parse } from "csv-parse/sync";
import { once } from "node:events";
import * as path from "node:path";
import { CatalogMappingError } from "../../../src/core/catalog/formats/columnMapping";
import { CsvFormatError } from "../../../src/core/catalog/csv/csvFormatError";
import { readCsvTable } from "../../../src/core/catalog/csv/csvTable";
import { CatalogJournalMismatchError, parseJournal } from "../../../src/core/catalog/journal";
import { CatalogOutputError } from "../../../src/catalog/outputPath";
import { productSeed } from "../../../src/core/catalog/productSeed";
import { defaultOutputPath, runCatalog, type CatalogProgress, type CatalogRunOptions, type ProductWriter } from "../../../src/catalog/runCatalog";
import { fixture, standInWriter, TempDir } from "./catalogTestKit";

const model = "stand-in-model";

describe("runCatalog", () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = new TempDir();
  });
  afterEach(() => {
    dir.remove();
  });

  async function reference(name: "products.csv" | "shopify-products.csv", options: Partial<CatalogRunOptions> = {}): Promise<Buffer> {
    const inputPath = dir.write(`reference-${name}`, fixture(name));
    const summary = await runCatalog({ inputPath, model, writeProduct: standInWriter().writer, ...options });
    return readFileSync(summary.outputPath);
  }

  function listing(): string[] {
    return readdirSync(dir.path).sort();
  }

  it("names the output next to the input", () => {
    assert.equal(defaultOutputPath("/data/products.csv"), "/data/products.tailor.csv");
    assert.equal(defaultOutputPath("/data/export"), "/data/export.tailor.csv");
  });

  it("fills a Shopify export into a new file and removes the journal when every product is done", async () => {
    const input = fixture("shopify-products.csv");
    const inputPath = dir.write("shopify.csv", input);
    const { writer, log } = standInWriter();
    const summary = await runCatalog({ inputPath, model, writeProduct: writer });

    assert.equal(summary.outputPath, dir.file("shopify.tailor.csv"));
    assert.equal(summary.journalPath, dir.file("shopify.tailor.csv.tailor-journal"));
    assert.deepEqual(
      { total: summary.total, written: summary.written, skipped: summary.skipped, flagged: summary.flagged, failed: summary.failed, cancelled: summary.cancelled, resumed: summary.resumed },
      { total: 5, written: 5, skipped: 0, flagged: [], failed: [], cancelled: false, resumed: 0 },
    );
    assert.deepEqual(listing(), ["shopify.csv", "shopify.tailor.csv", "shopify.tailor.report.csv"]);
    assert.ok(readFileSync(inputPath).equals(input), "the input changed");
    // The score report: one row per product, each written one with its overall score.
    const report = parse(readFileSync(dir.file("shopify.tailor.report.csv"))) as string[][];
    assert.deepEqual(report[0]?.slice(0, 4), ["Product", "Line", "Status", "Score"]);
    assert.equal(report.length, 6);
    assert.ok(report.slice(1).every((row) => row[2] === "written" && /^\d+$/.test(row[3] ?? "")), JSON.stringify(report));
    assert.equal(summary.scores?.products, 5);
    for (const [key, seed] of log.seeds) assert.equal(seed, productSeed(0, key));

    const output = readCsvTable(readFileSync(summary.outputPath));
    const body = output.header.indexOf("Body (HTML)");
    assert.match(output.rows[0].cells[body], /^<p><strong>Summit Insulated Bottle 750 ml, take \d+<\/strong><\/p>\n<ul><li>Color: Slate, Sage, Sand<\/li>/);
    assert.equal(output.rows[3].cells[body], "<p>Old copy: great sound.</p>");
  });

  it("writes the same bytes whether products run one or three at a time", async () => {
    const inputPath = dir.write("products.csv", fixture("products.csv"));
    const one = standInWriter();
    const three = standInWriter();
    const serial = await runCatalog({ inputPath, outputPath: dir.file("one.csv"), model, parallel: 1, writeProduct: one.writer });
    const parallel = await runCatalog({ inputPath, outputPath: dir.file("three.csv"), model, parallel: 3, writeProduct: three.writer });

    assert.equal(one.log.maxInFlight, 1);
    assert.equal(three.log.maxInFlight, 3);
    assert.notDeepEqual(three.log.finished, three.log.started, "the parallel products happened to finish in order");
    assert.deepEqual(three.log.seeds, one.log.seeds);
    assert.equal(parallel.written, 12);
    assert.ok(readFileSync(serial.outputPath).equals(readFileSync(parallel.outputPath)));
  });

  it("names the product the model is writing, not the last one handed to the engine", async () => {
    const inputPath = dir.write("products.csv", fixture("products.csv"));
    // Like the engine on a CPU: every product is handed over at once, but one lane writes them in turn.
    let lane = Promise.resolve();
    let writing: string | undefined;
    const { writer } = standInWriter();
    const oneLane: ProductWriter = (product, run) => {
      const turn = lane.then(() =>
        writer(product, {
          ...run,
          onWriting: () => {
            writing = product.brief.name;
            run.onWriting();
          },
        }),
      );
      lane = turn.then(() => undefined, () => undefined);
      return turn;
    };
    const shown: (string | undefined)[] = [];
    const summary = await runCatalog({
      inputPath,
      model,
      parallel: 0,
      writeProduct: oneLane,
      onProgress: (progress) => {
        if (progress.current !== undefined) {
          assert.equal(progress.current, writing, "the progress names a product the model is not writing");
          shown.push(progress.current);
        }
      },
    });
    assert.equal(summary.written, 12);
    assert.equal(new Set(shown).size, 12, "every product was named while it was written");
  });

  it("keeps sixteen products in flight without a listener-leak warning", async () => {
    const inputPath = dir.write("products.csv", fixture("products.csv"));
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(`${warning.name}: ${warning.message}`);
    process.on("warning", onWarning);
    try {
      const { writer } = standInWriter();
      // Like the writer and the engine's queue, each product listens for the cancel twice more.
      const listening: ProductWriter = async (product, run) => {
        const listeners = [() => undefined, () => undefined];
        for (const listener of listeners) run.signal.addEventListener("abort", listener);
        try {
          return await writer(product, run);
        } finally {
          for (const listener of listeners) run.signal.removeEventListener("abort", listener);
        }
      };
      const summary = await runCatalog({ inputPath, model, parallel: 0, writeProduct: listening });
      assert.equal(summary.written, 12);
      // Node emits the warning on the next turn.
      await new Promise<void>((resolve) => setImmediate(resolve));
    } finally {
      process.off("warning", onWarning);
    }
    assert.deepEqual(warnings.filter((warning) => warning.startsWith("MaxListenersExceededWarning")), []);
  });

  it("resumes a cancelled run to the same bytes without writing a journaled product again", async () => {
    const expected = await reference("products.csv");
    const input = fixture("products.csv");
    const inputPath = dir.write("products.csv", input);
    const outputPath = dir.file("out.csv");
    const controller = new AbortController();
    const first = standInWriter({ onStart: (_, log) => log.started.length === 5 && controller.abort() });
    const cancelled = await runCatalog({ inputPath, outputPath, model, signal: controller.signal, writeProduct: first.writer });

    assert.equal(cancelled.cancelled, true);
    assert.equal(cancelled.written, 4);
    assert.ok(existsSync(cancelled.journalPath), "the journal was removed after a cancel");
    const partial = readCsvTable(readFileSync(outputPath));
    const description = partial.header.indexOf("description");
    assert.equal(partial.rows.filter((row) => row.cells[description] !== "").length, 4);

    const second = standInWriter();
    const progress: CatalogProgress[] = [];
    const resumed = await runCatalog({ inputPath, outputPath, model, writeProduct: second.writer, onProgress: (p) => progress.push(p) });

    assert.deepEqual(second.log.started.filter((key) => first.log.finished.includes(key)), []);
    assert.equal(second.log.started.length, 8);
    assert.equal(resumed.resumed, 4);
    assert.equal(resumed.written, 12);
    assert.equal(resumed.cancelled, false);
    assert.equal(progress[0].done, 4);
    assert.equal(progress.at(-1)?.done, 12);
    assert.ok(readFileSync(outputPath).equals(expected), "the resumed output differs from an uninterrupted run");
    assert.ok(!existsSync(resumed.journalPath));
    assert.ok(readFileSync(inputPath).equals(input), "the input changed");
  });

  it("resumes past a journal line torn by a crash, and appends after it cleanly", async () => {
    const expected = await reference("products.csv");
    const inputPath = dir.write("products.csv", fixture("products.csv"));
    const outputPath = dir.file("out.csv");
    const controller = new AbortController();
    const first = standInWriter({ onStart: (_, log) => log.started.length === 4 && controller.abort() });
    const cancelled = await runCatalog({ inputPath, outputPath, model, signal: controller.signal, writeProduct: first.writer });
    appendFileSync(cancelled.journalPath, '{"key":"row-9","status":"writ');

    const again = new AbortController();
    const second = standInWriter({ onStart: (_, log) => log.started.length === 3 && again.abort() });
    const resumedOnce = await runCatalog({ inputPath, outputPath, model, signal: again.signal, writeProduct: second.writer });
    assert.equal(resumedOnce.resumed, 3);
    assert.equal(resumedOnce.written, 5);
    const journal = parseJournal(readFileSync(resumedOnce.journalPath, "utf8"));
    assert.equal(journal.torn, false);
    assert.equal(journal.entries.length, 5);

    const third = standInWriter();
    const resumed = await runCatalog({ inputPath, outputPath, model, writeProduct: third.writer });
    assert.equal(resumed.resumed, 5);
    assert.equal(third.log.started.length, 7);
    assert.ok(readFileSync(outputPath).equals(expected));
  });

  it("loses nothing reported done when the process is killed with SIGKILL", async () => {
    const expected = await reference("products.csv");
    const inputPath = dir.write("products.csv", fixture("products.csv"));
    const outputPath = dir.file("out.csv");
    const child = spawn(process.execPath, [path.join(__dirname, "killableRun.js"), inputPath, outputPath, "5"], { stdio: ["ignore", "pipe", "inherit"] });
    const exited = once(child, "exit");
    try {
      let stdout = "";
      for await (const chunk of child.stdout) {
        stdout += String(chunk);
        if (stdout.includes("ready")) break;
      }
      assert.ok(stdout.includes("ready"), "the child ended before journaling five products");
      child.kill("SIGKILL");
      const [, signal] = await exited;
      assert.equal(signal, "SIGKILL");
    } finally {
      if (child.exitCode === null && child.signalCode === null) child.kill("SIGKILL");
    }
    assert.ok(!existsSync(outputPath), "the killed run wrote an output");

    const { writer, log } = standInWriter();
    const resumed = await runCatalog({ inputPath, outputPath, model, writeProduct: writer });
    assert.equal(resumed.resumed, 5);
    assert.equal(log.started.length, 7);
    assert.ok(readFileSync(outputPath).equals(expected));
  });

  it("reports a failing product with its reason, keeps the journal, and retries only that product next time", async () => {
    const expected = await reference("shopify-products.csv");
    const input = fixture("shopify-products.csv");
    const inputPath = dir.write("shopify.csv", input);
    const failing = standInWriter({ fail: new Map([["daily-d3-2000", "the model ran out of memory"]]) });
    const first = await runCatalog({ inputPath, model, writeProduct: failing.writer });

    assert.deepEqual(first.failed, [{ key: "daily-d3-2000", line: 7, reason: "the model ran out of memory" }]);
    assert.equal(first.written, 4);
    assert.equal(first.cancelled, false);
    assert.ok(existsSync(first.journalPath));
    const before = readCsvTable(input);
    const after = readCsvTable(readFileSync(first.outputPath));
    assert.equal(after.source.rows[5].text, before.source.rows[5].text, "the failed product's row changed");

    const healthy = standInWriter();
    const second = await runCatalog({ inputPath, model, writeProduct: healthy.writer });
    assert.deepEqual(healthy.log.started, ["daily-d3-2000"]);
    assert.deepEqual(second.failed, []);
    assert.equal(second.resumed, 4);
    assert.ok(readFileSync(second.outputPath).equals(expected));
    assert.ok(!existsSync(second.journalPath));
    assert.ok(readFileSync(inputPath).equals(input));
  });

  it("lists flagged products for review and still writes their copy", async () => {
    const inputPath = dir.write("shopify.csv", fixture("shopify-products.csv"));
    const { writer } = standInWriter({ flag: new Map([["hydra-serum-30", ["health-claim: cures"]]]) });
    const summary = await runCatalog({ inputPath, model, writeProduct: writer });
    assert.deepEqual(summary.flagged, [{ key: "hydra-serum-30", line: 6, rules: ["health-claim: cures"] }]);
    assert.equal(summary.written, 4);
    const output = readCsvTable(readFileSync(summary.outputPath));
    assert.match(output.rows[4].cells[output.header.indexOf("SEO Title")], /^Hydra Serum 30 ml \| seed/);
  });

  it("skips, without the model, a product whose cells are all filled", async () => {
    const input = "name,facts,description,seo title,seo description\nLamp,LED,Has copy,T,D\nChair,oak,,,\n";
    const inputPath = dir.write("filled.csv", input);
    const { writer, log } = standInWriter();
    const summary = await runCatalog({ inputPath, model, writeProduct: writer });
    assert.deepEqual(log.started, ["row-3"]);
    assert.equal(summary.skipped, 1);
    assert.equal(summary.written, 1);
    assert.match(
      readFileSync(summary.outputPath, "utf8"),
      /^name,facts,description,seo title,seo description\nLamp,LED,Has copy,T,D\nChair,oak,"Chair, take \d+\n\n- oak\n\nChair is made for everyone\.\n\nIt has 1 facts, ""quoted"" & <escaped>\.",Chair \| seed \d+,Chair: oak\n$/,
    );
  });

  it("refuses to write over the input, by its own path or through a link, and writes nothing", async () => {
    const input = fixture("products.csv");
    const inputPath = dir.write("products.csv", input);
    const linkPath = dir.file("link.csv");
    symlinkSync(inputPath, linkPath);
    const { writer, log } = standInWriter();
    for (const outputPath of [inputPath, linkPath, path.relative(process.cwd(), inputPath)]) {
      await assert.rejects(runCatalog({ inputPath, outputPath, model, writeProduct: writer }), CatalogOutputError);
    }
    assert.deepEqual(log.started, []);
    assert.deepEqual(listing(), ["link.csv", "products.csv"]);
    assert.ok(readFileSync(inputPath).equals(input));
  });

  it("refuses an output whose score report would be the input, and writes nothing", async () => {
    const input = fixture("products.csv");
    const inputPath = dir.write("products.report.csv", input);
    const { writer, log } = standInWriter();
    await assert.rejects(runCatalog({ inputPath, outputPath: dir.file("products.csv"), model, writeProduct: writer }), CatalogOutputError);
    assert.deepEqual(log.started, []);
    assert.deepEqual(listing(), ["products.report.csv"]);
    assert.ok(readFileSync(inputPath).equals(input));
  });

  const malformed: readonly [string, Buffer, number][] = [
    ["an unterminated quote", Buffer.from('name,facts\nLamp,LED\nChair,"oak\nDesk,walnut\n'), 3],
    ["a ragged row", Buffer.from("name,facts,tone\nLamp,LED,calm\nChair,oak\n"), 3],
    ["a Latin-1 byte", Buffer.concat([Buffer.from("name,facts\nLamp,LED\nCaf"), Buffer.from([0xe9]), Buffer.from(",beans\n")]), 3],
  ];
  for (const [problem, bytes, line] of malformed) {
    it(`writes nothing at all for a file with ${problem}`, async () => {
      const inputPath = dir.write("bad.csv", bytes);
      const { writer, log } = standInWriter();
      await assert.rejects(runCatalog({ inputPath, model, writeProduct: writer }), (error: unknown) => error instanceof CsvFormatError && error.line === line);
      assert.deepEqual(log.started, []);
      assert.deepEqual(listing(), ["bad.csv"]);
    });
  }

  it("asks for a column mapping before writing anything, then runs with it", async () => {
    const inputPath = dir.write("odd.csv", "sku,label,notes\nA1,Lamp,LED; dimmable\n");
    const { writer } = standInWriter();
    await assert.rejects(runCatalog({ inputPath, model, writeProduct: writer }), (error: unknown) => error instanceof CatalogMappingError && error.unmapped.join() === "name,facts");
    assert.deepEqual(listing(), ["odd.csv"]);
    const summary = await runCatalog({ inputPath, model, writeProduct: writer, mapping: { name: "label", facts: "notes" } });
    assert.equal(summary.written, 1);
    assert.match(readFileSync(summary.outputPath, "utf8"), /^sku,label,notes,description,seo_title,seo_description\nA1,Lamp,LED; dimmable,"Lamp, take/);
  });

  it("refuses a journal from another run and starts over when asked", async () => {
    const inputPath = dir.write("products.csv", fixture("products.csv"));
    const controller = new AbortController();
    const first = standInWriter({ onStart: (_, log) => log.started.length === 3 && controller.abort() });
    const cancelled = await runCatalog({ inputPath, model, seed: 1, signal: controller.signal, writeProduct: first.writer });
    const journal = readFileSync(cancelled.journalPath);

    const second = standInWriter();
    await assert.rejects(runCatalog({ inputPath, model, seed: 2, writeProduct: second.writer }), (error: unknown) => error instanceof CatalogJournalMismatchError && /the seed was 1, now 2/.test(error.message));
    assert.deepEqual(second.log.started, []);
    assert.ok(readFileSync(cancelled.journalPath).equals(journal), "a refused run changed the journal");

    const restarted = await runCatalog({ inputPath, model, seed: 2, restart: true, writeProduct: second.writer });
    assert.equal(second.log.started.length, 12);
    assert.equal(restarted.resumed, 0);
    for (const [key, seed] of second.log.seeds) assert.equal(seed, productSeed(2, key));
  });

  it("replaces the output by renaming a synced temp file, leaving none behind", async () => {
    const inputPath = dir.write("products.csv", fixture("products.csv"));
    const outputPath = dir.write("products.tailor.csv", "an older run");
    const inode = statSync(outputPath).ino;
    await runCatalog({ inputPath, model, writeProduct: standInWriter().writer });
    assert.notEqual(statSync(outputPath).ino, inode, "the output was rewritten in place");
    assert.match(readFileSync(outputPath, "utf8"), /^sku,name,/);
    assert.deepEqual(listing(), ["products.csv", "products.tailor.csv", "products.tailor.report.csv"]);
  });

  it("stops waiting for a writer that ignores the cancel, and keeps only finished products", async () => {
    const inputPath = dir.write("products.csv", fixture("products.csv"));
    const controller = new AbortController();
    let calls = 0;
    // The first product finishes; the second never does; the third cancels the run and never finishes either.
    const stubborn: ProductWriter = async (product) => {
      calls++;
      if (calls === 1) return { draft: { seoTitle: product.brief.name }, flagged: [] };
      if (calls === 3) controller.abort();
      return new Promise(() => undefined);
    };
    const summary = await runCatalog({ inputPath, model, parallel: 2, signal: controller.signal, writeProduct: stubborn });
    assert.equal(calls, 3);
    assert.equal(summary.cancelled, true);
    assert.equal(summary.written, 1);
    const output = readCsvTable(readFileSync(summary.outputPath));
    assert.equal(output.rows.filter((row) => row.cells[output.header.indexOf("seo_title")] !== "").length, 1);
  });

  it("counts a writer that throws before returning a promise as that product failing, not the run", async () => {
    const inputPath = dir.write("products.csv", "name,facts\nLamp,LED\nChair,oak\n");
    const writer: ProductWriter = (product) => {
      if (product.key === "row-2") throw new Error("no model loaded");
      return Promise.resolve({ draft: { seoTitle: product.brief.name }, flagged: [] });
    };
    const summary = await runCatalog({ inputPath, model, writeProduct: writer });
    assert.deepEqual(summary.failed, [{ key: "row-2", line: 2, reason: "no model loaded" }]);
    assert.equal(summary.written, 1);
  });

  it("fails a product whose draft has nothing for its empty cells", async () => {
    const inputPath = dir.write("products.csv", "name,facts\nLamp,LED\n");
    const summary = await runCatalog({ inputPath, model, writeProduct: async () => ({ draft: { title: "Lamp" }, flagged: [] }) });
    assert.equal(summary.failed.length, 1);
    assert.match(summary.failed[0].reason, /no text for any cell to fill \(description, seo_title, seo_description\)/);
  });
});

describe("runCatalog output after a cancel", () => {
  it("is a complete CSV even when cancelled before the first product", async () => {
    const dir = new TempDir();
    try {
      const inputPath = dir.write("products.csv", fixture("products.csv"));
      const controller = new AbortController();
      controller.abort();
      const { writer, log } = standInWriter();
      const summary = await runCatalog({ inputPath, model, signal: controller.signal, writeProduct: writer });
      assert.equal(summary.cancelled, true);
      assert.deepEqual(log.started, []);
      const output = readCsvTable(readFileSync(summary.outputPath));
      assert.equal(output.rows.length, 12);
      assert.deepEqual(output.header.slice(-3), ["description", "seo_title", "seo_description"]);
    } finally {
      dir.remove();
    }
  });
});

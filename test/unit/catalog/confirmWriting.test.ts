import * as assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { CatalogRunDeclined, runCatalog } from "../../../src/catalog/runCatalog";
import { fixture, standInWriter, TempDir } from "./catalogTestKit";

const model = "qwen at http://gpu-box:8080/v1";

/** The question a run on an inference server asks once, before any brief leaves the machine. */
describe("runCatalog's confirmWriting", () => {
  let dir: TempDir;
  beforeEach(() => {
    dir = new TempDir();
  });
  afterEach(() => {
    dir.remove();
  });

  it("is asked once, with the number of products the writer will get, before the first is written", async () => {
    const inputPath = dir.write("products.csv", fixture("products.csv"));
    const { writer, log } = standInWriter();
    const asked: { products: number; startedBefore: number }[] = [];
    const summary = await runCatalog({
      inputPath,
      model,
      parallel: 4,
      writeProduct: writer,
      confirmWriting: async (products) => {
        asked.push({ products, startedBefore: log.started.length });
        return true;
      },
    });
    assert.equal(asked.length, 1);
    assert.deepEqual(asked[0], { products: log.started.length, startedBefore: 0 });
    assert.equal(asked[0]!.products, summary.total - summary.skipped);
  });

  it("leaves every file as it was on a no, an earlier run's journal included, even when asked to start over", async () => {
    const inputPath = dir.write("socks.csv", "name,facts\nTrail sock,merino\nRoad sock,nylon\nCamp sock,wool\n");
    const controller = new AbortController();
    const first = standInWriter({ onStart: (_, log) => log.started.length === 2 && controller.abort() });
    const cancelled = await runCatalog({ inputPath, model, parallel: 1, signal: controller.signal, writeProduct: first.writer });
    assert.equal(cancelled.cancelled, true);
    const files = readdirSync(dir.path).sort();
    const journal = readFileSync(cancelled.journalPath);
    const output = readFileSync(cancelled.outputPath);

    for (const restart of [false, true]) {
      const second = standInWriter();
      let asked: number | undefined;
      await assert.rejects(
        runCatalog({ inputPath, model, restart, writeProduct: second.writer, confirmWriting: async (products) => ((asked = products), false) }),
        CatalogRunDeclined,
      );
      assert.equal(asked, restart ? 3 : 3 - cancelled.written, "the question did not count what is left");
      assert.deepEqual(second.log.started, [], "a product was written after a no");
      assert.deepEqual(readdirSync(dir.path).sort(), files);
      assert.ok(readFileSync(cancelled.journalPath).equals(journal), `the journal changed (restart: ${restart})`);
      assert.ok(readFileSync(cancelled.outputPath).equals(output), "the output changed");
    }
  });

  it("asks nothing when there is nothing to write", async () => {
    const inputPath = dir.write("done.csv", "name,facts,description,seo title,seo description\nTrail sock,merino,Already written.,Trail sock,Warm.\n");
    let asked = false;
    const summary = await runCatalog({ inputPath, model, writeProduct: standInWriter().writer, confirmWriting: async () => (asked = true) });
    assert.equal(asked, false);
    assert.equal(summary.skipped, 1);
  });
});

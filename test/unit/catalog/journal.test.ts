import * as assert from "node:assert/strict";
import { CatalogJournalError, journalLine, journalMismatch, journalPathFor, parseJournal, type JournalHeader } from "../../../src/core/catalog/journal";
import { productSeed } from "../../../src/core/catalog/productSeed";
import { ProgressMeter } from "../../../src/core/catalog/catalogProgress";

const header: JournalHeader = { v: 1, input: "ab12", mode: "fillEmpty", seed: 7, model: "qwen2.5-1.5b-instruct" };

describe("catalog journal", () => {
  it("sits next to the output", () => {
    assert.equal(journalPathFor("/data/products.tailor.csv"), "/data/products.tailor.csv.tailor-journal");
  });

  it("reads back what it wrote, one JSON line per product", () => {
    const text = [header, { key: "a", status: "written", edits: { "2": "Line one\nline two" } }, { key: "b", status: "flagged", edits: { "3": "x" }, flagged: ["superlative"] }, { key: "c", status: "failed", error: "boom" }]
      .map((value) => journalLine(value as JournalHeader))
      .join("");
    assert.equal(text.split("\n").length, 5);
    const journal = parseJournal(text);
    assert.deepEqual(journal.header, header);
    assert.deepEqual(journal.entries, [
      { key: "a", status: "written", edits: { "2": "Line one\nline two" } },
      { key: "b", status: "flagged", edits: { "3": "x" }, flagged: ["superlative"] },
      { key: "c", status: "failed", error: "boom" },
    ]);
    assert.equal(journal.torn, false);
  });

  it("ignores a last line torn by a crash", () => {
    const text = journalLine(header) + journalLine({ key: "a", status: "skipped" }) + '{"key":"b","status":"wri';
    const journal = parseJournal(text);
    assert.deepEqual(journal.entries, [{ key: "a", status: "skipped" }]);
    assert.equal(journal.torn, true);
  });

  it("refuses damage anywhere but the last line", () => {
    const text = journalLine(header) + '{"key":"a","sta\n' + journalLine({ key: "b", status: "skipped" });
    assert.throws(() => parseJournal(text), (error: unknown) => error instanceof CatalogJournalError && /Line 2/.test(error.message));
    assert.throws(() => parseJournal(journalLine(header) + '{"key":"a","status":"done"}\n'), CatalogJournalError);
    assert.throws(() => parseJournal(journalLine(header) + '{"key":"a","status":"written","edits":{"x":"1"}}\n'), CatalogJournalError);
    assert.throws(() => parseJournal('{"v":2}\n'), CatalogJournalError);
    assert.throws(() => parseJournal(""), CatalogJournalError);
  });

  it("says which part of the run differs", () => {
    assert.deepEqual(journalMismatch(header, header), []);
    assert.deepEqual(journalMismatch(header, { ...header, input: "cd34", seed: 8 }), ["the input file has changed", "the seed was 7, now 8"]);
  });
});

describe("catalog product seeds", () => {
  it("depend only on the run's seed and the product's key", () => {
    assert.equal(productSeed(0, "summit-bottle-750"), productSeed(0, "summit-bottle-750"));
    assert.notEqual(productSeed(0, "summit-bottle-750"), productSeed(0, "aria-anc-headphones"));
    assert.notEqual(productSeed(0, "summit-bottle-750"), productSeed(1, "summit-bottle-750"));
    assert.ok(Number.isInteger(productSeed(5, "x")) && productSeed(5, "x") >= 0 && productSeed(5, "x") < 2 ** 32);
  });
});

describe("catalog progress", () => {
  it("estimates the rate from products generated in this session only", () => {
    let now = 0;
    const meter = new ProgressMeter(10, 0, () => now);
    meter.finished("written", false);
    meter.finished("skipped", false);
    assert.equal(meter.snapshot().ratePerMinute, undefined);
    meter.started("Lamp");
    meter.finished("written", true);
    meter.finished("failed", true);
    now = 60_000;
    const progress = meter.snapshot();
    assert.deepEqual(progress, { done: 4, total: 10, written: 2, skipped: 1, flagged: 0, failed: 1, ratePerMinute: 2, etaMs: 180_000, current: "Lamp" });
  });
});

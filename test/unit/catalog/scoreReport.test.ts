import * as assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { formatSummary } from "../../../src/core/catalog/catalogReport";
import { entryFor } from "../../../src/core/catalog/catalogResults";
import { readCatalog } from "../../../src/core/catalog/formats/catalogFormat";
import { readCsvTable } from "../../../src/core/catalog/csv/csvTable";
import { journalLine, parseJournal, type JournalEntry, type JournalHeader } from "../../../src/core/catalog/journal";
import {
  formatScoreDistribution,
  scoreDistribution,
  scoreReportCsv,
  scoreReportPath,
  type JournaledScores,
} from "../../../src/core/catalog/scoreReport";
import { fixture } from "./catalogTestKit";

const header: JournalHeader = { v: 1, input: "ab12", mode: "fillEmpty", seed: 0, model: "m" };
const scores = (score: number, ease: "good" | "ok" | "problem", density?: "good" | "problem"): JournaledScores => ({
  score,
  checks: [
    { id: "readingEase", label: "Reading ease", status: ease, value: 71.25 },
    ...(density ? [{ id: "keyphraseDensity", label: "Keyphrase density", status: density, value: 1.5 }] : []),
  ],
});

describe("catalog score report", () => {
  it("sits beside the output, never on the input's name", () => {
    assert.equal(scoreReportPath("/data/products.tailor.csv"), "/data/products.tailor.report.csv");
    assert.equal(scoreReportPath("/data/out"), "/data/out.report.csv");
  });

  it("scores each written product's draft with the brief's first keyword as keyphrase, and journals it", () => {
    const catalog = readCatalog(readCsvTable(fixture("products.csv")));
    const product = catalog.products[0];
    const draft = { title: "Summit Insulated Bottle", body: ["An insulated water bottle of 18/8 stainless steel."], seoTitle: "Insulated Water Bottle", metaDescription: "An insulated water bottle." };
    const entry = entryFor(product, { ok: true, value: { draft, flagged: [], removed: ["Lasts 24 hours."] } }, "fillEmpty", catalog);
    const title = entry.scores?.checks.find((check) => check.id === "keyphraseInTitle");
    // "insulated water bottle" is not in order in "Summit Insulated Bottle", nor are all its words there.
    assert.equal(title?.status, "problem");
    assert.equal(entry.scores?.checks.find((check) => check.id === "keyphraseInSeoTitle")?.status, "good");
    const [read] = parseJournal(journalLine(header) + journalLine(entry)).entries;
    assert.deepEqual(read?.scores, entry.scores);
    assert.deepEqual(read?.removed, ["Lasts 24 hours."], "what was taken out did not survive the journal");
    assert.throws(() => parseJournal(journalLine(header) + journalLine({ key: "a", status: "written", removed: [3] } as unknown as JournalEntry)), /Line 2/);
    assert.throws(() => parseJournal(journalLine(header) + journalLine({ key: "a", status: "written", scores: { score: 1, checks: [{ id: "x", label: "x", status: "great", value: 1 }] } } as unknown as JournalEntry)), /Line 2/);
  });

  it("writes one row per product in file order, with a value and a status column per check, and what was taken out", () => {
    const catalog = readCatalog(readCsvTable(fixture("products.csv")));
    const [first, second, third] = catalog.products;
    assert.ok(first && second && third);
    const results = new Map<string, JournalEntry>([
      [second.key, { key: second.key, status: "flagged", flagged: ["superlative"], scores: scores(80, "ok", "problem") }],
      [first.key, { key: first.key, status: "written", scores: scores(64, "good"), removed: ["Made in Portugal. (unsupported-origin: \"Portugal\")", "Lasts 6 hours."] }],
      [third.key, { key: third.key, status: "failed", error: "boom" }],
    ]);
    const rows = parse(scoreReportCsv(catalog, results)) as string[][];
    assert.deepEqual(rows[0], ["Product", "Line", "Status", "Score", "Reading ease", "Reading ease: status", "Keyphrase density", "Keyphrase density: status", "Removed"]);
    assert.deepEqual(rows[1], [first.key, String(first.line), "written", "64", "71.25", "good", "", "", 'Made in Portugal. (unsupported-origin: "Portugal") | Lasts 6 hours.']);
    assert.deepEqual(rows[2], [second.key, String(second.line), "flagged", "80", "71.25", "ok", "1.5", "problem", ""]);
    assert.deepEqual(rows[3], [third.key, String(third.line), "failed", "", "", "", "", "", ""]);
    assert.equal(rows.length, catalog.products.length + 1);
    assert.deepEqual(rows[4]?.slice(2), ["not written", "", "", "", "", "", ""]);
  });

  it("summarises the median score and each check's share per status", () => {
    const distribution = scoreDistribution([scores(40, "problem"), undefined, scores(90, "good", "good"), scores(70, "good", "problem"), scores(60, "ok")]);
    assert.ok(distribution);
    // Sorted 40, 60, 70, 90: the median of an even count is the mean of the middle two, 65.
    assert.deepEqual([distribution.products, distribution.median, distribution.lowest, distribution.highest], [4, 65, 40, 90]);
    assert.deepEqual(formatScoreDistribution(distribution), [
      "Scores of 4 products: median 65 (40–90).",
      "  Reading ease: 50% good, 25% ok, 25% problem",
      "  Keyphrase density: 50% good, 0% ok, 50% problem",
    ]);
    assert.equal(scoreDistribution([undefined]), undefined);
    assert.equal(scoreDistribution([scores(55, "ok"), scores(40, "ok"), scores(70, "ok")])?.median, 55);
  });

  it("puts the distribution and the report's file in the run's summary", () => {
    const base = { outputPath: "/d/p.tailor.csv", journalPath: "/d/p.tailor.csv.tailor-journal", total: 2, written: 2, skipped: 0, flagged: [], failed: [], cancelled: false, resumed: 0 };
    const lines = formatSummary({ ...base, scores: scoreDistribution([scores(50, "good"), scores(70, "ok")]) }).split("\n");
    assert.deepEqual(lines.slice(1), ["Output: /d/p.tailor.csv", "Scores of 2 products: median 60 (50–70).", "  Reading ease: 50% good, 50% ok, 0% problem", "Scores per product: /d/p.tailor.report.csv"]);
    assert.ok(!formatSummary(base).includes("Scores"));
  });
});

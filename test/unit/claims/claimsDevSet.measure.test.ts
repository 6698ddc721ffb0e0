import * as assert from "node:assert/strict";
import { claimCategories } from "../../../src/core/claims/claimRule";
import { devSetPath, readDevSet, score, scoreRows, scoreTable } from "./devSetScore";

/*
 * Measures the claims checker on the development set (test/unit/claims/claimsDevSet.jsonl):
 * recall and precision per claim category and per industry, printed as Markdown tables for the
 * README. Set TAILOR_CLAIMS_VERBOSE=1 to list every miss and false positive, and
 * TAILOR_CLAIMS_SET=/path/to/set.jsonl to measure another set written in the same format.
 */
describe("claims development set (measurement)", () => {
  const otherSet = process.env.TAILOR_CLAIMS_SET;
  const rows = readDevSet(otherSet || devSetPath);
  const scored = scoreRows(rows);

  it("is a labelled set of at least 400 sentences across 14 industries, half violations", function () {
    if (otherSet) this.skip();
    assert.ok(rows.length >= 400, `${rows.length} rows`);
    assert.ok(new Set(rows.map((row) => row.industry)).size >= 14);
    const violations = rows.filter((row) => row.label === "violation").length;
    assert.ok(Math.abs(violations - rows.length / 2) <= rows.length * 0.05, `${violations} violations of ${rows.length}`);
    for (const row of rows) {
      assert.ok((claimCategories as readonly string[]).includes(row.category), `${row.id}: category ${row.category}`);
      assert.ok(row.source.length > 10, `${row.id} cites no regulation or guide`);
    }
    assert.equal(new Set(rows.map((row) => row.id)).size, rows.length, "ids repeat");
  });

  it("prints recall and precision per category and per industry, and meets recall ≥ 0.95 and precision ≥ 0.90 overall", () => {
    console.log(`\n${scoreTable(scored, "category")}\n\n${scoreTable(scored, "industry")}\n`);
    if (process.env.TAILOR_CLAIMS_VERBOSE) {
      for (const row of scored.filter((r) => (r.label === "violation") !== r.flagged)) {
        const why = row.findings.map((finding) => `${finding.ruleId}: "${finding.matchedText}"`).join("; ");
        console.log(`${row.label === "violation" ? "MISSED" : "FALSE+"} ${row.id} [${row.category}] ${row.text}${why ? `  <- ${why}` : ""}`);
      }
    }
    const overall = score(scored);
    assert.ok(overall.recall >= 0.95, `recall ${overall.recall.toFixed(3)}`);
    assert.ok(overall.precision >= 0.9, `precision ${overall.precision.toFixed(3)}`);
  });
});

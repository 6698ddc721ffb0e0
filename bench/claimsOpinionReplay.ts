/**
 * How much the learned second opinion would have added on copy it had never seen: each fresh
 * round is replayed with the rules as they stood before that round's fixes
 * (bench/claimsReplayFlags.json, made by bench/claimsReplayFlags.sh) and a model trained only on
 * the rows of earlier rounds (with the ordinary copy it always learns from). Rows the old rules
 * left unflagged go to the model, as the checker does with sentences in which no rule found a claim.
 *   npm run eval:claims-replay
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { maskMarkup } from "../src/core/claims/markupMask";
import { ClaimModel, trainClaimModel } from "../src/core/claims/opinion/claimModel";
import { learnedClaimSentences, learnedClaimThreshold } from "../src/core/claims/opinion/learnedClaimRule";
import { claimTrainingSet } from "../test/unit/claims/claimTrainingSet";
import { readDevSet, type DevSetRow } from "../test/unit/claims/devSetRows";
import { repoRoot } from "../test/support/paths";

interface ReplayRound {
  readonly rulesOf: string;
  readonly trainedOnRoundsBefore: number;
  readonly flaggedRows: readonly number[];
}

interface Tally {
  violations: number;
  caughtByRules: number;
  caught: number;
  falseByRules: number;
  falsePositives: number;
}

const thresholds = [0.6, 0.7, 0.8, 0.9, 0.95];
const rounds = JSON.parse(readFileSync(path.join(repoRoot, "bench", "claimsReplayFlags.json"), "utf8")) as Record<string, ReplayRound>;
const devSet = readDevSet();
const totals = thresholds.map(emptyTally);
const lines = [`| round | rules alone | ${thresholds.map((t) => `with the model at ${t}${t === learnedClaimThreshold ? " (shipped)" : ""}`).join(" | ")} |`, `|---|---|${thresholds.map(() => "---").join("|")}|`];
for (const [round, replay] of Object.entries(rounds)) {
  const rows = readDevSet(path.join(repoRoot, "test", "unit", "claims", "fresh", `round${round}.jsonl`));
  const earlier = devSet.filter((row) => roundOf(row) < replay.trainedOnRoundsBefore);
  const model = new ClaimModel(trainClaimModel(claimTrainingSet(earlier)));
  const flagged = new Set(replay.flaggedRows);
  const tallies = thresholds.map((threshold) => tally(rows, flagged, model, threshold));
  tallies.forEach((one, index) => add(totals[index], one));
  lines.push(`| ${round} (${earlier.length} rows of the set to learn from) | ${figures(tallies[0], true)} | ${tallies.map((one) => figures(one, false)).join(" | ")} |`);
}
lines.push(`| **all** | ${figures(totals[0], true)} | ${totals.map((one) => figures(one, false)).join(" | ")} |`);
console.log("Recall / precision on each round before its fixes: the rules as they stood, then with a model trained on earlier rounds only.\n");
console.log(lines.join("\n"));

function tally(rows: readonly DevSetRow[], flagged: ReadonlySet<number>, model: ClaimModel, threshold: number): Tally {
  const result = emptyTally();
  rows.forEach((row, index) => {
    const byRules = flagged.has(index);
    const byModel = !byRules && learnedClaimSentences(row.text, maskMarkup(row.text), [], model, threshold).length > 0;
    if (row.label === "violation") {
      result.violations++;
      if (byRules) result.caughtByRules++;
      if (byRules || byModel) result.caught++;
    } else {
      if (byRules) result.falseByRules++;
      if (byRules || byModel) result.falsePositives++;
    }
  });
  return result;
}

function figures(one: Tally, rulesAlone: boolean): string {
  const caught = rulesAlone ? one.caughtByRules : one.caught;
  const wrong = rulesAlone ? one.falseByRules : one.falsePositives;
  return `${(caught / one.violations).toFixed(3)} / ${(caught / Math.max(1, caught + wrong)).toFixed(3)}`;
}

function roundOf(row: DevSetRow): number {
  const match = /^fresh-round-(\d+)$/.exec(row.written ?? "");
  return match ? Number(match[1]) : 0;
}

function emptyTally(): Tally {
  return { violations: 0, caughtByRules: 0, caught: 0, falseByRules: 0, falsePositives: 0 };
}

function add(total: Tally, one: Tally): void {
  total.violations += one.violations;
  total.caughtByRules += one.caughtByRules;
  total.caught += one.caught;
  total.falseByRules += one.falseByRules;
  total.falsePositives += one.falsePositives;
}

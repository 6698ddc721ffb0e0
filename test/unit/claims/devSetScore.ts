import { checkClaims, claimRulesFor, type ClaimFinding } from "../../../src/core/claims/checkClaims";
import { findIndustryProfile, generalRetailProfile } from "../../../src/core/profiles/industryProfiles";
import { type DevSetRow } from "./devSetRows";

export { devSetPath, readDevSet, type DevSetRow } from "./devSetRows";

export interface ScoredRow extends DevSetRow {
  readonly findings: readonly ClaimFinding[];
  readonly flagged: boolean;
}

export interface Score {
  readonly violations: number;
  readonly caught: number;
  readonly negatives: number;
  readonly falsePositives: number;
  readonly recall: number;
  readonly precision: number;
}

/**
 * Checks each row as the owners will: `checkClaims(text, claimRulesFor(profile))` with the row's
 * industry profile (general retail when none matches). A row is flagged when any finding falls in it.
 */
export function scoreRows(rows: readonly DevSetRow[]): ScoredRow[] {
  return rows.map((row) => {
    const profile = findIndustryProfile(row.industry) ?? generalRetailProfile;
    const findings = checkClaims(row.text, claimRulesFor(profile));
    return { ...row, findings, flagged: findings.length > 0 };
  });
}

export function score(rows: readonly ScoredRow[]): Score {
  const violations = rows.filter((row) => row.label === "violation");
  const negatives = rows.filter((row) => row.label === "negative");
  const caught = violations.filter((row) => row.flagged).length;
  const falsePositives = negatives.filter((row) => row.flagged).length;
  return {
    violations: violations.length,
    caught,
    negatives: negatives.length,
    falsePositives,
    recall: violations.length === 0 ? 1 : caught / violations.length,
    precision: caught + falsePositives === 0 ? 1 : caught / (caught + falsePositives),
  };
}

/** A Markdown table of scores grouped by one field, with the overall score last. */
export function scoreTable(rows: readonly ScoredRow[], by: "category" | "industry"): string {
  const groups = [...new Set(rows.map((row) => row[by]))].sort();
  const line = (name: string, s: Score) =>
    `| ${name} | ${s.violations} | ${s.negatives} | ${s.recall.toFixed(2)} | ${s.precision.toFixed(2)} | ${s.violations - s.caught} | ${s.falsePositives} |`;
  return [
    `| ${by} | violations | negatives | recall | precision | missed | false positives |`,
    "|---|---:|---:|---:|---:|---:|---:|",
    ...groups.map((group) => line(group, score(rows.filter((row) => row[by] === group)))),
    line("**all**", score(rows)),
  ].join("\n");
}

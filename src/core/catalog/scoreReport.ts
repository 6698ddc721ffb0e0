import { stringify } from "csv-stringify/sync";
import type { ScoreStatus } from "../scores/scoreCheck";
import type { CopyScore } from "../scores/scoreCopy";
import { besideOutput } from "./besideOutput";
import type { Catalog } from "./formats/catalogProduct";
import type { JournalEntry } from "./journal";

/** One check of one product as the journal keeps it, so a resumed run still reports it. */
export interface JournaledCheck {
  readonly id: string;
  readonly label: string;
  readonly status: ScoreStatus;
  /** Rounded to two decimals: a report cell, not a figure to compute on. */
  readonly value: number;
}

export interface JournaledScores {
  readonly score: number;
  readonly checks: readonly JournaledCheck[];
}

export const scoreStatuses: readonly ScoreStatus[] = ["good", "ok", "problem"];

export function journaledScores(score: CopyScore): JournaledScores {
  return {
    score: score.score,
    checks: [...score.readability.checks, ...score.seo].map((check) => ({ id: check.id, label: check.label, status: check.status, value: Math.round(check.value * 100) / 100 })),
  };
}

/** The report file for an output: "products.tailor.csv" gives "products.tailor.report.csv". */
export function scoreReportPath(outputPath: string): string {
  return besideOutput(outputPath, "report.csv");
}

/**
 * One row per product of the file, in file order: its key, line and run status, the overall
 * score, then a value and a status column for each check any product had, and last the sentences
 * taken out of its copy for stating what the brief does not give. Products without
 * scores (skipped, failed) have their score cells empty, so the rows still line up with the file.
 */
export function scoreReportCsv(catalog: Catalog, results: ReadonlyMap<string, JournalEntry>): string {
  const columns = checkColumns(catalog.products.map((product) => results.get(product.key)?.scores));
  const header = ["Product", "Line", "Status", "Score", ...columns.flatMap((column) => [column.label, `${column.label}: status`]), "Removed"];
  const rows = catalog.products.map((product) => {
    const entry = results.get(product.key);
    const scores = entry?.scores;
    const cells = columns.flatMap((column) => {
      const check = scores?.checks.find((candidate) => candidate.id === column.id);
      return check ? [String(check.value), check.status] : ["", ""];
    });
    return [product.key, String(product.line), entry?.status ?? "not written", scores ? String(scores.score) : "", ...cells, (entry?.removed ?? []).join(" | ")];
  });
  return stringify([header, ...rows], { record_delimiter: "\r\n" });
}

function checkColumns(all: readonly (JournaledScores | undefined)[]): { readonly id: string; readonly label: string }[] {
  const columns = new Map<string, string>();
  for (const scores of all) for (const check of scores?.checks ?? []) if (!columns.has(check.id)) columns.set(check.id, check.label);
  return [...columns].map(([id, label]) => ({ id, label }));
}

export interface ScoreDistribution {
  readonly products: number;
  readonly median: number;
  readonly lowest: number;
  readonly highest: number;
  /** Per check, in the order the checks first appear: how many products had each status. */
  readonly checks: readonly { readonly label: string; readonly counts: Readonly<Record<ScoreStatus, number>> }[];
}

/** Undefined when no product has scores (nothing written yet). */
export function scoreDistribution(all: readonly (JournaledScores | undefined)[]): ScoreDistribution | undefined {
  const scored = all.filter((scores): scores is JournaledScores => scores !== undefined);
  if (scored.length === 0) return undefined;
  const totals = scored.map((scores) => scores.score).sort((a, b) => a - b);
  const middle = Math.floor(totals.length / 2);
  const median = totals.length % 2 === 1 ? (totals[middle] ?? 0) : ((totals[middle - 1] ?? 0) + (totals[middle] ?? 0)) / 2;
  const checks = checkColumns(scored).map((column) => {
    const counts: Record<ScoreStatus, number> = { good: 0, ok: 0, problem: 0 };
    for (const scores of scored) {
      const check = scores.checks.find((candidate) => candidate.id === column.id);
      if (check) counts[check.status] += 1;
    }
    return { label: column.label, counts };
  });
  return { products: scored.length, median, lowest: totals[0] ?? 0, highest: totals.at(-1) ?? 0, checks };
}

/**
 * "Scores of 12 products: median 74 (52–91)." then one line per check with the share of products
 * per status, as a percentage of the products that had the check.
 */
export function formatScoreDistribution(distribution: ScoreDistribution): string[] {
  const { products, median, lowest, highest } = distribution;
  const lines = [`Scores of ${products} ${products === 1 ? "product" : "products"}: median ${median} (${lowest}–${highest}).`];
  for (const { label, counts } of distribution.checks) {
    const had = scoreStatuses.reduce((sum, status) => sum + counts[status], 0);
    lines.push(`  ${label}: ${scoreStatuses.map((status) => `${Math.round((100 * counts[status]) / had)}% ${status}`).join(", ")}`);
  }
  return lines;
}

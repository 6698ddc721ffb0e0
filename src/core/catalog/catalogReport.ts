import { englishList } from "../text/english";
import { formatDuration } from "../text/formatDuration";
import type { CatalogProgress } from "./catalogProgress";
import type { CatalogSummary } from "./catalogRunTypes";
import { formatScoreDistribution, scoreReportPath } from "./scoreReport";

/** "12/80 products · 14.2/min · about 4 min left · Summit Insulated Bottle" */
export function formatProgress(progress: CatalogProgress): string {
  const parts = [`${progress.done}/${progress.total} products`];
  if (progress.ratePerMinute !== undefined) parts.push(`${progress.ratePerMinute.toFixed(1)}/min`);
  if (progress.etaMs !== undefined) parts.push(`about ${formatDuration(progress.etaMs)} left`);
  if (progress.flagged > 0) parts.push(`${progress.flagged} flagged`);
  if (progress.failed > 0) parts.push(`${progress.failed} failed`);
  if (progress.current) parts.push(progress.current);
  return parts.join(" · ");
}

/**
 * The end-of-run report: what was written, skipped, flagged (with rows) and failed (with reasons),
 * and how the copy scored, with the per-product report's file.
 */
export function formatSummary(summary: CatalogSummary): string {
  const lines = [
    `${summary.cancelled ? "Cancelled" : "Done"}: ${summary.written} written, ${summary.skipped} skipped, ${summary.flagged.length} flagged, ${summary.failed.length} failed of ${summary.total} products.`,
    `Output: ${summary.outputPath}`,
  ];
  if (summary.scores) lines.push(...formatScoreDistribution(summary.scores), `Scores per product: ${scoreReportPath(summary.outputPath)}`);
  if (summary.resumed > 0) lines.push(`Resumed: ${summary.resumed} products came from the journal of an earlier run.`);
  for (const flagged of summary.flagged) lines.push(`  flagged, line ${flagged.line} (${flagged.key}): ${flagged.rules.join("; ")}`);
  for (const failed of summary.failed) lines.push(`  failed, line ${failed.line} (${failed.key}): ${failed.reason}`);
  if (summary.cancelled || summary.failed.length > 0) lines.push(`Journal kept at ${summary.journalPath}: run the same command again to resume.`);
  return lines.join("\n");
}

/** "Review line 7.", "Review lines 3, 7 and 9.", "Review lines 2, 3, … and 4 more" (past `shown` lines). */
export function reviewLines(lines: readonly number[], shown = 10): string {
  const sorted = [...lines].sort((a, b) => a - b).map(String);
  if (sorted.length === 0) return "";
  const listed = sorted.length > shown ? [...sorted.slice(0, shown), `${sorted.length - shown} more`] : sorted;
  return `Review ${sorted.length === 1 ? "line" : "lines"} ${englishList(listed)}.`;
}

import type { CopyScore } from "./scoreCopy";
import { scoreRows } from "./scoreDisplay";

/**
 * Opens the scores footer of a document Tailor wrote. It is an HTML comment, so a Markdown
 * preview hides it; scoring the document again stops there, so the footer never scores itself.
 */
export const scoresFooterMarker = "<!-- tailor:scores -->";

/**
 * The scores as a Markdown footer: the overall figure, then one table row per check with its
 * value, status, target and advice. `notes` are lines shown under the table (parts not found).
 */
export function scoresMarkdown(score: CopyScore, notes: readonly string[] = []): string {
  const lines = [scoresFooterMarker, "", `## Scores: ${score.score}/100`, "", "| Check | Value | Status | Target | Advice |", "| --- | --- | --- | --- | --- |"];
  for (const row of scoreRows(score)) {
    lines.push(`| ${[row.label, row.value, row.status, row.threshold, row.advice].map(tableCell).join(" | ")} |`);
  }
  lines.push("", ...notes.flatMap((note) => [`*${note}*`, ""]));
  return lines.join("\n");
}

function tableCell(text: string): string {
  return text.replace(/\|/gu, "\\|").replace(/\s+/gu, " ").trim();
}

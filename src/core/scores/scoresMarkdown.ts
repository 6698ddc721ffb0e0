import type { CopyScore } from "./scoreCopy";
import { scoreRows } from "./scoreDisplay";

/**
 * Opens the scores footer of a document Tailor wrote. It is an HTML comment, so a Markdown
 * preview hides it; scoring the document again stops there, so the footer never scores itself.
 */
export const scoresFooterMarker = "<!-- tailor:scores -->";

/**
 * The scores as a Markdown footer: the overall figure, then one list item per check with its
 * status, value, target and advice. A list rather than a table, because generated documents are
 * read as Markdown source in the editor, where a table's long rows wrap into noise.
 * `notes` are lines shown under the list (parts not found).
 */
export function scoresMarkdown(score: CopyScore, notes: readonly string[] = []): string {
  const lines = [scoresFooterMarker, "", `## Scores: ${score.score}/100`, ""];
  for (const row of scoreRows(score)) lines.push(`- **${row.status}** ${row.label}: ${row.value} (target: ${row.threshold}). ${row.advice}`);
  lines.push("", ...notes.flatMap((note) => [`*${note}*`, ""]));
  return lines.join("\n");
}

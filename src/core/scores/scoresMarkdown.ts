import type { CopyScore } from "./scoreCopy";
import { scoreRows } from "./scoreDisplay";

/**
 * Opens the scores footer of a document Tailor wrote. It is an HTML comment, so a Markdown
 * preview hides it; scoring the document again stops there, so the footer never scores itself.
 */
export const scoresFooterMarker = "<!-- tailor:scores -->";
/** Closes the footer, so copy a user adds after it is still copy: checked, scored and packed. */
export const scoresFooterEndMarker = "<!-- /tailor:scores -->";

/**
 * Where the scores footer lies in `text`: from its opening marker to its closing one, or to the
 * end of the text for a footer written before the closing marker existed. Undefined for none.
 */
export function scoresFooterSpan(text: string): { start: number; end: number } | undefined {
  const start = text.indexOf(scoresFooterMarker);
  if (start === -1) return undefined;
  const close = text.indexOf(scoresFooterEndMarker, start);
  return { start, end: close === -1 ? text.length : close + scoresFooterEndMarker.length };
}

/** `text` with its scores footer taken out, for readers of the copy alone. */
export function withoutScoresFooter(text: string): string {
  const footer = scoresFooterSpan(text);
  return footer ? text.slice(0, footer.start) + text.slice(footer.end) : text;
}

/**
 * The scores as a Markdown footer: the overall figure, then one list item per check with its
 * status, value, target and advice. A list rather than a table, because generated documents are
 * read as Markdown source in the editor, where a table's long rows wrap into noise.
 * `notes` are lines shown under the list (parts not found).
 */
export function scoresMarkdown(score: CopyScore, notes: readonly string[] = []): string {
  const lines = [scoresFooterMarker, "", `## Scores: ${score.score}/100`, ""];
  for (const row of scoreRows(score)) lines.push(`- **${row.status}** ${row.label}: ${row.value} (target: ${row.threshold}). ${row.advice}`);
  lines.push("", ...notes.flatMap((note) => [`*${note}*`, ""]), scoresFooterEndMarker);
  return lines.join("\n");
}

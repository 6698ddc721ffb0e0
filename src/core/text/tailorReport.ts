import { scoresFooterSpan } from "../scores/scoresMarkdown";

/**
 * The status line Tailor closes a generated document with ("---", then "> Flagged: …"). Only
 * lines that open with one of Tailor's own notes count, so a user's closing quotation is copy.
 */
const statusLine = /(?<=^---[ \t]*\r?\n[ \t]*\r?\n)> (?:Stopped|Incomplete|Flagged|Unsupported|Removed|Replaced|Failed|Writing|Rewriting)\b[^\r\n]*/gmu;

/**
 * A generated document with Tailor's report blanked out, offsets unchanged: its status line and
 * its scores footer. The status line quotes what was flagged or removed ("Removed 1 sentence …:
 * "Fits a 15-inch laptop.""), and a check that read it would mark text the copy no longer holds.
 */
export function blankTailorReport(text: string): string {
  const blank = (part: string) => part.replace(/[^\r\n]/gu, " ");
  const footer = scoresFooterSpan(text);
  const withoutFooter = footer ? text.slice(0, footer.start) + blank(text.slice(footer.start, footer.end)) + text.slice(footer.end) : text;
  return withoutFooter.replace(statusLine, blank);
}

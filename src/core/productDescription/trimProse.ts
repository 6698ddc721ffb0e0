import { withoutDanglingEnd } from "../text/danglingWords";
import { endBeforeLoop } from "../text/endBeforeLoop";
import { trimToLimit } from "../text/trimToLimit";

/** A cut that keeps less than this share of the limit costs more copy than it saves. */
const minShareKept = 0.5;


/**
 * Prose over its limit ends at its last whole sentence that fits, or else at its last clause
 * (closed with a full stop), when either keeps at least half the limit; only otherwise is it cut
 * between words. A small model cannot count characters, so its meta descriptions and paragraphs
 * often run over: ending at a sentence or clause keeps the copy finished where a cut at a word
 * leaves it hanging. Prose that loops ends before the loop first (../text/endBeforeLoop.ts).
 */
export function trimProse(text: string, limit: number): string {
  const clean = endBeforeLoop(text.replace(/\s+/g, " ").trim());
  if (clean.length <= limit) return clean;
  const head = clean.slice(0, limit + 1);
  const sentenceEnd = lastEnd(head, /[.!?…]["”’)]?(?=\s)/gu);
  if (sentenceEnd >= limit * minShareKept) return head.slice(0, sentenceEnd);
  // The full stop takes the place of the comma, so the clause fits whenever the comma did.
  const clauseEnd = lastStart(head.slice(0, limit), /[,;:](?=\s)|\s[–—-]\s/gu);
  if (clauseEnd >= limit * minShareKept) return `${head.slice(0, clauseEnd).trimEnd()}.`;
  return trimToLimit(clean, limit);
}

/**
 * Prose the model stopped in mid-sentence ("… brand of vitamins. It is a well-luc"): ended at its
 * last whole sentence, or else its last clause closed with a full stop, when either keeps at least
 * half of it, as an over-long text is (trimProse); otherwise closed where it stands. Prose already
 * ending a sentence comes back as it is.
 */
export function endedProse(text: string): string {
  const clean = text.trim();
  if (clean === "" || /[.!?…]["”’)]?$/u.test(clean)) return clean;
  const sentenceEnd = lastEnd(clean, /[.!?…]["”’)]?(?=\s)/gu);
  if (sentenceEnd >= clean.length * minShareKept) return clean.slice(0, sentenceEnd);
  const clauseEnd = lastStart(clean, /[,;:](?=\s)|\s[–—-]\s/gu);
  if (clauseEnd >= clean.length * minShareKept) return `${clean.slice(0, clauseEnd).trimEnd()}.`;
  // A word that ends in a hyphen was cut in two ("a 20D rip-"): it goes whole.
  const kept = withoutDanglingEnd(clean.replace(/\s+\S*-$/u, ""));
  return kept === "" ? clean : `${kept}.`;
}

/** Where the last match of `pattern` in `text` ends; -1 for none. */
function lastEnd(text: string, pattern: RegExp): number {
  let end = -1;
  for (const match of text.matchAll(pattern)) end = match.index + match[0].length;
  return end;
}

/** Where the last match of `pattern` in `text` starts; -1 for none. */
function lastStart(text: string, pattern: RegExp): number {
  let start = -1;
  for (const match of text.matchAll(pattern)) start = match.index;
  return start;
}

/** A title over its limit is cut between words and never left ending on "and", "for" or "with". */
export function trimTitle(text: string, limit: number): string {
  return withoutDanglingEnd(trimToLimit(text, limit));
}

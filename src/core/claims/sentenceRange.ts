import { htmlTagPattern } from "./markupMask";

export interface TextRange {
  readonly start: number;
  readonly end: number;
}

const terminators = new Set([".", "!", "?", "…", "。"]);
const closingMarks = new Set(['"', "'", "”", "’", ")", "]"]);
// Abbreviations whose dot ends no sentence: "licence no. CU 823451", "the No. 1 brand", "approx. 40 g".
const abbreviation = /(?<![\p{L}])(?:no|nos|nr|ref|reg|approx|ca|vs|fig|vol|art|dr|mr|mrs|ms|prof|st|inc|ltd|co|corp|est|cert|lic|min|max|incl|excl)$/iu;
const lineMarker = /^[ \t]*(?:(?:[-*+•]|\d{1,3}[.)]|#{1,6}|>)[ \t]+)?/;
// Elements whose whole content may be one claim; emptied, they go too. Table cells stay, or the table breaks.
const removableWrapper = /^<(li|p|h[1-6]|dt|dd|blockquote|figcaption)\b[^>]*>\s*$/i;
const voidElements = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

/**
 * The range to delete so that the sentence (or bullet, or paragraph) carrying [start, end) is gone
 * and the text around it keeps clean spacing and line breaks. `masked` is maskMarkup(text).
 */
export function sentenceRemovalRange(text: string, masked: string, start: number, end: number): TextRange {
  const { blockStart, blockEnd, contentStart, start: sentenceStart0, end: sentenceEnd0 } = sentenceIn(text, masked, start, end);
  let sentenceStart = sentenceStart0;
  let sentenceEnd = sentenceEnd0;
  ({ start: sentenceStart, end: sentenceEnd } = takeEnclosingInlineTags(text, sentenceStart, sentenceEnd));

  const aloneInBlock = text.slice(contentStart, sentenceStart).trim() === "" && text.slice(sentenceEnd, blockEnd).trim() === "";
  if (aloneInBlock) return wholeBlockRange(text, blockStart, blockEnd);
  const spaceAfter = /^[ \t]+/.exec(text.slice(sentenceEnd, blockEnd))?.[0].length ?? 0;
  const restOfBlock = text.slice(sentenceEnd + spaceAfter, blockEnd).trim();
  if (spaceAfter > 0 && restOfBlock !== "") return { start: sentenceStart, end: sentenceEnd + spaceAfter };
  const spaceBefore = /[ \t]+$/.exec(text.slice(contentStart, sentenceStart))?.[0].length ?? 0;
  return { start: sentenceStart - spaceBefore, end: sentenceEnd };
}

/** The sentence (or bullet, or line) that carries [start, end), without list markers or surrounding space. */
export function sentenceBounds(text: string, masked: string, start: number, end: number): TextRange {
  const { start: sentenceStart, end: sentenceEnd } = sentenceIn(text, masked, start, end);
  return { start: sentenceStart, end: sentenceEnd };
}

interface SentenceInBlock extends TextRange {
  readonly blockStart: number;
  readonly blockEnd: number;
  readonly contentStart: number;
}

function sentenceIn(text: string, masked: string, start: number, end: number): SentenceInBlock {
  const blockStart = masked.lastIndexOf("\n", start - 1) + 1;
  const newlineAfter = masked.indexOf("\n", end);
  const blockEnd = newlineAfter === -1 ? text.length : newlineAfter;
  // A list marker is a few characters long: read only the start of the block.
  const contentStart = blockStart + (lineMarker.exec(text.slice(blockStart, Math.min(blockEnd, blockStart + 24)))?.[0].length ?? 0);

  let sentenceStart = Math.min(contentStart, start);
  for (let i = start - 1; i >= contentStart; i--) {
    const after = boundaryAfter(masked, i, blockEnd);
    if (after !== -1 && after <= start) {
      sentenceStart = after;
      break;
    }
  }
  while (sentenceStart < start && /\s/.test(text[sentenceStart])) sentenceStart++;

  let sentenceEnd = -1;
  for (let i = start; i < blockEnd; i++) {
    const after = boundaryAfter(masked, i, blockEnd);
    if (after !== -1 && after >= end) {
      sentenceEnd = after;
      break;
    }
  }
  if (sentenceEnd === -1) {
    sentenceEnd = blockEnd;
    while (sentenceEnd > end && /\s/.test(text[sentenceEnd - 1])) sentenceEnd--;
  }
  return { blockStart, blockEnd, contentStart, start: sentenceStart, end: sentenceEnd };
}

/**
 * Where a sentence ending at `index` stops (after closing quotes and brackets), or -1 when the
 * character there does not end a sentence: decimals ("2.5"), abbreviations followed by a
 * lower-case word ("e.g. the") and dots inside a word ("U.S.A") do not.
 */
function boundaryAfter(masked: string, index: number, limit: number): number {
  if (!terminators.has(masked[index])) return -1;
  let after = index + 1;
  while (after < limit && closingMarks.has(masked[after])) after++;
  if (after >= limit || masked[index] === "。") return after;
  if (!/\s/.test(masked[after])) return -1;
  if (masked[index] === "." && abbreviation.test(masked.slice(Math.max(0, index - 8), index))) return -1;
  let next = after;
  while (next < limit && /\s/.test(masked[next])) next++;
  return next < limit && /\p{Ll}/u.test(masked[next]) ? -1 : after;
}

/** Widens the range over inline tags that open right before it and close inside it, or the reverse. */
function takeEnclosingInlineTags(text: string, start: number, end: number): TextRange {
  let changed = true;
  while (changed) {
    changed = false;
    const { opened, closed } = unbalancedTags(text.slice(start, end));
    const closing = /^<\/([a-zA-Z][a-zA-Z0-9-]*)\s*>/.exec(text.slice(end));
    if (closing && opened.some((tag) => tagName(tag) === closing[1].toLowerCase())) {
      end += closing[0].length;
      changed = true;
    }
    const tagStart = tagEndingAt(text, start, false);
    const opening = tagStart === -1 ? null : /^<([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>$/.exec(text.slice(tagStart, start));
    if (opening && closed.some((tag) => tagName(tag) === opening[1].toLowerCase())) {
      start = tagStart;
      changed = true;
    }
  }
  return { start, end };
}

/** The block (line, bullet, or HTML element) and one of the line breaks around it. */
function wholeBlockRange(text: string, blockStart: number, blockEnd: number): TextRange {
  let start = blockStart;
  let end = blockEnd;
  for (;;) {
    const tagStart = tagEndingAt(text, start, true);
    const opening = tagStart === -1 ? null : removableWrapper.exec(text.slice(tagStart, start));
    const closing = opening && new RegExp(`^\\s*</${opening[1]}\\s*>`, "i").exec(text.slice(end));
    if (!opening || !closing) break;
    start = tagStart;
    end += closing[0].length;
  }
  const lineStart = text.lastIndexOf("\n", start - 1) + 1;
  const newlineAfter = text.indexOf("\n", end);
  const lineEnd = newlineAfter === -1 ? text.length : newlineAfter;
  if (text.slice(lineStart, start).trim() !== "" || text.slice(end, lineEnd).trim() !== "") return { start, end };
  return joinLines(text, lineStart, lineEnd);
}

/**
 * Deletes whole lines [lineStart, lineEnd) with their line breaks, keeping as many breaks as the
 * lines around need: no doubled blank line where a paragraph was, no blank first line, and the
 * text's own final line break.
 */
function joinLines(text: string, lineStart: number, lineEnd: number): TextRange {
  const before = text.slice(lineBreaksBefore(text, lineStart), lineStart);
  const after = text.slice(lineEnd, lineBreaksAfter(text, lineEnd));
  const breaksBefore = before.match(/\r?\n/g) ?? [];
  const breaksAfter = after.match(/\r?\n/g) ?? [];
  const start = lineStart - before.length;
  const end = lineEnd + after.length;
  let keep: number;
  if (start === 0) keep = 0;
  else if (end === text.length) keep = breaksAfter.length > 0 ? 1 : 0;
  else keep = Math.min(Math.max(breaksBefore.length, breaksAfter.length), 2);
  const keptBefore = Math.min(keep, breaksBefore.length);
  const keptAfter = keep - keptBefore;
  return {
    start: start + breaksBefore.slice(0, keptBefore).join("").length,
    end: end - breaksAfter.slice(breaksAfter.length - keptAfter).join("").length,
  };
}

/** Where a tag that ends right before `index` (or before the spaces there, when allowed) starts; -1 when none does. */
function tagEndingAt(text: string, index: number, spacesBetween: boolean): number {
  let end = index;
  if (spacesBetween) while (end > 0 && /\s/.test(text[end - 1])) end--;
  return text[end - 1] === ">" ? text.lastIndexOf("<", end - 1) : -1;
}

/** Where the run of line breaks that ends at `index` starts. */
function lineBreaksBefore(text: string, index: number): number {
  let start = index;
  while (start > 0 && (text[start - 1] === "\n" || (text[start - 1] === "\r" && text[start] === "\n"))) start--;
  return start;
}

/** Where the run of line breaks that starts at `index` ends. */
function lineBreaksAfter(text: string, index: number): number {
  let end = index;
  for (;;) {
    if (text[end] === "\n") end++;
    else if (text[end] === "\r" && text[end + 1] === "\n") end += 2;
    else return end;
  }
}

/** Tags a fragment opens without closing, or closes without opening, in order. */
export function unbalancedTags(fragment: string): { opened: string[]; closed: string[] } {
  const opened: string[] = [];
  const closed: string[] = [];
  for (const match of fragment.matchAll(htmlTagPattern)) {
    const tag = match[0];
    const name = match[1].toLowerCase();
    if (voidElements.has(name) || tag.endsWith("/>")) continue;
    if (tag.startsWith("</")) {
      const openIndex = opened.map(tagName).lastIndexOf(name);
      if (openIndex === -1) closed.push(tag);
      else opened.splice(openIndex, 1);
    } else {
      opened.push(tag);
    }
  }
  return { opened, closed };
}

function tagName(tag: string): string {
  return /^<\/?([a-zA-Z][a-zA-Z0-9-]*)/.exec(tag)?.[1].toLowerCase() ?? "";
}

/** Every sentence (or bullet, or line) of the prose, in order, as sentenceBounds finds them. */
export function sentencesOf(text: string, masked: string): TextRange[] {
  const sentences: TextRange[] = [];
  const word = /[\p{L}\p{N}]/gu;
  for (let found = word.exec(masked); found; found = word.exec(masked)) {
    const sentence = sentenceBounds(text, masked, found.index, found.index + 1);
    sentences.push(sentence);
    word.lastIndex = Math.max(sentence.end, found.index + 1);
  }
  return sentences;
}

import type { GroundingFinding } from "../groundingFinding";
import { wordsBefore } from "../text/clauseContext";

/** A letter size in a text ("XS", "3XL") with its place on the size scale. */
export interface LetterSize {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly rank: number;
  /** Apparel sizes ("S–XL") and UK ring sizes ("J–S") are two scales: one never bounds the other. */
  readonly scale: "apparel" | "ring";
}

/** The letter sizes a text gives, and the span of the whole run that gave them ("sizes XS-XXL"). */
export interface SizeRuns {
  readonly sizes: readonly LetterSize[];
  readonly runs: readonly { readonly text: string; readonly scale: LetterSize["scale"]; readonly start: number }[];
}

// The apparel scale: "XXL" and "2XL" are one size, as are "XXXL" and "3XL".
const ranks = new Map([
  ["XXS", 0], ["2XS", 0], ["XS", 1], ["S", 2], ["M", 3], ["L", 4], ["XL", 5], ["XXL", 6], ["2XL", 6], ["XXXL", 7], ["3XL", 7], ["XXXXL", 8], ["4XL", 8],
  ["5XL", 9], ["6XL", 10],
]);
const sizeToken = String.raw`(?:XXXXL|XXXL|XXL|XXS|XS|XL|[2-6]XL|2XS|S|M|L)`;
const sizeJoiner = String.raw`\s*(?:[-–—/,]|to|through|thru|and|or|&)\s*`;
// "S (EU 35–38), M (EU 39–42)": a size may carry its equivalent in brackets.
const sizeGloss = String.raw`(?:[ \t]*\([^()\n]{1,24}\))?`;
const sizeRun = new RegExp(String.raw`(?<![\p{L}\p{N}])${sizeToken}(?:${sizeGloss}${sizeJoiner}${sizeToken})*(?![\p{L}\p{N}]|[-‐]\p{L})`, "gu");
const singleToken = new RegExp(String.raw`(?<![\p{L}\p{N}])${sizeToken}(?![\p{L}\p{N}])`, "gu");
const sizeWords = new Set(["size", "sizes", "sized", "sizing", "fits", "fit"]);
// UK and Australian ring sizes run from A to Z: a range of single letters after a word for size or a sizing system.
const ringRun = /(?<![\p{L}\p{N}])([A-Z])½?[ \t]*(?:[-–—]|to|through|thru)[ \t]*([A-Z])½?(?![\p{L}\p{N}])/gu;
const ringLeads = new Set([...sizeWords, "uk", "au", "ring", "rings"]);
const apparelLetters = new Set(["S", "M", "L"]);

/**
 * Letter sizes: a run of two or more ("XS to 3XL", "S, M, L") anywhere, a single one only after a
 * word for size ("size M"): on its own "XL" may be part of a name, "L" a litre.
 */
export function readLetterSizes(text: string): SizeRuns {
  const sizes: LetterSize[] = [];
  const runs: { text: string; scale: LetterSize["scale"]; start: number }[] = [];
  const ringSpans: { start: number; end: number }[] = [];
  for (const run of text.matchAll(ringRun)) {
    if (apparelLetters.has(run[1]) && apparelLetters.has(run[2])) continue;
    const lead = /(?<![\p{L}])(?:sizes?|sized|sizing|fits?|UK|AU|rings?)(?![\p{L}])[^\n.!?]{0,12}$/iu.test(text.slice(Math.max(0, run.index - 30), run.index));
    if (!lead && !wordsBefore(text, run.index, 3).some((word) => ringLeads.has(word))) continue;
    runs.push({ text: run[0], scale: "ring", start: run.index });
    ringSpans.push({ start: run.index, end: run.index + run[0].length });
    for (const letter of [run[1], run[2]]) {
      const start = run.index + (letter === run[1] ? 0 : run[0].lastIndexOf(letter));
      sizes.push({ start, end: start + 1, text: letter, rank: letter.charCodeAt(0) - 64, scale: "ring" });
    }
  }
  for (const run of text.matchAll(sizeRun)) {
    if (ringSpans.some((span) => run.index < span.end && run.index + run[0].length > span.start)) continue;
    const tokens = [...run[0].replace(/\([^()]*\)/g, (gloss) => " ".repeat(gloss.length)).matchAll(singleToken)];
    // "Linen Shirt – Sage / M": a variant's size closing a listing's title after a slash or a dash.
    const variant = tokens.length === 1 && /[ \t][/–—-][ \t]*$/u.test(text.slice(Math.max(0, run.index - 3), run.index)) && /^[ \t]*(?:$|\n|\()/u.test(text.slice(run.index + run[0].length, run.index + run[0].length + 2));
    if (tokens.length < 2 && !variant && !wordsBefore(text, run.index, 2).some((word) => sizeWords.has(word))) continue;
    if (tokens.length === 1 && /\d[ \u00a0]?$/.test(text.slice(Math.max(0, run.index - 2), run.index))) continue;
    runs.push({ text: run[0], scale: "apparel", start: run.index });
    for (const token of tokens) {
      const start = run.index + token.index;
      sizes.push({ start, end: start + token[0].length, text: token[0], rank: ranks.get(token[0]) ?? -1, scale: "apparel" });
    }
  }
  return { sizes, runs };
}

/** Letter sizes in the copy outside the range of those the brief gives, or any when it gives none. */
export function checkLetterSizes(copy: SizeRuns, brief: SizeRuns): GroundingFinding[] {
  return copy.sizes
    .filter((size) => {
      const briefRanks = brief.sizes.filter((other) => other.scale === size.scale).map((other) => other.rank);
      return briefRanks.length === 0 || size.rank < Math.min(...briefRanks) || size.rank > Math.max(...briefRanks);
    })
    .map((size) => ({ size, briefValue: (brief.runs.find((run) => run.scale === size.scale) ?? brief.runs[0])?.text }))
    .map(({ size, briefValue }) => ({
      start: size.start,
      end: size.end,
      text: size.text,
      kind: "number" as const,
      message: briefValue ? `"${size.text}": the brief gives sizes ${briefValue}.` : `"${size.text}": the brief gives no sizes.`,
      ...(briefValue ? { briefValue } : {}),
    }));
}

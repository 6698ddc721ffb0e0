import type { GroundingFinding } from "../groundingFinding";
import { wordsBefore } from "../text/clauseContext";

/** A letter size in a text ("XS", "3XL") with its place on the size scale. */
export interface LetterSize {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly rank: number;
}

/** The letter sizes a text gives, and the span of the whole run that gave them ("sizes XS-XXL"). */
export interface SizeRuns {
  readonly sizes: readonly LetterSize[];
  readonly runs: readonly string[];
}

// The apparel scale: "XXL" and "2XL" are one size, as are "XXXL" and "3XL".
const ranks = new Map([
  ["XXS", 0], ["2XS", 0], ["XS", 1], ["S", 2], ["M", 3], ["L", 4], ["XL", 5], ["XXL", 6], ["2XL", 6], ["XXXL", 7], ["3XL", 7], ["XXXXL", 8], ["4XL", 8],
  ["5XL", 9], ["6XL", 10],
]);
const sizeToken = String.raw`(?:XXXXL|XXXL|XXL|XXS|XS|XL|[2-6]XL|2XS|S|M|L)`;
const sizeJoiner = String.raw`\s*(?:[-–—/,]|to|through|thru|and|or|&)\s*`;
const sizeRun = new RegExp(String.raw`(?<![\p{L}\p{N}])${sizeToken}(?:${sizeJoiner}${sizeToken})*(?![\p{L}\p{N}]|[-‐]\p{L})`, "gu");
const singleToken = new RegExp(String.raw`(?<![\p{L}\p{N}])${sizeToken}(?![\p{L}\p{N}])`, "gu");
const sizeWords = new Set(["size", "sizes", "sized", "sizing", "fits", "fit"]);

/**
 * Letter sizes: a run of two or more ("XS to 3XL", "S, M, L") anywhere, a single one only after a
 * word for size ("size M"): on its own "XL" may be part of a name, "L" a litre.
 */
export function readLetterSizes(text: string): SizeRuns {
  const sizes: LetterSize[] = [];
  const runs: string[] = [];
  for (const run of text.matchAll(sizeRun)) {
    const tokens = [...run[0].matchAll(singleToken)];
    if (tokens.length < 2 && !wordsBefore(text, run.index, 2).some((word) => sizeWords.has(word))) continue;
    if (tokens.length === 1 && /\d[ \u00a0]?$/.test(text.slice(Math.max(0, run.index - 2), run.index))) continue;
    runs.push(run[0]);
    for (const token of tokens) {
      const start = run.index + token.index;
      sizes.push({ start, end: start + token[0].length, text: token[0], rank: ranks.get(token[0]) ?? -1 });
    }
  }
  return { sizes, runs };
}

/** Letter sizes in the copy outside the range of those the brief gives, or any when it gives none. */
export function checkLetterSizes(copy: SizeRuns, brief: SizeRuns): GroundingFinding[] {
  const briefRanks = brief.sizes.map((size) => size.rank);
  const smallest = Math.min(...briefRanks);
  const largest = Math.max(...briefRanks);
  const briefValue = brief.runs[0];
  return copy.sizes
    .filter((size) => briefRanks.length === 0 || size.rank < smallest || size.rank > largest)
    .map((size) => ({
      start: size.start,
      end: size.end,
      text: size.text,
      kind: "number" as const,
      message: briefValue ? `"${size.text}": the brief gives sizes ${briefValue}.` : `"${size.text}": the brief gives no sizes.`,
      ...(briefValue ? { briefValue } : {}),
    }));
}

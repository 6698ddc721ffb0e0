import type { GroundingFinding } from "../groundingFinding";

// "Type I", "Class 2", "Grade A", "Level 3", "Cat 6", "Gen 2", "Type IAA": a code that names which of a kind the product is.
// Codes are read case-sensitively, so "type a message" and "level it" are no codes; the word before may be any case.
const headWords = ["type", "types", "class", "classes", "grade", "grades", "level", "levels", "category", "categories", "cat", "stage", "stages", "tier", "tiers", "gen", "generation", "group", "groups"];
const heads = headWords.map((word) => `[${word[0].toUpperCase()}${word[0]}]${word.slice(1)}|${word.toUpperCase()}`).join("|");
const code = String.raw`(?:[IVX]{1,4}[A-Z]{0,3}|\d{1,3}[A-Z]?|[A-Z]{1,3}\d?)(?![\p{L}\p{N}])`;
const joiner = String.raw`[ \t]*(?:,[ \t]*(?:and|or)|,|/|&|\+|and|or)[ \t]*`;
const designated = new RegExp(String.raw`(?<![\p{L}\p{N}-])(?<head>${heads})[ \t-]?(?<codes>${code}(?:${joiner}${code})*)`, "gu");
const oneCode = new RegExp(code, "gu");

/** Roman numerals, numbers and letter codes: a list continues only with codes written like its first ("I and III", not "II and ISO"). */
function shapeOf(value: string): "roman" | "number" | "letters" {
  return /^[IVX]+$/.test(value) ? "roman" : /^\d/.test(value) ? "number" : "letters";
}

const romanValues: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** "III" and "3" are one code; "IA" and "IAA" are not. */
function codeKey(value: string): string {
  if (!/^[IVX]+$/.test(value)) return value;
  let total = 0;
  for (let i = 0; i < value.length; i++) {
    const here = romanValues[value[i]];
    const next = romanValues[value[i + 1]] ?? 0;
    total += here < next ? -here : here;
  }
  return String(total);
}

function headKey(head: string): string {
  const lower = head.toLowerCase();
  if (lower === "cat" || lower.startsWith("categor")) return "category";
  if (lower === "gen") return "generation";
  return lower.replace(/(?:es|s)$/, "").replace(/^clas$/, "class");
}

export interface Designation {
  readonly start: number;
  readonly end: number;
  readonly head: string;
  readonly codes: readonly string[];
}

export function readDesignations(text: string): Designation[] {
  return [...text.matchAll(designated)].flatMap((match) => {
    const groups = match.groups ?? {};
    const listed = [...(groups.codes ?? "").matchAll(oneCode)];
    const shape = shapeOf(listed[0][0]);
    const cut = listed.findIndex((one) => shapeOf(one[0]) !== shape);
    const kept = cut < 0 ? listed : listed.slice(0, cut);
    const last = kept[kept.length - 1];
    const codesStart = match.index + match[0].length - (groups.codes ?? "").length;
    return [{ start: match.index, end: codesStart + last.index + last[0].length, head: headKey(groups.head ?? ""), codes: kept.map((one) => codeKey(one[0])) }];
  });
}

/** The copy's codes of a kind the brief gives a code of: this check reads their figures ("Type 1" for "type I"), not the figures check. */
export function designationsOfBriefKinds(copy: readonly Designation[], briefText: string): Designation[] {
  const heads = new Set(readDesignations(briefText).map((designation) => designation.head));
  return copy.filter((designation) => heads.has(designation.head));
}

/**
 * Codes the copy gives where the brief gives another of the same kind: "type I and III collagen" on a brief's "type I
 * collagen", "Class 3" on its "Class 2", "Type IAA" on its "Type IA". A code of a kind the brief never names ("USB Type-C"
 * on a brief's "USB-C") is left to the other checks.
 */
export function checkDesignators(copy: readonly Designation[], text: string, briefText: string): GroundingFinding[] {
  const brief = readDesignations(briefText);
  if (brief.length === 0) return [];
  const findings: GroundingFinding[] = [];
  for (const designation of copy) {
    const given = brief.filter((other) => other.head === designation.head);
    if (given.length === 0) continue;
    const codes = new Set(given.flatMap((other) => other.codes));
    if (designation.codes.every((one) => codes.has(one))) continue;
    const said = briefText.slice(given[0].start, given[0].end);
    const shown = text.slice(designation.start, designation.end);
    findings.push({ start: designation.start, end: designation.end, text: shown, kind: "property", message: `"${shown}": the brief says ${said}.`, briefValue: said });
  }
  return findings;
}

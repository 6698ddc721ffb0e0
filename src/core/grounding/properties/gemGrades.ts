import type { PropertyMatch } from "./checkProperties";

/**
 * A diamond's clarity and colour grades ("VS1 clarity", "F colour", "colour grade G"): a buyer pays
 * for the grade, so the brief must give it. The grade itself in the brief backs it.
 */
const clarityGrades = "FL|IF|VVS1|VVS2|VS1|VS2|SI1|SI2|SI3|I1|I2|I3";
const gradePattern = new RegExp(
  String.raw`(?<![\p{L}\p{N}])(?:(?<clarity>${clarityGrades})[ -]+clarity|clarity(?:\s+grade)?[:\s]+(?<clarityAfter>${clarityGrades})|(?:(?<low>[D-M])\s*[–-]\s*)?(?<colour>[D-M])[ -]+colou?r(?:ed)?(?:\s+grade)?|colou?r(?:\s+grade)?[:\s]+(?:(?<lowAfter>[D-M])\s*[–-]\s*)?(?<colourAfter>[D-M]))(?![\p{L}\p{N}])`,
  "gu",
);

export function readGemGrades(text: string): PropertyMatch[] {
  const found: PropertyMatch[] = [];
  for (const match of text.matchAll(gradePattern)) {
    const clarity = match.groups?.clarity ?? match.groups?.clarityAfter;
    const grade = clarity ?? match.groups?.colour ?? match.groups?.colourAfter ?? "";
    const backing = clarity ? [grade] : [`${grade} colour`, `${grade} color`, `colour ${grade}`, `color ${grade}`, `colour: ${grade}`, `color: ${grade}`, `colour grade ${grade}`, `color grade ${grade}`];
    // "F–G colour": a range of grades, backed by a brief's range that holds both ends ("colour F–G", "E-H color").
    const low = clarity ? undefined : match.groups?.low ?? match.groups?.lowAfter;
    const backingPattern = clarity ? undefined : colourRangeHolding(low ?? grade, grade);
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], claim: { forms: [match[0]], backing: low ? [] : backing, weaker: [], backingPattern } });
  }
  return found;
}

/** A brief's colour range that holds every grade from `low` to `high` ("colour F–G" holds G; "E–H color" holds F–G). */
function colourRangeHolding(low: string, high: string): RegExp {
  const upTo = (grade: string) => `[D-${grade}]`;
  const from = (grade: string) => `[${grade}-M]`;
  const range = String.raw`${upTo(low)}\s*[–-]\s*${from(high)}`;
  return new RegExp(String.raw`(?<![\p{L}\p{N}])(?:colou?r(?:\s+grade)?[:\s]+${range}|${range}[ -]+colou?r)(?![\p{L}\p{N}])`, "iu");
}

import type { GroundingFinding, TextSpan } from "../groundingFinding";

// "420HC stainless steel", "S30V steel", "VG-10 steel", "7075-T6 aluminium": a grade code of letters and digits before the metal it grades.
// A code of digits alone ("304 stainless") is a figure, which the figures check reads; "18/8" is a ratio.
// "20-litre stainless steel tank": a figure with its unit before the metal measures the thing, and is no grade.
const gradedMetal =
  /(?<![\p{L}\p{N}/.,-])(?!\d+-?(?:litres?|liters?|l|ml|inch|inches|in|cm|mm|m|gallons?|quarts?|qt|oz|pieces?|pcs?|piece|pack|years?|months?|gauge|ga|quart)(?![A-Za-z0-9]))(?=[A-Za-z0-9-]*\d)(?=[A-Za-z0-9-]*[A-Za-z])([A-Za-z0-9]{2,}(?:-[A-Za-z0-9]+){0,2})(?=[ \t-]+(?:(?:stainless|carbon|tool|high[ -]carbon|blade|spring|powder|damascus)[ \t-]+)?(?:steel|stainless|aluminium|aluminum|titanium)(?![\p{L}]))/giu;

/** The grade codes a text gives its metals. */
export function readMetalGrades(text: string): TextSpan[] {
  return [...text.matchAll(gradedMetal)].map((match) => ({ start: match.index, end: match.index + match[0].length, text: match[0] }));
}

/**
 * Grades of steel or alloy that the brief does not give: "420HC" is another steel than the brief's "420", and a brief that
 * says only "stainless steel" gives no grade at all. Case and hyphens aside ("VG-10", "vg10").
 */
export function checkMetalGrades(copy: readonly TextSpan[], briefText: string): GroundingFinding[] {
  const briefCodes = codesOf(briefText);
  return copy
    .filter((grade) => !briefCodes.has(codeKey(grade.text)))
    .map((grade) => ({ start: grade.start, end: grade.end, text: grade.text, kind: "material" as const, message: `"${grade.text}": the brief gives no such grade of metal.` }));
}

function codeKey(code: string): string {
  return code.toLowerCase().replace(/[-\s]/g, "");
}

/** Every word of the brief, and every two neighbouring ones joined ("VG 10"), as codes. */
function codesOf(text: string): Set<string> {
  const tokens = text.match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
  const codes = new Set(tokens.map(codeKey));
  for (let i = 0; i + 1 < tokens.length; i++) codes.add(codeKey(tokens[i] + tokens[i + 1]));
  return codes;
}

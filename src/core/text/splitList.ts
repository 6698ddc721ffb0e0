/** Facts in one cell: separated by semicolons or line breaks (commas stay, "20,000 mm" is one fact). */
export function splitFacts(cell: string): string[] {
  return cleanParts(cell.split(/;|\r\n|\n|\r/));
}

/** Keywords in one cell: like facts, but a list without semicolons or line breaks may use commas. */
export function splitKeywords(cell: string): string[] {
  return /[;\r\n]/.test(cell) ? splitFacts(cell) : cleanParts(cell.split(","));
}

function cleanParts(parts: readonly string[]): string[] {
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/**
 * Facts written as one piece of text (a catalog cell, a brief's string, an input box): separated by
 * semicolons or line breaks. Commas stay, since "20,000 mm" is one fact.
 */
export function splitFacts(text: string): string[] {
  return cleanParts(text.split(/;|\r\n|\n|\r/));
}

/** Keywords written as one piece of text: like facts, but a list without semicolons or line breaks may use commas. */
export function splitKeywords(text: string): string[] {
  return /[;\r\n]/.test(text) ? splitFacts(text) : cleanParts(text.split(","));
}

function cleanParts(parts: readonly string[]): string[] {
  return parts.map((part) => part.trim()).filter((part) => part.length > 0);
}

/**
 * Splits one record's source text (without its line ending) into each cell's exact source text,
 * and returns undefined unless those spans decode to exactly the values csv-parse read: the
 * spans are what an edit keeps byte for byte, so they must be proven, not assumed.
 */
export function rawCells(text: string, values: readonly string[]): string[] | undefined {
  const cells: string[] = [];
  let position = 0;
  for (;;) {
    const start = position;
    if (text[position] === '"') {
      const end = closingQuoteEnd(text, position + 1);
      if (end === undefined) return undefined;
      position = end;
    } else {
      const comma = text.indexOf(",", position);
      position = comma < 0 ? text.length : comma;
    }
    cells.push(text.slice(start, position));
    if (position === text.length) break;
    if (text[position] !== ",") return undefined;
    position++;
  }
  if (cells.length !== values.length) return undefined;
  return cells.every((cell, i) => cellValue(cell) === values[i]) ? cells : undefined;
}

/** Where a quoted cell ends (just past its closing quote), given the offset after its opening quote. */
export function closingQuoteEnd(text: string, from: number): number | undefined {
  let position = from;
  for (;;) {
    const quote = text.indexOf('"', position);
    if (quote < 0) return undefined;
    if (text[quote + 1] !== '"') return quote + 1;
    position = quote + 2;
  }
}

function cellValue(raw: string): string {
  return raw.startsWith('"') ? raw.slice(1, -1).replace(/""/g, '"') : raw;
}

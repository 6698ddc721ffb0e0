import { CsvError as CsvParseError, parse } from "csv-parse/sync";

export class CsvError extends Error {
  override readonly name = "CsvError";
}

/**
 * Reads CSV with csv-parse, as catalog runs do, but leniently, as pasted segment lists need: rows
 * may differ in length, a quote in the middle of an unquoted field is kept as text (as
 * spreadsheets write it), and blank lines are skipped.
 */
export function parseCsv(text: string, delimiter: string = ","): string[][] {
  try {
    const rows = parse(text, { bom: true, delimiter, record_delimiter: ["\r\n", "\n", "\r"], relax_column_count: true, relax_quotes: true, skip_empty_lines: true }) as string[][];
    return rows.filter((row) => row.some((cell) => cell.length > 0));
  } catch (error) {
    if (error instanceof CsvParseError && error.code === "CSV_QUOTE_NOT_CLOSED") {
      throw new CsvError(`A quoted field is never closed: the text ends inside it, at line ${error.lines}.`);
    }
    throw new CsvError(error instanceof Error ? error.message : String(error));
  }
}

/** The likeliest delimiter of a CSV text: the one of , ; and tab its first line uses most, outside quotes. */
export function detectDelimiter(text: string): string {
  const firstLine = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0].replace(/"[^"]*"/g, "");
  let best = ",";
  let bestCount = 0;
  for (const candidate of [",", ";", "\t"]) {
    const count = firstLine.split(candidate).length - 1;
    if (count > bestCount) {
      best = candidate;
      bestCount = count;
    }
  }
  return best;
}

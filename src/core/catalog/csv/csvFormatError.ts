import { CsvError } from "csv-parse/sync";
import { lineAt } from "./lineBreaks";
import { closingQuoteEnd } from "./rawCells";

/** A CSV file Tailor cannot read safely; `line` is 1-based, where the problem starts. */
export class CsvFormatError extends Error {
  override readonly name = "CsvFormatError";

  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
  }
}

/**
 * Turns a csv-parse error into a message that says which line to fix and how. `recordStart` is
 * where the failing record begins (csv-parse reports where it gave up, often lines later).
 */
export function csvParseFailure(error: unknown, text: string, recordStart: number, headerCells: number | undefined): CsvFormatError {
  const line = lineAt(text, recordStart);
  if (!(error instanceof CsvError)) return new CsvFormatError(line, `Line ${line} could not be read as CSV: ${String(error)}`);
  switch (error.code) {
    case "CSV_RECORD_INCONSISTENT_FIELDS_LENGTH": {
      const cells = Array.isArray(error.record) ? error.record.length : undefined;
      const has = cells === undefined ? "has a different number of cells than the header" : `has ${cells} ${cells === 1 ? "cell" : "cells"}`;
      const header = headerCells === undefined ? "" : `; the header has ${headerCells}`;
      return new CsvFormatError(
        line,
        `Line ${line} ${has}${header}. A cell probably contains a comma without quotes around it, or the row lost or gained a cell. ` +
          `Fix that row (put quotes around any cell that contains a comma) and run the catalog again.`,
      );
    }
    case "CSV_QUOTE_NOT_CLOSED": {
      const quoteLine = lineAt(text, openingQuote(text, recordStart));
      const where = quoteLine === line ? `Line ${line} opens` : `The row that starts on line ${line} opens, on line ${quoteLine},`;
      return new CsvFormatError(
        line,
        `${where} a quote that never closes, so the rest of the file would read as one cell. ` +
          `Add the closing quote, and write any quote inside a quoted cell twice ("").`,
      );
    }
    case "CSV_INVALID_CLOSING_QUOTE":
      return new CsvFormatError(
        line,
        `Line ${line} has text right after the closing quote of a cell. Inside a quoted cell, write a quote twice (""), ` +
          `and put nothing but a comma or the end of the line after the closing quote.`,
      );
    case "INVALID_OPENING_QUOTE":
      return new CsvFormatError(
        line,
        `Line ${line} has a quote in the middle of a cell that is not quoted (such as 12" pizza). ` +
          `Put quotes around the whole cell and write the quote twice ("12"" pizza"), or save the file again from your spreadsheet.`,
      );
    default:
      return new CsvFormatError(line, `Line ${line} could not be read as CSV: ${error.message}`);
  }
}

/** The offset of the quote that opens the unclosed cell, found by walking the record's cells. */
function openingQuote(text: string, from: number): number {
  let position = from;
  for (;;) {
    if (text[position] === '"') {
      const end = closingQuoteEnd(text, position + 1);
      if (end === undefined) return position;
      position = end;
    }
    const next = nextCellStart(text, position);
    if (next === undefined) return from;
    position = next;
  }
}

function nextCellStart(text: string, from: number): number | undefined {
  for (let i = from; i < text.length; i++) {
    const char = text[i];
    if (char === ",") return i + 1;
    if (char === "\n" || char === "\r") return undefined;
  }
  return undefined;
}
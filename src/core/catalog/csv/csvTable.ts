import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { CsvFormatError, csvParseFailure } from "./csvFormatError";
import { decodeUtf8 } from "./decodeUtf8";
import { countLineBreaks } from "./lineBreaks";
import { rawCells } from "./rawCells";

export type LineEnding = "\r\n" | "\n";

export interface CsvRow {
  /** 0-based among data rows (the header is not a row). */
  readonly index: number;
  /** 1-based physical line where the record starts. */
  readonly line: number;
  readonly cells: readonly string[];
}

/** One record exactly as it stood in the file, so that whatever is not edited is written back unchanged. */
export interface CsvRecordSource {
  /** Blank lines before the record, which the parser skips but the file keeps. */
  readonly leading: string;
  /** The record without its line ending. */
  readonly text: string;
  /** Each cell's source text, quotes included. */
  readonly cells: readonly string[];
  /** "\r\n", "\n", or "" for a last record without a final newline. */
  readonly terminator: string;
}

export interface CsvSource {
  readonly header: CsvRecordSource;
  readonly rows: readonly CsvRecordSource[];
  /** Blank lines after the last record. */
  readonly trailing: string;
}

export interface CsvTable {
  readonly header: readonly string[];
  readonly rows: readonly CsvRow[];
  /** The line ending most records use. */
  readonly lineEnding: LineEnding;
  readonly hasBom: boolean;
  /** What writeCsvTable reproduces; callers read header and rows instead. */
  readonly source: CsvSource;
}

export type CsvEdits = ReadonlyMap<number, ReadonlyMap<number, string>>;

/** Reads a UTF-8 CSV file, keeping enough of its source to write it back byte for byte. */
export function readCsvTable(bytes: Uint8Array): CsvTable {
  const { text, hasBom } = decodeUtf8(bytes);
  const buffer = Buffer.from(text, "utf8");
  const ends: number[] = [];
  let headerCells: number | undefined;
  let records: string[][];
  try {
    records = parse(buffer, {
      // Both endings at once: a file edited on two systems mixes them, and csv-parse would otherwise keep only the first it sees.
      record_delimiter: ["\r\n", "\n"],
      skip_empty_lines: true,
      on_record: (record: string[], context) => {
        headerCells ??= record.length;
        ends.push(context.bytes);
        return record;
      },
    });
  } catch (error) {
    const parsed = buffer.subarray(0, ends.at(-1) ?? 0).toString("utf8").length;
    throw csvParseFailure(error, text, parsed + blankLinesAt(text.slice(parsed)).length, headerCells);
  }
  if (records.length === 0) {
    throw new CsvFormatError(1, "The file is empty. A catalog needs a header row naming its columns, then one row per product.");
  }
  const sources = recordSources(buffer, records, ends);
  const trailing = buffer.subarray(ends.at(-1)).toString("utf8");
  const table: CsvTable = {
    header: records[0],
    rows: records.slice(1).map((cells, index) => ({ index, line: sources.lines[index + 1], cells })),
    lineEnding: dominantLineEnding(sources.records),
    hasBom,
    source: { header: sources.records[0], rows: sources.records.slice(1), trailing },
  };
  if (!/^(?:\r?\n)*$/.test(trailing) || sourceText(table.source) !== text) {
    throw new CsvFormatError(1, "The file could not be split into records exactly, so Tailor will not rewrite it. Save it again from your spreadsheet as CSV UTF-8.");
  }
  return table;
}

/**
 * Writes the table back: records without edits exactly as read, and in an edited record only the
 * edited cells re-encoded. Appended columns (index header.length + i) go at the end of every record.
 */
export function writeCsvTable(table: CsvTable, edits: CsvEdits, appendedColumns: readonly string[] = []): Uint8Array {
  const width = table.header.length + appendedColumns.length;
  for (const [rowIndex, rowEdits] of edits) {
    if (!Number.isInteger(rowIndex) || rowIndex < 0 || rowIndex >= table.rows.length) throw new RangeError(`No row ${rowIndex} to edit.`);
    for (const column of rowEdits.keys()) {
      if (!Number.isInteger(column) || column < 0 || column >= width) throw new RangeError(`No column ${column} to edit in row ${rowIndex}.`);
    }
  }
  const parts: string[] = [table.hasBom ? "\uFEFF" : ""];
  parts.push(recordText(table.source.header, table.header, undefined, appendedColumns.map(encodeCsvCell)));
  table.source.rows.forEach((source, rowIndex) => {
    const rowEdits = edits.get(rowIndex);
    const appended = appendedColumns.map((_, i) => encodeCsvCell(rowEdits?.get(table.header.length + i) ?? ""));
    parts.push(recordText(source, table.rows[rowIndex].cells, rowEdits, appended));
  });
  parts.push(table.source.trailing);
  return Buffer.from(parts.join(""), "utf8");
}

function recordText(source: CsvRecordSource, values: readonly string[], edits: ReadonlyMap<number, string> | undefined, appended: readonly string[]): string {
  // An edit that repeats the cell's value keeps the cell's own quoting.
  const replacement = (column: number): string | undefined => {
    const value = edits?.get(column);
    return value === undefined || value === values[column] ? undefined : encodeCsvCell(value);
  };
  const changed = values.some((_, column) => replacement(column) !== undefined);
  const cells = changed ? source.cells.map((raw, column) => replacement(column) ?? raw).join(",") : source.text;
  const extra = appended.map((cell) => `,${cell}`).join("");
  return `${source.leading}${cells}${extra}${source.terminator}`;
}

function recordSources(buffer: Buffer, records: readonly string[][], ends: readonly number[]): { records: CsvRecordSource[]; lines: number[] } {
  const sources: CsvRecordSource[] = [];
  const lines: number[] = [];
  let start = 0;
  let line = 1;
  records.forEach((values, i) => {
    const span = buffer.subarray(start, ends[i]).toString("utf8");
    start = ends[i];
    const leading = blankLinesAt(span);
    const terminator = span.endsWith("\r\n") ? "\r\n" : span.endsWith("\n") ? "\n" : "";
    const text = span.slice(leading.length, span.length - terminator.length);
    line += countLineBreaks(leading);
    const cells = rawCells(text, values);
    if (cells === undefined) {
      throw new CsvFormatError(line, `Line ${line} could not be split into cells exactly, so Tailor will not rewrite the file. Save it again from your spreadsheet as CSV UTF-8.`);
    }
    sources.push({ leading, text, cells, terminator });
    lines.push(line);
    line += countLineBreaks(text + terminator);
  });
  return { records: sources, lines };
}

function blankLinesAt(text: string): string {
  return /^(?:\r?\n)*/.exec(text)?.[0] ?? "";
}

function sourceText(source: CsvSource): string {
  return [source.header, ...source.rows].map((record) => record.leading + record.text + record.terminator).join("") + source.trailing;
}

function dominantLineEnding(records: readonly CsvRecordSource[]): LineEnding {
  const crlf = records.filter((record) => record.terminator === "\r\n").length;
  const lf = records.filter((record) => record.terminator === "\n").length;
  return crlf > lf ? "\r\n" : "\n";
}

/**
 * Encodes one value as a CSV cell, quoted only when it must be: a delimiter, quote or line break
 * inside, or spaces at either end that some readers would otherwise trim away.
 */
function encodeCsvCell(value: string): string {
  return stringify([[value]], { eof: false, quoted_match: /^\s|\s$/ });
}

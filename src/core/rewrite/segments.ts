import { CsvError, detectDelimiter, parseCsv } from "./csv";
import { isRecord } from "../values";

/** A customer segment to personalise copy for. */
export interface Segment {
  readonly name: string;
  readonly description?: string;
}

export type SegmentFormat = "csv" | "json" | "lines";

export class SegmentError extends Error {
  override readonly name = "SegmentError";
}

/** Header names that mark the name column of a segment table (compared without case). */
const nameHeaders = ["name", "segment", "audience", "persona"];
const descriptionHeader = "description";

/**
 * Reads segments from CSV with a header row (a name column plus optional description columns),
 * JSON (an array of names or of objects with name and description), or one name per line.
 * Without `format`, JSON is recognised by its opening bracket and CSV by a name column in its
 * header; anything else is one segment per line, since a line such as "Parents, on a budget"
 * is more likely a segment than a table.
 */
export function parseSegments(text: string, format?: SegmentFormat): Segment[] {
  const trimmed = text.replace(/^\uFEFF/, "").trim();
  const segments = fromFormat(trimmed, format ?? detectFormat(trimmed));
  if (segments.length === 0) throw new SegmentError("No segments found. Give one segment per line, a CSV with a name column, or a JSON array.");
  return segments;
}

function detectFormat(text: string): SegmentFormat {
  if (text.startsWith("[") || text.startsWith("{")) return "json";
  let header: string[];
  try {
    header = parseCsv(text.split(/\r?\n/, 1)[0], detectDelimiter(text))[0] ?? [];
  } catch (error) {
    // A first line with an unbalanced quote is no CSV header.
    if (error instanceof CsvError) return "lines";
    throw error;
  }
  return header.some((cell) => nameHeaders.includes(cell.trim().toLowerCase())) ? "csv" : "lines";
}

function fromFormat(text: string, format: SegmentFormat): Segment[] {
  if (format === "json") return fromJson(text);
  if (format === "csv") return fromCsv(text);
  return text
    .split(/\r?\n/)
    .map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, "").trim())
    .filter(Boolean)
    .map((name) => ({ name }));
}

function fromCsv(text: string): Segment[] {
  let rows: string[][];
  try {
    rows = parseCsv(text, detectDelimiter(text));
  } catch (error) {
    if (error instanceof CsvError) throw new SegmentError(`The CSV does not parse: ${error.message}`);
    throw error;
  }
  const [header = [], ...records] = rows;
  const labels = header.map((cell) => cell.trim());
  const found = labels.findIndex((label) => nameHeaders.includes(label.toLowerCase()));
  // A table without a recognised name column (only when the caller said it is CSV) is read by
  // its first column, the usual place for a name.
  const nameIndex = found >= 0 ? found : 0;
  return records.map((record, index) => {
    const rowNumber = index + 2;
    if (record.length > labels.length) {
      throw new SegmentError(`Row ${rowNumber} has ${record.length} fields but the header has ${labels.length}. Put quotes around values that contain the delimiter.`);
    }
    const name = (record[nameIndex] ?? "").replace(/\s+/g, " ").trim();
    if (!name) throw new SegmentError(`Row ${rowNumber} has no ${labels[nameIndex] || "name"}.`);
    const details = labels.map((label, column) => (column === nameIndex ? undefined : describe(label, record[column] ?? "")));
    return withDescription(name, details);
  });
}

function fromJson(text: string): Segment[] {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw new SegmentError(`The segments look like JSON but do not parse: ${(error as Error).message}.`);
  }
  if (isRecord(value) && Array.isArray(value.segments)) value = value.segments;
  if (!Array.isArray(value)) throw new SegmentError('JSON segments must be an array of names or of objects with "name" and "description".');
  return value.map((item, index) => {
    if (typeof item === "string" && item.trim()) return { name: item.replace(/\s+/g, " ").trim() };
    if (isRecord(item)) {
      const nameKey = Object.keys(item).find((key) => nameHeaders.includes(key.toLowerCase()));
      const name = nameKey !== undefined && typeof item[nameKey] === "string" ? item[nameKey].replace(/\s+/g, " ").trim() : "";
      if (name) {
        const details = Object.entries(item).map(([key, field]) => (key === nameKey ? undefined : describe(key, scalarText(field))));
        return withDescription(name, details);
      }
    }
    throw new SegmentError(`Segment ${index + 1} in the JSON has no name. Give a string or an object with "name".`);
  });
}

/** A description column reads as itself; any other column keeps its header so the model knows what the value is. */
function describe(label: string, value: string): string | undefined {
  const clean = value.replace(/\s+/g, " ").trim();
  if (!clean) return undefined;
  return !label || label.toLowerCase() === descriptionHeader ? clean : `${label}: ${clean}`;
}

function withDescription(name: string, details: readonly (string | undefined)[]): Segment {
  const description = details.filter((detail): detail is string => detail !== undefined).join("; ");
  return description ? { name, description } : { name };
}

function scalarText(value: unknown): string {
  if (typeof value === "string") return value;
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  if (Array.isArray(value)) return value.filter((item) => typeof item === "string" || typeof item === "number").join(", ");
  return "";
}

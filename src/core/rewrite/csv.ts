export class CsvError extends Error {
  override readonly name = "CsvError";
}

/**
 * Reads CSV as RFC 4180 describes it: fields split by the delimiter, records by CRLF or LF, and a
 * field that starts with a double quote runs to the closing quote, taking delimiters, line breaks
 * and doubled quotes ("") inside it as text. Blank lines are skipped. A quote in the middle of an
 * unquoted field is kept as text, as spreadsheets write it.
 */
export function parseCsv(text: string, delimiter: string = ","): string[][] {
  const source = text.replace(/^\uFEFF/, "");
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  let fieldStarted = false;
  let line = 1;
  let quoteLine = 1;
  const endField = () => {
    row.push(field);
    field = "";
    fieldStarted = false;
  };
  const endRow = () => {
    endField();
    if (row.some((cell) => cell.length > 0)) rows.push(row);
    row = [];
  };
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (quoted) {
      if (char !== '"') {
        if (char === "\n") line++;
        field += char;
      } else if (source[i + 1] === '"') {
        field += '"';
        i++;
      } else {
        quoted = false;
      }
      continue;
    }
    if (char === '"' && !fieldStarted) {
      quoted = true;
      fieldStarted = true;
      quoteLine = line;
    } else if (char === delimiter) {
      endField();
    } else if (char === "\r" || char === "\n") {
      if (char === "\r" && source[i + 1] === "\n") i++;
      line++;
      endRow();
    } else {
      field += char;
      fieldStarted = true;
    }
  }
  if (quoted) throw new CsvError(`The quote opened on line ${quoteLine} is never closed.`);
  endRow();
  return rows;
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

import * as assert from "node:assert/strict";
import { CsvFormatError } from "../../../../src/core/catalog/csv/csvFormatError";
import { readCsvTable } from "../../../../src/core/catalog/csv/csvTable";

function formatError(input: string | Uint8Array): CsvFormatError {
  try {
    readCsvTable(typeof input === "string" ? Buffer.from(input, "utf8") : input);
  } catch (error) {
    assert.ok(error instanceof CsvFormatError, `expected a CsvFormatError, got ${String(error)}`);
    return error;
  }
  assert.fail("the file was read without an error");
}

describe("CSV table: files it refuses", () => {
  it("names the line where an unterminated quote opens", () => {
    const error = formatError('name,facts\nLamp,LED\nChair,"oak\nDesk,walnut\nShelf,pine\n');
    assert.equal(error.line, 3);
    assert.match(error.message, /^Line 3 opens a quote that never closes/);
  });

  it("says on which line a quote opens when the row started earlier", () => {
    const error = formatError('name,facts,notes\nLamp,"LED\nbright",x\nChair,"multi\nline","never closed\n');
    assert.equal(error.line, 4);
    assert.match(error.message, /starts on line 4 opens, on line 5,/);
  });

  it("counts the cells of a ragged row against the header", () => {
    const header = "a,b,c,d,e,f,g,h";
    const good = "1,2,3,4,5,6,7,8";
    const error = formatError([header, good, good, '"multi\nline",2,3,4,5,6,7,8', good, "1,2,3,4,5", good].join("\n"));
    assert.equal(error.line, 7);
    assert.match(error.message, /^Line 7 has 5 cells; the header has 8\./);
  });

  it("reports a row with too many cells on a CRLF file after blank lines", () => {
    const error = formatError("name,facts\r\nLamp,LED\r\n\r\n\r\nChair,oak,extra\r\n");
    assert.equal(error.line, 5);
    assert.match(error.message, /Line 5 has 3 cells; the header has 2/);
  });

  it("names the line of a Latin-1 byte and asks for UTF-8", () => {
    const bytes = Buffer.concat([Buffer.from("name,facts\nLamp,LED\nCaf"), Buffer.from([0xe9]), Buffer.from(",creme\n")]);
    const error = formatError(bytes);
    assert.equal(error.line, 3);
    assert.match(error.message, /^Line 3 is not valid UTF-8/);
    assert.match(error.message, /save it again as "CSV UTF-8"/);
  });

  it("names the last line when the file ends inside a multi-byte character", () => {
    const error = formatError(Buffer.concat([Buffer.from("name\nLamp\nCaf"), Buffer.from([0xc3])]));
    assert.equal(error.line, 3);
  });

  it("refuses a quote inside an unquoted cell, saying how to write it", () => {
    const error = formatError('name,facts\nPizza stone,12" round\n');
    assert.equal(error.line, 2);
    assert.match(error.message, /quote in the middle of a cell/);
  });

  it("refuses text after a closing quote", () => {
    const error = formatError('name,facts\nLamp,LED\nChair,"oak"en\n');
    assert.equal(error.line, 3);
  });

  it("refuses an empty file, even one holding only a BOM", () => {
    assert.equal(formatError("").line, 1);
    assert.match(formatError(Buffer.from([0xef, 0xbb, 0xbf])).message, /empty/);
  });
});

import * as assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { readCsvTable, writeCsvTable } from "../../../../src/core/catalog/csv/csvTable";
import { fixture, hardCases, thousandRowFile } from "../catalogTestKit";

function roundTrip(bytes: Uint8Array): Buffer {
  return Buffer.from(writeCsvTable(readCsvTable(bytes), new Map()));
}

describe("CSV table round trip without edits", () => {
  for (const name of ["products.csv", "shopify-products.csv"] as const) {
    it(`gives back the sample ${name} byte for byte`, () => {
      const bytes = fixture(name);
      assert.ok(roundTrip(bytes).equals(bytes));
    });
  }

  for (const [name, text] of Object.entries(hardCases)) {
    it(`gives back a file with ${name} byte for byte`, () => {
      const bytes = Buffer.from(text, "utf8");
      assert.ok(roundTrip(bytes).equals(bytes), `round trip changed:\n${JSON.stringify(roundTrip(bytes).toString("utf8"))}`);
    });
  }

  it("gives back a 1,000-row file byte for byte and reads all its rows", () => {
    const bytes = Buffer.from(thousandRowFile(), "utf8");
    const table = readCsvTable(bytes);
    assert.equal(table.rows.length, 1000);
    assert.ok(Buffer.from(writeCsvTable(table, new Map())).equals(bytes));
  });

  it("reads the same values csv-parse reads, BOM aside", () => {
    for (const text of [...Object.values(hardCases), thousandRowFile()]) {
      const table = readCsvTable(Buffer.from(text, "utf8"));
      const expected = parse(text.replace(/^\uFEFF/, ""), { record_delimiter: ["\r\n", "\n"], skip_empty_lines: true });
      assert.deepEqual([table.header, ...table.rows.map((row) => row.cells)], expected);
    }
  });

  it("keeps the BOM out of the first header name and remembers it", () => {
    const table = readCsvTable(Buffer.from(hardCases["a BOM and CRLF line endings"], "utf8"));
    assert.equal(table.hasBom, true);
    assert.equal(table.header[0], "Handle");
    assert.equal(table.lineEnding, "\r\n");
    assert.equal(readCsvTable(Buffer.from("a,b\n1,2\n")).hasBom, false);
  });

  it("numbers each row by the physical line it starts on", () => {
    const multiLine = readCsvTable(Buffer.from(hardCases["multi-line quoted HTML with quotes and commas"], "utf8"));
    assert.deepEqual(multiLine.rows.map((row) => row.line), [2, 6]);
    const blankLines = readCsvTable(Buffer.from(hardCases["blank lines between and after records"], "utf8"));
    assert.deepEqual(blankLines.rows.map((row) => [row.index, row.line, row.cells[0]]), [[0, 3, "Lamp"], [1, 6, "Chair"]]);
  });

  it("reads unicode and quoted cells as their values", () => {
    const table = readCsvTable(Buffer.from(hardCases["emoji and other unicode"], "utf8"));
    assert.deepEqual(table.rows[0].cells, ["Café ☕ 🧦 ü", "naïve; 日本語; 🧦 warm"]);
    const quoted = readCsvTable(Buffer.from(hardCases["quoted empty cells and padded cells"], "utf8"));
    assert.deepEqual(quoted.rows[0].cells, ["", "  padded  ", '"']);
  });

  it("takes the line ending most records use", () => {
    assert.equal(readCsvTable(Buffer.from("a\r\n1\n2\n3\r\n")).lineEnding, "\n");
    assert.equal(readCsvTable(Buffer.from("a\r\n1\r\n2\n")).lineEnding, "\r\n");
    assert.equal(readCsvTable(fixture("shopify-products.csv")).lineEnding, "\r\n");
    assert.equal(readCsvTable(fixture("products.csv")).lineEnding, "\n");
  });

  it("reads a header-only file as zero rows", () => {
    const table = readCsvTable(Buffer.from(hardCases["a header only"], "utf8"));
    assert.deepEqual(table.header, ["name", "facts"]);
    assert.equal(table.rows.length, 0);
  });
});

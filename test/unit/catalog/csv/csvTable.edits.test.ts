import * as assert from "node:assert/strict";
import { parse } from "csv-parse/sync";
import { readCatalog } from "../../../../src/core/catalog/formats/catalogFormat";
import type { CatalogProduct } from "../../../../src/core/catalog/formats/catalogProduct";
import { readCsvTable, writeCsvTable, type CsvRecordSource, type CsvTable } from "../../../../src/core/catalog/csv/csvTable";
import { planProductEdits } from "../../../../src/core/catalog/formats/planEdits";
import type { ProductDescriptionDraft } from "../../../../src/core/productDescription/enforceLimits";
import { fixture, hardCases } from "../catalogTestKit";

function draftFor(product: CatalogProduct): ProductDescriptionDraft {
  return {
    tagline: `${product.brief.name}, "new" & <better>`,
    bullets: product.brief.facts.slice(0, 3),
    body: [`About ${product.brief.name}, in short.`, "Second paragraph."],
    seoTitle: `${product.brief.name} | Shop`,
    metaDescription: `Buy ${product.brief.name}, today`,
  };
}

function sourceText(record: CsvRecordSource): string {
  return record.leading + record.text + record.terminator;
}

function editAll(table: CsvTable, mode: "fillEmpty" | "overwrite") {
  const catalog = readCatalog(table);
  const edits = new Map(catalog.products.map((product) => [product.rowIndex, planProductEdits(product, draftFor(product), mode, catalog.targets)]));
  const output = Buffer.from(writeCsvTable(table, edits, catalog.targets.appendedColumns));
  return { catalog, edits, output, after: readCsvTable(output) };
}

describe("CSV table with edits", () => {
  it("fills Body (HTML) and SEO on Shopify first rows and leaves every other byte as it was", () => {
    const input = fixture("shopify-products.csv");
    const before = readCsvTable(input);
    const { catalog, edits, output, after } = editAll(before, "fillEmpty");
    assert.deepEqual(catalog.targets.appendedColumns, []);
    assert.deepEqual([...edits.keys()], [0, 3, 4, 5, 6]);

    const headerBytes = Buffer.byteLength(sourceText(before.source.header));
    assert.ok(output.subarray(0, headerBytes).equals(input.subarray(0, headerBytes)), "the header line changed");
    assert.equal(after.hasBom, before.hasBom);
    assert.equal(after.rows.length, before.rows.length);
    let editedCells = 0;
    before.rows.forEach((row, i) => {
      const rowEdits = edits.get(i);
      const source = before.source.rows[i];
      const written = after.source.rows[i];
      assert.equal(written.terminator, source.terminator, `row ${i} changed its line ending`);
      if (rowEdits === undefined) {
        assert.equal(sourceText(written), sourceText(source), `untouched row ${i} changed`);
        return;
      }
      row.cells.forEach((value, column) => {
        if (rowEdits.has(column)) {
          assert.equal(after.rows[i].cells[column], rowEdits.get(column));
          editedCells++;
        } else {
          assert.equal(written.cells[column], source.cells[column], `row ${i} column ${column} changed its source text`);
          assert.equal(after.rows[i].cells[column], value);
        }
      });
    });
    // Body (HTML) on four rows (the headphones keep their copy), both SEO cells on all five.
    assert.equal(editedCells, 4 + 5 * 2);

    const reparsedBefore = parse(input, { record_delimiter: ["\r\n", "\n"] });
    const reparsedAfter = parse(output, { record_delimiter: ["\r\n", "\n"] });
    const bodyColumn = before.header.indexOf("Body (HTML)");
    assert.match(reparsedAfter[1][bodyColumn], /^<p><strong>Summit Insulated Bottle 750 ml, &quot;new&quot; &amp; &lt;better&gt;<\/strong><\/p>\n<ul>/);
    reparsedBefore.forEach((record, i) => {
      record.forEach((value, column) => {
        if (!edits.get(i - 1)?.has(column)) assert.equal(reparsedAfter[i][column], value);
      });
    });
  });

  it("keeps existing copy in fillEmpty mode and replaces it in overwrite mode", () => {
    const table = readCsvTable(fixture("shopify-products.csv"));
    const bodyColumn = table.header.indexOf("Body (HTML)");
    const seoColumn = table.header.indexOf("SEO Title");
    const aria = table.rows.findIndex((row) => row.cells[0] === "aria-anc-headphones");
    assert.equal(table.rows[aria].cells[bodyColumn], "<p>Old copy: great sound.</p>");

    const kept = editAll(table, "fillEmpty").after;
    assert.equal(kept.rows[aria].cells[bodyColumn], "<p>Old copy: great sound.</p>");
    assert.equal(kept.source.rows[aria].cells[bodyColumn], "<p>Old copy: great sound.</p>");
    assert.equal(kept.rows[aria].cells[seoColumn], "Aria ANC Headphones | Shop");

    const replaced = editAll(table, "overwrite").after;
    assert.match(replaced.rows[aria].cells[bodyColumn], /^<p><strong>Aria ANC Headphones/);
    assert.notEqual(replaced.rows[aria].cells[bodyColumn], "<p>Old copy: great sound.</p>");
  });

  it("appends missing SEO columns to a Shopify file, keeping its BOM and CRLF", () => {
    const text = hardCases["a BOM and CRLF line endings"];
    const { output, catalog } = editAll(readCsvTable(Buffer.from(text, "utf8")), "fillEmpty");
    assert.deepEqual(catalog.targets.appendedColumns, ["SEO Title", "SEO Description"]);
    const lines = output.toString("utf8").split("\r\n");
    assert.equal(lines[0], "\uFEFFHandle,Title,Body (HTML),SEO Title,SEO Description");
    assert.match(lines[1], /^sock,Trail Sock,"<p><strong>Trail Sock, &quot;new&quot; &amp; &lt;better&gt;<\/strong><\/p>\n<p>About Trail Sock, in short\.<\/p>\n<p>Second paragraph\.<\/p>",Trail Sock \| Shop,"Buy Trail Sock, today"$/);
    assert.equal(lines[2], "sock,,,,");
    assert.equal(lines[3], "");
    assert.equal(lines.length, 4);
  });

  it("appends snake_case columns to a lowercase generic CSV and keeps each record's text before them", () => {
    const input = fixture("products.csv");
    const before = readCsvTable(input);
    const { catalog, after } = editAll(before, "fillEmpty");
    assert.deepEqual(catalog.targets.appendedColumns, ["description", "seo_title", "seo_description"]);
    assert.deepEqual(after.header, [...before.header, "description", "seo_title", "seo_description"]);
    before.source.rows.forEach((source, i) => {
      assert.ok(after.source.rows[i].text.startsWith(`${source.text},`), `row ${i} lost bytes`);
      assert.equal(after.source.rows[i].terminator, source.terminator);
    });
    assert.equal(after.rows[0].cells[before.header.length + 1], "Summit Insulated Bottle 750 ml | Shop");
    assert.match(after.rows[0].cells[before.header.length], /^Summit Insulated Bottle 750 ml, "new" & <better>\n\n- 18\/8 stainless steel\n/);
  });

  it("quotes an edited cell only when it must, and leaves odd quoting of other cells alone", () => {
    const table = readCsvTable(Buffer.from('"name",facts,a,b,c,d\n"Lamp",LED,x,x,x,x\n'));
    const edits = new Map([[0, new Map([[1, "plain"], [2, "a, b"], [3, 'say "hi"'], [4, "two\nlines"], [5, " padded"]])]]);
    assert.equal(Buffer.from(writeCsvTable(table, edits)).toString(), '"name",facts,a,b,c,d\n"Lamp",plain,"a, b","say ""hi""","two\nlines"," padded"\n');
  });

  it("keeps a cell's own quoting when an edit repeats its value", () => {
    const input = Buffer.from('name,facts\n"Lamp","LED"\n');
    const table = readCsvTable(input);
    assert.ok(Buffer.from(writeCsvTable(table, new Map([[0, new Map([[0, "Lamp"]])]]))).equals(input));
  });

  it("adds no final newline to a file that had none", () => {
    const table = readCsvTable(Buffer.from(hardCases["no final newline"], "utf8"));
    const output = writeCsvTable(table, new Map([[1, new Map([[2, "Oak chair"]])]]), ["description"]);
    assert.equal(Buffer.from(output).toString(), 'name,facts,description\nLamp,LED,\nChair,"oak, walnut",Oak chair');
  });

  it("refuses an edit outside the table", () => {
    const table = readCsvTable(Buffer.from("name,facts\nLamp,LED\n"));
    assert.throws(() => writeCsvTable(table, new Map([[0, new Map([[2, "x"]])]])), RangeError);
    assert.throws(() => writeCsvTable(table, new Map([[1, new Map([[0, "x"]])]])), RangeError);
    assert.doesNotThrow(() => writeCsvTable(table, new Map([[0, new Map([[2, "x"]])]]), ["extra"]));
  });
});

import * as assert from "node:assert/strict";
import { readCatalog } from "../../../../src/core/catalog/formats/catalogFormat";
import { readCsvTable } from "../../../../src/core/catalog/csv/csvTable";
import type { JournalEntry } from "../../../../src/core/catalog/journal";
import { merchantFeed, merchantFeedHeader, merchantFeedItems, merchantLimits } from "../../../../src/core/catalog/feeds/merchantFeed";
import { merchantCell, structuredValue } from "../../../../src/core/catalog/feeds/merchantTsv";
import { fixture } from "../catalogTestKit";
import { parseFeed, parseStructured } from "../../../support/merchantFeedReader";

describe("Google Merchant Center feed", () => {
  const table = readCsvTable(fixture("shopify-products.csv"));
  const catalog = readCatalog(table);
  const [bottle, headphones] = catalog.products;
  const column = (field: string) => String(catalog.targets.columns.find((target) => target.field === field)!.column);

  it("marks the copy Tailor wrote as trained_algorithmic_media, keeps the product's own title and description, and reads back", () => {
    const results = new Map<string, JournalEntry>([
      [
        bottle.key,
        {
          key: bottle.key,
          status: "written",
          edits: { [column("description")]: "<p><strong>Cold for 24 h.</strong></p>\n<ul><li>18/8 steel &amp; a \"leak-proof\" lid</li></ul>", [column("seoTitle")]: 'Insulated bottle: 750 ml "Summit"' },
        },
      ],
    ]);
    const text = merchantFeed(merchantFeedItems(table, catalog, results));
    const rows = parseFeed(text);
    assert.deepEqual(Object.keys(rows[0]), [...merchantFeedHeader]);
    const row = rows.find((candidate) => candidate.id === bottle.key)!;
    assert.equal(row.title, "Summit Insulated Bottle 750 ml");
    assert.equal(row.description, "", "the bottle had no description of its own");
    assert.deepEqual(parseStructured(row.structured_title), { sourceType: "trained_algorithmic_media", content: 'Insulated bottle: 750 ml "Summit"' });
    assert.deepEqual(parseStructured(row.structured_description), { sourceType: "trained_algorithmic_media", content: 'Cold for 24 h. 18/8 steel & a "leak-proof" lid' });
    // Each product on its own line: no tab or line break of the copy survived into the file.
    assert.equal(text.split("\n").length, rows.length + 2);
    assert.ok(!text.startsWith("\uFEFF"));
  });

  it("leaves flagged copy out, and keeps a flagged or failed product's own description unmarked", () => {
    const results = new Map<string, JournalEntry>([
      [bottle.key, { key: bottle.key, status: "flagged", edits: { [column("description")]: "<p>Antibacterial bottle.</p>" }, flagged: ["antimicrobial"] }],
      [headphones.key, { key: headphones.key, status: "failed", error: "timeout" }],
    ]);
    const rows = parseFeed(merchantFeed(merchantFeedItems(table, catalog, results)));
    assert.ok(!rows.some((row) => row.id === bottle.key), "a flagged product with no description of its own was sent");
    const row = rows.find((candidate) => candidate.id === headphones.key)!;
    assert.equal(row.description, "Old copy: great sound.");
    assert.equal(row.structured_title, "");
    assert.equal(row.structured_description, "");
  });

  it("keeps the English copy of a product flagged only in a translation", () => {
    const results = new Map<string, JournalEntry>([
      [bottle.key, { key: bottle.key, status: "flagged", edits: { [column("seoTitle")]: "Summit bottle 750 ml", [column("description")]: "<p>Cold for 24 h.</p>" }, flagged: ['de: number-missing: "750"'] }],
    ]);
    const row = parseFeed(merchantFeed(merchantFeedItems(table, catalog, results))).find((candidate) => candidate.id === bottle.key)!;
    assert.equal(parseStructured(row.structured_title).content, "Summit bottle 750 ml");
  });

  it("uses a generic file's sku as the id, and keeps titles and descriptions within Merchant Center's limits", () => {
    const generic = readCsvTable(Buffer.from(`sku,name,facts,description\nBTL-750,${"Bottle ".repeat(30).trim()},steel,\n`));
    const genericCatalog = readCatalog(generic);
    const product = genericCatalog.products[0];
    const description = String(genericCatalog.targets.columns.find((target) => target.field === "description")!.column);
    const results = new Map<string, JournalEntry>([[product.key, { key: product.key, status: "written", edits: { [description]: "Steel. ".repeat(1000) } }]]);
    const [row] = parseFeed(merchantFeed(merchantFeedItems(generic, genericCatalog, results)));
    assert.equal(row.id, "BTL-750");
    assert.ok(row.title.length <= merchantLimits.title, `title of ${row.title.length}`);
    assert.ok(parseStructured(row.structured_description).content.length <= merchantLimits.description);
  });

  it("quotes a value only where it starts with a quote, with its quotes doubled", () => {
    assert.equal(merchantCell('12" pan'), '12" pan');
    assert.equal(merchantCell('"Best" pan\tnow'), '"""Best"" pan now"');
    assert.equal(structuredValue("a\nb"), 'trained_algorithmic_media:"a b"');
    const [row] = parseFeed(`${merchantFeedHeader.join("\t")}\n${["x", '"Best" pan', "d", "", ""].map(merchantCell).join("\t")}\n`);
    assert.equal(row.title, '"Best" pan');
  });
});

import * as assert from "node:assert/strict";
import { isShopifyHeader, readCatalog } from "../../../../src/core/catalog/formats/catalogFormat";
import type { CatalogProduct } from "../../../../src/core/catalog/formats/catalogProduct";
import { CatalogMappingError, mapColumns } from "../../../../src/core/catalog/formats/columnMapping";
import { readCsvTable } from "../../../../src/core/catalog/csv/csvTable";
import { htmlToText } from "../../../../src/core/catalog/formats/htmlText";
import { findTargets } from "../../../../src/core/catalog/formats/outputTargets";
import { needsWriting, planProductEdits } from "../../../../src/core/catalog/formats/planEdits";
import { renderDescription } from "../../../../src/core/catalog/formats/renderDescription";
import { splitFacts, splitKeywords } from "../../../../src/core/text/splitList";
import { fixture, hardCases } from "../catalogTestKit";

function table(text: string) {
  return readCsvTable(Buffer.from(text, "utf8"));
}

describe("catalog format: Shopify exports", () => {
  const catalog = readCatalog(readCsvTable(fixture("shopify-products.csv")));

  it("is told apart by Handle and Body (HTML), in any case", () => {
    assert.equal(catalog.kind, "shopify");
    assert.equal(isShopifyHeader(["handle", "title", "body_html"]), true);
    assert.equal(isShopifyHeader(["Handle", "Title", "Description"]), false);
  });

  it("makes one product per handle, on the handle's first row", () => {
    assert.deepEqual(
      catalog.products.map((product) => [product.key, product.rowIndex, product.line]),
      [
        ["summit-bottle-750", 0, 2],
        ["aria-anc-headphones", 3, 5],
        ["hydra-serum-30", 4, 6],
        ["daily-d3-2000", 5, 7],
        ["harlow-oak-chair", 6, 8],
      ],
    );
  });

  it("takes facts from every variant's options, then the product's type and brand; tags are keywords only", () => {
    const bottle = catalog.products[0].brief;
    assert.equal(bottle.name, "Summit Insulated Bottle 750 ml");
    assert.deepEqual(bottle.facts, ["Color: Slate, Sage, Sand", "Product type: Drinkware", "Brand: Summit Gear"]);
    assert.deepEqual(bottle.keywords, ["insulated", "stainless steel", "outdoor"]);
    // The category only hints: it matches a profile here, and one that matches none leaves the setting's.
    assert.equal(bottle.industry, "home-furniture");
    const unmatched = readCatalog(table("Handle,Title,Body (HTML),Product Category\nmug,Mug,,Vehicles & Parts\n"));
    assert.equal(unmatched.products[0].brief.industry, undefined);
    assert.equal(unmatched.products[0].invalidReason, undefined);
    // Without a Type, the category path's last step names the kind of product.
    assert.deepEqual(unmatched.products[0].brief.facts, ["Product type: Vehicles & Parts"]);
  });

  it("uses existing copy as a fact and leaves out Shopify's Default Title option", () => {
    const headphones = catalog.products[1];
    assert.equal(headphones.brief.facts[0], "Old copy: great sound.");
    assert.equal(headphones.existing.description, "<p>Old copy: great sound.</p>");
    const serum = catalog.products[2].brief;
    assert.ok(!serum.facts.some((fact) => fact.includes("Default Title")), serum.facts.join(" | "));
  });

  it("reads facts and features columns, and keeps metafield columns out of the way", () => {
    const shop = readCatalog(table('Handle,Title,Body (HTML),Key Features,product.metafields.custom.material (product.metafields.custom.material)\nsock,Sock,,"merino; cushioned",wool\n'));
    assert.deepEqual(shop.products[0].brief.facts, ["merino", "cushioned"]);
  });

  it("targets Body (HTML) and the SEO columns, appending those that are missing under Shopify's names", () => {
    assert.deepEqual(
      catalog.targets.columns.map((target) => [target.field, target.header, target.appended]),
      [
        ["description", "Body (HTML)", false],
        ["seoTitle", "SEO Title", false],
        ["seoDescription", "SEO Description", false],
      ],
    );
    const bare = readCatalog(table(hardCases["variant rows"]));
    assert.deepEqual(bare.targets.appendedColumns, ["SEO Title", "SEO Description"]);
    assert.deepEqual(bare.targets.columns.map((target) => target.column), [2, 6, 7]);
    assert.equal(bare.targets.descriptionFormat, "html");
  });
});

describe("catalog format: generic CSV", () => {
  const catalog = readCatalog(readCsvTable(fixture("products.csv")));

  it("maps name, facts, audience, tone, keywords and industry by name", () => {
    assert.equal(catalog.kind, "generic");
    const bottle = catalog.products[0];
    assert.deepEqual(bottle.brief, {
      name: "Summit Insulated Bottle 750 ml",
      facts: ["18/8 stainless steel", "double-wall vacuum insulation", "keeps drinks cold 24 h and hot 12 h", "leak-proof lid", "fits most cup holders", "BPA-free"],
      keywords: ["insulated water bottle", "stainless steel bottle"],
      audience: "hikers and commuters",
      tone: "energetic",
      industry: "outdoor-sports",
    });
    assert.equal(bottle.invalidReason, undefined);
    assert.equal(bottle.key, "row-2");
    assert.equal(catalog.products.length, 12);
  });

  it("reads the industry column as a brief's industry: an id or a name in any case, or a spreadsheet's wording; one no profile has makes only that row invalid", () => {
    const rows = readCatalog(
      table("name,facts,industry\nSock,merino,FASHION-APPAREL\nLamp,LED,Home & Furniture\nJug,glass,general retail\nBag,nylon,outdoor\nTyre,rubber,automotive\nMug,enamel,\n"),
    ).products;
    assert.deepEqual(
      rows.map((product) => product.brief.industry),
      ["fashion-apparel", "home-furniture", "general-retail", "outdoor-sports", undefined, undefined],
    );
    assert.deepEqual(rows.map((product) => product.invalidReason === undefined), [true, true, true, true, false, true]);
    assert.match(rows[4].invalidReason ?? "", /^the industry "automotive" is not an industry Tailor knows\. Use one of: general-retail, fashion-apparel, .*finance/);
  });

  it("keeps a comma inside a fact", () => {
    const jacket = catalog.products.find((product) => product.brief.name === "Stratus Rain Jacket");
    assert.equal(jacket?.brief.facts[0], "3-layer waterproof membrane 20,000 mm");
  });

  it("matches names ignoring case, spaces, underscores and hyphens", () => {
    const result = mapColumns(["SKU", "Product_Name", "key-features", "Target Audience", "TAGS", "Vertical"]);
    assert.deepEqual(result.mapping, { name: 1, keywords: 4, industry: 5 });
    assert.deepEqual(result.unmapped, ["facts"]);
  });

  it("throws a CatalogMappingError naming the missing fields and the columns to choose from", () => {
    assert.throws(() => readCatalog(table("sku,label,notes\nA1,Lamp,LED\n")), (thrown: unknown) => {
      assert.ok(thrown instanceof CatalogMappingError);
      assert.deepEqual(thrown.unmapped, ["name", "facts"]);
      assert.deepEqual(thrown.headers, ["sku", "label", "notes"]);
      assert.match(thrown.message, /name and facts.*sku, label, notes/);
      return true;
    });
  });

  it("takes the user's mapping, by header name, and lets them decline one of name or facts", () => {
    const mapped = readCatalog(table("sku,label,notes\nA1,Lamp,LED; 3 levels\n"), { name: "label", facts: "Notes" });
    assert.deepEqual(mapped.products[0].brief, { name: "Lamp", facts: ["LED", "3 levels"], keywords: [] });
    const nameOnly = readCatalog(table("sku,label\nA1,Lamp\n"), { name: "label", facts: null });
    assert.equal(nameOnly.products[0].brief.name, "Lamp");
    assert.deepEqual(mapColumns(["a"], { name: null, facts: null }).unmapped, ["name", "facts"]);
    assert.throws(() => mapColumns(["sku", "label"], { name: "title" }), /no column named "title"/);
  });

  it("skips rows with neither a name nor facts", () => {
    const sparse = readCatalog(table("name,facts,sku\nLamp,LED,1\n,,2\n  ,  ,3\nChair,,4\n"));
    assert.deepEqual(sparse.products.map((product) => [product.key, product.rowIndex]), [["row-2", 0], ["row-5", 3]]);
  });

  it("names appended columns in the header's style and finds existing ones by alias", () => {
    assert.deepEqual(catalog.targets.appendedColumns, ["description", "seo_title", "seo_description"]);
    assert.equal(catalog.targets.descriptionFormat, "text");
    assert.deepEqual(findTargets(["Product Name", "Features"], "generic").appendedColumns, ["Description", "SEO Title", "SEO Description"]);
    const existing = findTargets(["Name", "Long Description", "Meta Title", "meta_description"], "generic");
    assert.deepEqual(existing.columns.map((target) => target.column), [1, 2, 3]);
    assert.deepEqual(existing.appendedColumns, []);
    assert.equal(findTargets(["name", "body_html"], "generic").descriptionFormat, "html");
  });
});

describe("catalog format: lists, HTML and rendering", () => {
  it("splits facts on semicolons and line breaks, keywords also on commas when there is no semicolon", () => {
    assert.deepEqual(splitFacts("a; b\nc\r\n d ;"), ["a", "b", "c", "d"]);
    assert.deepEqual(splitKeywords("red, blue ,green"), ["red", "blue", "green"]);
    assert.deepEqual(splitKeywords("red, blue; green"), ["red, blue", "green"]);
  });

  it("reads HTML as one line of text, decoding entities once", () => {
    assert.equal(htmlToText("<p>Soft &amp; warm</p>\n<ul><li>5&nbsp;cm</li><li>&amp;lt;tag&#62;</li></ul>"), "Soft & warm 5 cm &lt;tag>");
  });

  const draft = { tagline: "Cold 24 h", bullets: ["18/8 steel", "Fits <cup> holders"], body: ["First & best.", "Second."], seoTitle: "t", metaDescription: "m" };

  it("renders Shopify HTML: tagline, bullets, paragraphs, escaped", () => {
    assert.equal(
      renderDescription(draft, "html"),
      "<p><strong>Cold 24 h</strong></p>\n<ul><li>18/8 steel</li><li>Fits &lt;cup&gt; holders</li></ul>\n<p>First &amp; best.</p>\n<p>Second.</p>",
    );
    assert.equal(renderDescription({ body: ["Only."] }, "html"), "<p>Only.</p>");
  });

  it("renders plain text with blank lines between sections", () => {
    assert.equal(renderDescription(draft, "text"), "Cold 24 h\n\n- 18/8 steel\n- Fits <cup> holders\n\nFirst & best.\n\nSecond.");
  });
});

describe("catalog format: planning edits", () => {
  const targets = findTargets(["name", "description", "seo_title", "seo_description"], "generic");
  const product = (existing: CatalogProduct["existing"]): CatalogProduct => ({ key: "row-2", rowIndex: 0, line: 2, brief: { name: "Lamp", facts: ["LED"], keywords: [] }, existing });
  const draft = { tagline: "Bright", seoTitle: " Lamp | Shop ", metaDescription: "A lamp." };

  it("fills only empty cells in fillEmpty mode, whitespace counting as empty", () => {
    const edits = planProductEdits(product({ description: "Kept.", seoTitle: "  ", seoDescription: "" }), draft, "fillEmpty", targets);
    assert.deepEqual([...edits], [[2, "Lamp | Shop"], [3, "A lamp."]]);
  });

  it("replaces every cell in overwrite mode but never blanks one the draft has nothing for", () => {
    const edits = planProductEdits(product({ description: "Old.", seoTitle: "Old", seoDescription: "Old" }), { tagline: "Bright" }, "overwrite", targets);
    assert.deepEqual([...edits], [[1, "Bright"]]);
  });

  it("needs no writing when every target is filled in fillEmpty mode", () => {
    const full = product({ description: "d", seoTitle: "t", seoDescription: "s" });
    assert.equal(needsWriting(full, "fillEmpty"), false);
    assert.equal(needsWriting(full, "overwrite"), true);
    assert.equal(needsWriting(product({ description: "d", seoTitle: "t", seoDescription: " " }), "fillEmpty"), true);
    assert.equal(needsWriting(product({}), "fillEmpty"), true);
  });
});

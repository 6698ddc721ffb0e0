import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parse } from "csv-parse/sync";
import { parseJournal } from "../../../src/core/catalog/journal";
import { runCatalog, type ProductWriter } from "../../../src/catalog/runCatalog";
import { fixture, TempDir } from "./catalogTestKit";

/** Writes each product's name as its copy, and the same marked per language. */
const translatingWriter: ProductWriter = async (product) => {
  const draft = { tagline: product.brief.name, bullets: ["a", "b", "c"], body: ["one", "two"], seoTitle: product.brief.name, metaDescription: `${product.brief.name}.` };
  const marked = (language: string) => ({ ...draft, tagline: `[${language}] ${draft.tagline}`, seoTitle: `[${language}] ${draft.seoTitle}`, metaDescription: `[${language}] ${draft.metaDescription}` });
  return { draft, flagged: [], translations: { de: marked("de"), fr: marked("fr") } };
};

describe("catalog runs with languages", () => {
  let dir: TempDir;
  beforeEach(() => (dir = new TempDir()));
  afterEach(() => dir.remove());

  it("appends a column set per language to a generic file, after the new English columns", async () => {
    const inputPath = dir.write("products.csv", fixture("products.csv"));
    const summary = await runCatalog({ inputPath, model: "stand-in", languages: ["de", "fr"], writeProduct: translatingWriter });
    const rows = parse(readFileSync(summary.outputPath), { columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(rows[0]).slice(-9), [
      "description",
      "seo_title",
      "seo_description",
      "description_de",
      "seo_title_de",
      "seo_description_de",
      "description_fr",
      "seo_title_fr",
      "seo_description_fr",
    ]);
    assert.equal(rows[0].seo_title, rows[0].name);
    assert.equal(rows[0].seo_title_de, `[de] ${rows[0].name}`);
    assert.match(rows[0].description_fr, /^\[fr\] /);
  });

  it("names the languages in the journal, so a run with other languages does not resume it", async () => {
    const inputPath = dir.write("products.csv", fixture("products.csv"));
    const outputPath = dir.file("out.csv");
    const controller = new AbortController();
    let written = 0;
    const stopAfterOne: ProductWriter = async (product, run) => {
      if (++written > 1) controller.abort();
      return translatingWriter(product, run);
    };
    await runCatalog({ inputPath, outputPath, model: "stand-in", languages: ["de"], writeProduct: stopAfterOne, signal: controller.signal });
    const journal = parseJournal(readFileSync(`${outputPath}.tailor-journal`, "utf8"));
    assert.deepEqual(journal.header.languages, ["de"]);
    assert.equal(journal.entries[0].translations?.de?.seoTitle?.startsWith("[de] "), true);
    await assert.rejects(runCatalog({ inputPath, outputPath, model: "stand-in", languages: ["fr"], writeProduct: translatingWriter }), /languages were de, now fr/);
  });
});

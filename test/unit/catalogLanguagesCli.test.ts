import * as assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { parse } from "csv-parse/sync";
import { isRecord } from "../../src/core/values";
import { shopifyTranslationHeader } from "../../src/core/catalog/formats/shopifyTranslations";
import { merchantFeedHeader } from "../../src/core/catalog/feeds/merchantFeed";
import { productDescriptionLimits } from "../../src/core/productDescription/schema";
import { FakeLlmServer } from "../support/fakeLlmServer";
import { parseFeed, parseStructured } from "../support/merchantFeedReader";
import { runCatalogCli } from "../support/tailorCli";
import { fixture } from "./catalog/catalogTestKit";

/** The last user message of a chat request, as a server's model reads it. */
function lastUserMessage(body: unknown): string | undefined {
  if (!isRecord(body) || !Array.isArray(body.messages)) return undefined;
  const user = (body.messages as unknown[]).filter((message) => isRecord(message) && message.role === "user").at(-1);
  return isRecord(user) && typeof user.content === "string" ? user.content : undefined;
}

/** A marker no English copy has, so that translated cells are told apart from the original. */
const germanMark = "Auf Deutsch:";

/**
 * Stands in for a model: a product description from the brief's own name and facts, or, for a
 * translation request (its message is the source JSON), every value marked as German with its
 * numbers as they were.
 */
function answer(body: unknown): { reply: string[] } | undefined {
  const text = lastUserMessage(body);
  if (text === undefined) return undefined;
  if (text.startsWith("{")) {
    const source = JSON.parse(text.split("\n")[0]) as Record<string, string | string[]>;
    const mark = (value: string) => `${germanMark} ${value}`;
    return { reply: [JSON.stringify(Object.fromEntries(Object.entries(source).map(([key, value]) => [key, Array.isArray(value) ? value.map(mark) : mark(value)])))] };
  }
  const name = /^Product: (.+)$/m.exec(text)?.[1] ?? "Product";
  const facts = (/^Facts:\n((?:- .+\n?)+)/m.exec(text)?.[1] ?? "").trimEnd().split("\n").map((line) => line.slice(2));
  const bullets = [...facts, name, name].slice(0, 3).map((fact) => fact.slice(0, productDescriptionLimits.bullet));
  const copy = { title: name, tagline: name, bullets, body: [`${name}.`, `${name}.`], seoTitle: name.slice(0, productDescriptionLimits.seoTitle), metaDescription: `${name}.` };
  return { reply: [JSON.stringify(copy)] };
}

describe("tailor catalog --languages de --feed merchant.tsv on the Shopify sample (an inference server stand-in on 127.0.0.1)", function () {
  this.timeout(5 * 60_000);
  let server: FakeLlmServer;
  let dir: string;

  before(async () => {
    server = await FakeLlmServer.start();
    server.replyFor = answer;
    dir = mkdtempSync(path.join(tmpdir(), "tailor-languages-cli-"));
  });

  after(async () => {
    await server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes a Shopify output that parses, a Translate & Adapt CSV in German, a feed with its markers, and leaves the input as it was", async () => {
    const input = path.join(dir, "shopify-products.csv");
    writeFileSync(input, fixture("shopify-products.csv"));
    const inputBytes = readFileSync(input);
    const output = path.join(dir, "out.csv");
    const feed = path.join(dir, "merchant.tsv");
    const result = await runCatalogCli([input, "--out", output, "--languages", "de", "--feed", feed, "--endpoint", `${server.baseUrl}/v1`, "--model", "stand-in", "--concurrency", "2"]);
    assert.equal(result.code, 0, `${result.stdout}\n${result.stderr}`);
    assert.deepEqual(readFileSync(input), inputBytes, "the input file changed");

    // The output is still a Shopify export: the input's columns, no language columns.
    const inputRows = parse(inputBytes, { bom: true, columns: true }) as Record<string, string>[];
    const outputRows = parse(readFileSync(output), { bom: true, columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(outputRows[0]), Object.keys(inputRows[0]));
    assert.equal(outputRows.length, inputRows.length);

    const translations = parse(readFileSync(path.join(dir, "out.translations.csv")), { columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(translations[0]), [...shopifyTranslationHeader]);
    const handles = new Set(inputRows.map((row) => row.Handle));
    for (const row of translations) {
      assert.equal(row.Type, "PRODUCT");
      assert.ok(handles.has(row.Identification), row.Identification);
      assert.equal(row.Locale, "de");
      assert.ok(["body_html", "meta_title", "meta_description"].includes(row.Field), row.Field);
      assert.ok(row["Translated content"].includes(germanMark), row["Translated content"]);
      assert.ok(!row["Default content"].includes(germanMark));
    }
    const bottleFields = translations.filter((row) => row.Identification === "summit-bottle-750").map((row) => row.Field);
    assert.deepEqual(bottleFields.sort(), ["body_html", "meta_description", "meta_title"]);
    // The headphones kept their own description (fill empty cells only), so only their SEO fields were written and translated.
    assert.ok(!translations.some((row) => row.Identification === "aria-anc-headphones" && row.Field === "body_html"));
    const seoTitle = translations.find((row) => row.Identification === "summit-bottle-750" && row.Field === "meta_title")!;
    assert.ok(seoTitle["Translated content"].length <= productDescriptionLimits.seoTitle, "the translation broke the SEO title's limit");

    const rows = parseFeed(readFileSync(feed, "utf8"));
    assert.deepEqual(Object.keys(rows[0]), [...merchantFeedHeader]);
    assert.deepEqual(new Set(rows.map((row) => row.id)), handles);
    const bottle = rows.find((row) => row.id === "summit-bottle-750")!;
    assert.equal(bottle.title, "Summit Insulated Bottle 750 ml");
    assert.equal(parseStructured(bottle.structured_title).sourceType, "trained_algorithmic_media");
    assert.equal(parseStructured(bottle.structured_description).sourceType, "trained_algorithmic_media");
    const headphones = rows.find((row) => row.id === "aria-anc-headphones")!;
    assert.equal(headphones.description, "Old copy: great sound.");
    assert.equal(headphones.structured_description, "", "the headphones' own description was marked as written by AI");
    assert.ok(existsSync(output) && !existsSync(`${output}.tailor-journal`));
  });

  it("refuses an unknown language before anything is written", async () => {
    const input = path.join(dir, "shopify-products.csv");
    writeFileSync(input, fixture("shopify-products.csv"));
    const output = path.join(dir, "unknown.csv");
    const result = await runCatalogCli([input, "--out", output, "--languages", "de,xx", "--endpoint", `${server.baseUrl}/v1`, "--model", "stand-in"]);
    assert.equal(result.code, 2);
    assert.match(result.stderr, /--languages: "xx" is not a language Tailor knows/);
    assert.ok(!existsSync(output));
  });
});

import * as assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { parse } from "csv-parse/sync";
import * as vscode from "vscode";
import type { CatalogCommandResult } from "../../src/vscode/commands/generateCatalog";
import { merchantFeedHeader } from "../../src/core/catalog/feeds/merchantFeed";
import { parseFeed } from "../support/merchantFeedReader";
import { activateTailor, fixtureModel, setModel } from "./helpers";

describe("Catalog command: Merchant feed and languages", function () {
  let dir: string;

  before(async () => {
    const { extensionPath } = await activateTailor();
    await setModel(fixtureModel(extensionPath, "tiny-a"));
    await vscode.workspace.getConfiguration("tailor").update("generation.maxTokens", 700, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration("tailor.catalog").update("merchantFeed", true, vscode.ConfigurationTarget.Global);
    dir = mkdtempSync(path.join(tmpdir(), "tailor-catalog-feed-"));
  });

  after(async () => {
    await vscode.workspace.getConfiguration("tailor").update("generation.maxTokens", undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration("tailor.catalog").update("merchantFeed", undefined, vscode.ConfigurationTarget.Global);
    rmSync(dir, { recursive: true, force: true });
  });

  it("writes a German column set and, with tailor.catalog.merchantFeed, a feed beside the output", async () => {
    const input = path.join(dir, "products.csv");
    const text = "sku,name,facts\nBTL-750,Summit Bottle,750 ml steel\nSCK-1,Trail Sock,merino wool\n";
    writeFileSync(input, text);
    const result = await vscode.commands.executeCommand<CatalogCommandResult>("tailor.generateCatalog", { input, replace: true, languages: ["de"] });
    assert.equal(result.status, "done", JSON.stringify(result));
    if (result.status !== "done") return;
    assert.equal(result.failed.length, 0, JSON.stringify(result.failed));
    assert.equal(readFileSync(input, "utf8"), text, "the input file changed");
    const outputPath = path.join(dir, "products.tailor.csv");
    const rows = parse(readFileSync(outputPath), { columns: true }) as Record<string, string>[];
    assert.deepEqual(Object.keys(rows[0]), ["sku", "name", "facts", "description", "seo_title", "seo_description", "description_de", "seo_title_de", "seo_description_de"]);
    const feedText = readFileSync(path.join(dir, "products.tailor.merchant.tsv"), "utf8");
    assert.equal(feedText.split("\n")[0], merchantFeedHeader.join("\t"));
    // The fixture's gibberish is often flagged, and flagged copy stays out of the feed: a row is there only for English copy
    // that passed (a finding in the German alone, "de: …", does not hold it back).
    const ownFindings = (line: number) => result.flagged.some((item) => item.line === line && item.rules.some((rule) => !rule.startsWith("de: ")));
    const passed = new Set(rows.filter((_, index) => !ownFindings(index + 2)).map((row) => row.sku));
    assert.deepEqual(parseFeed(feedText).map((row) => row.id).sort(), [...passed].sort());
  });

  it("refuses an unknown language in the arguments before anything is written", async () => {
    const input = path.join(dir, "other.csv");
    writeFileSync(input, "name,facts\nMug,enamel\n");
    const result = await vscode.commands.executeCommand<CatalogCommandResult>("tailor.generateCatalog", { input, replace: true, languages: ["xx"] });
    assert.equal(result.status, "failed");
    assert.match((result as { error?: string }).error ?? "", /"xx" is not a language/);
  });
});

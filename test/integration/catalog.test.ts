import * as assert from "node:assert/strict";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { parse } from "csv-parse/sync";
import * as vscode from "vscode";
import type { CatalogCommandResult } from "../../src/vscode/commands/generateCatalog";
import type { TailorApi } from "../../src/vscode/tailorContext";
import { activateTailor, fixtureModel, keyboard, readLogs, setModel, waitFor } from "./helpers";

type Done = Extract<CatalogCommandResult, { status: "done" }>;

function done(result: CatalogCommandResult): Done {
  assert.equal(result.status, "done", `the catalog run did not finish: ${JSON.stringify(result)}`);
  return result as Done;
}

describe("Catalog runs", function () {
  let api: TailorApi;
  let extensionPath: string;
  let dir: string;

  before(async () => {
    ({ api, extensionPath } = await activateTailor());
    await setModel(fixtureModel(extensionPath, "tiny-a"));
    // The fixture's byte-level vocabulary spends a token a character: a smaller answer budget
    // keeps an industry's guidance and the answer inside its 4,096-token context.
    await vscode.workspace.getConfiguration("tailor").update("generation.maxTokens", 700, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration("tailor.catalog").update("parallel", 2, vscode.ConfigurationTarget.Global);
    dir = mkdtempSync(path.join(tmpdir(), "tailor-catalog-"));
  });

  after(async () => {
    await vscode.workspace.getConfiguration("tailor").update("generation.maxTokens", undefined, vscode.ConfigurationTarget.Global);
    await vscode.workspace.getConfiguration("tailor.catalog").update("parallel", undefined, vscode.ConfigurationTarget.Global);
    rmSync(dir, { recursive: true, force: true });
  });

  it("fills a Shopify export's first rows into a new file, leaving the input and the variant rows as they were", async () => {
    const input = path.join(dir, "shopify-products.csv");
    copyFileSync(path.join(extensionPath, "test", "unit", "catalog", "fixtures", "shopify-products.csv"), input);
    const before = readFileSync(input);
    const summary = done(await vscode.commands.executeCommand<CatalogCommandResult>("tailor.generateCatalog", { input, replace: true }));

    assert.deepEqual(readFileSync(input), before, "the input file changed");
    assert.equal(summary.outputPath, path.join(dir, "shopify-products.tailor.csv"));
    assert.equal(summary.failed.length, 0, `products failed: ${JSON.stringify(summary.failed)}`);
    const rows = parse(readFileSync(summary.outputPath), { columns: true, bom: true }) as Record<string, string>[];
    const original = parse(before, { columns: true, bom: true }) as Record<string, string>[];
    assert.equal(rows.length, original.length);
    const firstRows = new Set<string>();
    rows.forEach((row, index) => {
      const handle = row.Handle!;
      const first = !firstRows.has(handle);
      firstRows.add(handle);
      for (const [column, value] of Object.entries(original[index]!)) {
        const target = ["Body (HTML)", "SEO Title", "SEO Description"].includes(column);
        if (first && target && value.trim() === "") continue;
        assert.equal(row[column], value, `${column} of row ${index + 2} changed`);
      }
      if (first) {
        assert.ok(row["SEO Title"]!.length > 0 && row["SEO Title"]!.length <= 60, `the SEO title of ${handle} is empty or too long`);
        assert.ok(row["SEO Description"]!.length > 0 && row["SEO Description"]!.length <= 155);
        assert.match(row["Body (HTML)"]!, /<ul>|<p>/, `the body of ${handle} is not HTML`);
      }
    });
    assert.equal(summary.written + summary.flagged.length, firstRows.size - summary.skipped);
    assert.ok(!existsSync(`${summary.outputPath}.tailor-journal`), "a finished run left its journal behind");
    assert.ok(api.engine.stats.peakConcurrentRequests >= 2, "the products were not written side by side");
  });

  it("names in its progress the product the model is writing, when the engine chooses how many at once", async () => {
    const catalog = vscode.workspace.getConfiguration("tailor.catalog");
    await catalog.update("parallel", 0, vscode.ConfigurationTarget.Global);
    try {
      const input = path.join(dir, "progress.csv");
      copyFileSync(path.join(extensionPath, "test", "unit", "catalog", "fixtures", "products.csv"), input);
      const logsBefore = readLogs(api.logFolder).length;
      const summary = done(await vscode.commands.executeCommand<CatalogCommandResult>("tailor.generateCatalog", { input, replace: true }));
      const named = [...readLogs(api.logFolder).slice(logsBefore).matchAll(/Catalog: writing (.+) \((\d+)\/(\d+) done\)/g)].map((match) => ({ name: match[1], done: Number(match[2]) }));
      assert.equal(new Set(named.map((entry) => entry.name)).size, summary.total - summary.skipped, `not every product was named: ${JSON.stringify(named)}`);
      // Each product is named only once a lane is free for it: never more products in writing than the lanes the engine kept.
      const lanes = api.engine.loadedModel?.chatSequences ?? 1;
      named.forEach((entry, index) =>
        assert.ok(index - entry.done < lanes, `"${entry.name}" was named while ${index - entry.done} other product(s) were still being written on ${lanes} lane(s)`),
      );
    } finally {
      await catalog.update("parallel", 2, vscode.ConfigurationTarget.Global);
    }
  });

  it("stops on Cancel with the finished products written and a journal to resume from, then resumes", async () => {
    const input = path.join(dir, "many.csv");
    const lines = ["name,facts"];
    for (let i = 1; i <= 60; i++) lines.push(`Trail sock ${i},"merino wool; size ${i}"`);
    writeFileSync(input, `${lines.join("\n")}\n`);
    const journal = path.join(dir, "many.tailor.csv.tailor-journal");
    const running = vscode.commands.executeCommand<CatalogCommandResult>("tailor.generateCatalog", { input, replace: true });
    await waitFor("three products to be journaled", () => existsSync(journal) && readFileSync(journal, "utf8").trim().split("\n").length >= 4);
    await vscode.commands.executeCommand("tailor.cancelGeneration");
    const cancelled = done(await running);
    assert.equal(cancelled.cancelled, true);
    // Flagged products are written too; the claim checker only lists them for review.
    const finished = cancelled.written + cancelled.flagged.length;
    assert.ok(finished >= 3 && finished < 60, `finished before the cancel: ${finished}`);
    assert.ok(existsSync(journal), "Cancel lost the journal");
    const partial = parse(readFileSync(cancelled.outputPath), { columns: true }) as Record<string, string>[];
    assert.equal(partial.length, 60, "the cancelled run's output lost rows");
    assert.equal(partial.filter((row) => row.description).length, finished);

    const resumed = done(await vscode.commands.executeCommand<CatalogCommandResult>("tailor.generateCatalog", { input }));
    assert.equal(resumed.cancelled, false);
    assert.equal(resumed.resumed, finished, "the resumed run did not take the finished products from the journal");
    assert.equal(resumed.written + resumed.flagged.length, 60);
    const full = parse(readFileSync(resumed.outputPath), { columns: true }) as Record<string, string>[];
    assert.equal(full.filter((row) => row.description).length, 60);
    for (const [index, row] of partial.entries()) {
      if (row.description) assert.equal(full[index]!.description, row.description, `row ${index + 2} was written again`);
    }
  });

  it("asks which column holds the facts when no column is named like them", async function () {
    // Answering the quick pick takes real keystrokes, which only the offline runner can send.
    if (!keyboard.available) this.skip();
    const input = path.join(dir, "unnamed.csv");
    writeFileSync(input, 'Product,Key selling points,Price\nTrail sock,"merino wool; cushioned heel",12.00\n');
    await vscode.workspace.getConfiguration("tailor").update("logPrompts", true, vscode.ConfigurationTarget.Global);
    let summary: Done;
    try {
      const running = vscode.commands.executeCommand<CatalogCommandResult>("tailor.generateCatalog", { input, replace: true });
      await keyboard.typeIntoInputBox("Key selling points");
      summary = done(await running);
      // Only the mapped column holds these words: the prompt proves which column became the facts.
      await waitFor("the catalog prompt in the log", () => readLogs(api.logFolder).includes("cushioned heel"));
    } finally {
      await vscode.workspace.getConfiguration("tailor").update("logPrompts", undefined, vscode.ConfigurationTarget.Global);
    }
    assert.equal(summary.written + summary.flagged.length, 1);
    const [row] = parse(readFileSync(summary.outputPath), { columns: true }) as Record<string, string>[];
    assert.equal(row!["Key selling points"], "merino wool; cushioned heel");
    assert.ok(row!.Description && row!.Description.length > 0, "the mapped product got no description");
  });

  it("refuses malformed CSV naming the line, and writes nothing", async () => {
    const input = path.join(dir, "broken.csv");
    writeFileSync(input, 'name,facts\nSock,"merino\nBottle,steel\n');
    const result = await vscode.commands.executeCommand<CatalogCommandResult>("tailor.generateCatalog", { input, replace: true });
    assert.equal(result.status, "failed");
    assert.match(result.status === "failed" ? (result.error ?? "") : "", /line 2/i);
    assert.ok(!existsSync(path.join(dir, "broken.tailor.csv")), "an output was written for malformed input");
    assert.ok(api.messages.some((message) => message.severity === "error" && /line 2/i.test(message.text) && /Nothing was written/.test(message.text)));
  });
});

import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { TailorApi } from "../../src/vscode/tailorContext";
import { activateTailor, closeAllEditors, fixtureModel, nextResultDocument, setModel, slowModel, startGenerationOnSelectedBrief, generateOnSelectedBrief, takeScreenshot, waitFor } from "./helpers";

describe("Generate Product Description", function () {
  let api: TailorApi;
  let extensionPath: string;

  before(async () => {
    console.log(`Running inside VS Code ${vscode.version} (${vscode.env.appName}, ${vscode.env.remoteName ?? "local"} extension host)`);
    ({ api, extensionPath } = await activateTailor());
    await setModel(fixtureModel(extensionPath, "tiny-a"));
    await waitFor("tailor.model to point at the tiny-a fixture", () => api.engine.state.modelPath?.endsWith("tiny-a.gguf") === true);
  });

  afterEach(closeAllEditors);

  after(async () => {
    await setModel(fixtureModel(extensionPath, "tiny-a"));
  });

  async function useSlowModel(): Promise<void> {
    await setModel(fixtureModel(extensionPath, slowModel));
    await waitFor("the slow model to be configured", () => api.engine.state.modelPath?.endsWith(`${slowModel}.gguf`) === true);
  }

  it("turns a selected YAML brief into a Markdown document with every section", async () => {
    const before = vscode.workspace.textDocuments.length;
    const result = await generateOnSelectedBrief();
    assert.equal(result.status, "completed", result.error);
    assert.ok(result.document, "no document was opened");
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.document!.toString());
    assert.ok(document, "the result document is not open");
    assert.ok(vscode.workspace.textDocuments.length > before);
    assert.equal(document.languageId, "markdown");
    const text = document.getText();
    assert.match(text, /^# \S/);
    for (const heading of ["## Highlights", "## Description", "## SEO"]) assert.ok(text.includes(heading), `missing ${heading}`);
    const bullets = text.split("\n").filter((line) => line.startsWith("- ") && !line.startsWith("- **"));
    assert.ok(bullets.length >= 3 && bullets.length <= 5, `${bullets.length} bullets`);
    const seoTitle = /\*\*SEO title\*\* \((\d+)\/60\)/.exec(text);
    const meta = /\*\*Meta description\*\* \((\d+)\/155\)/.exec(text);
    assert.ok(seoTitle && Number(seoTitle[1]) <= 60, "SEO title over its limit");
    assert.ok(meta && Number(meta[1]) <= 155, "meta description over its limit");
    const description = result.description!;
    assert.ok(description.seoTitle!.length <= 60 && description.metaDescription!.length <= 155);
    assert.equal(description.body!.length, 2);
    assert.ok(vscode.window.visibleTextEditors.some((editor) => editor.document === document), "the result is not shown beside the brief");
    const screenshot = await takeScreenshot("generated-description");
    if (screenshot) console.log(`Workbench screenshot with a generated description: ${screenshot}`);
  });

  it("fills the document in as tokens arrive", async () => {
    await useSlowModel();
    const lengths: number[] = [];
    const subscription = vscode.workspace.onDidChangeTextDocument((event) => {
      if (event.document.languageId === "markdown" && event.document.isUntitled) lengths.push(event.document.getText().length);
    });
    const result = await generateOnSelectedBrief();
    subscription.dispose();
    assert.equal(result.status, "completed", result.error);
    assert.ok(new Set(lengths).size >= 5, `the document changed only ${lengths.length} times: it did not fill in as tokens arrived`);
  });

  it("Cancel stops the model at once and keeps what was written", async () => {
    const cancelledBefore = api.engine.stats.requestsCancelled;
    const tokensBefore = api.engine.stats.tokensGenerated;
    await useSlowModel();
    const opened = nextResultDocument();
    const pending = (await startGenerationOnSelectedBrief()).result;
    const resultDocument = await opened;
    await waitFor("the result document to receive text", () => resultDocument.getText().includes("Writing…"));
    await vscode.commands.executeCommand("tailor.cancelGeneration");
    const result = await pending;
    assert.equal(result.status, "cancelled");
    assert.equal(api.engine.stats.requestsCancelled, cancelledBefore + 1);
    assert.equal(typeof api.engine.stats.lastCancelLatencyMs, "number");
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.document?.toString());
    assert.ok(document);
    assert.match(document.getText(), /^# /);
    assert.match(document.getText(), /Stopped: cancelled after \d+ tokens/);
    assert.equal(document, resultDocument);
    assert.ok(result.tokens! > 0 && api.engine.stats.tokensGenerated - tokensBefore < 4096, "the model did not stop");
    assert.equal(api.engine.state.kind, "idle");
  });
});

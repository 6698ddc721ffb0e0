import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { TailorApi } from "../../src/vscode/tailorContext";
import { activateTailor, closeAllEditors, driveUi, fixtureModel, keyboard, setModel, takeScreenshot, waitFor } from "./helpers";

const inWebview = "webview" as const;

describe("The Tailor panel", function () {
  let api: TailorApi;
  let extensionPath: string;
  /** The first result's title, to recognise it when the history brings it back. */
  let firstTitle: string | null | undefined;

  before(async function () {
    // The panel is a page in the workbench: only the offline runner, which drives Chromium, can fill it in.
    if (!keyboard.available) this.skip();
    ({ api, extensionPath } = await activateTailor());
    await setModel(fixtureModel(extensionPath, "tiny-a"));
  });

  after(async () => {
    await vscode.workspace.getConfiguration("workbench").update("colorTheme", undefined, vscode.ConfigurationTarget.Global);
    await closeAllEditors();
  });

  async function generateInPanel(name: string, facts: string, keywords = ""): Promise<void> {
    const before = api.panel.stats.generations;
    await driveUi([
      { frame: inWebview, waitFor: "#brief-form" },
      { frame: inWebview, fill: "#name", value: name },
      { frame: inWebview, fill: "#facts", value: facts },
      { frame: inWebview, fill: "#keywords", value: keywords },
      { frame: inWebview, fill: "#audience", value: "hikers and commuters" },
      { frame: inWebview, select: "#output", value: "description" },
      { frame: inWebview, click: "#generate" },
    ]);
    await waitFor("the panel's generation to finish", () => api.panel.stats.generations > before);
    assert.equal(api.panel.stats.lastStatus, "completed");
  }

  it("fills in the brief form, streams the preview, and Insert puts the text at the cursor", async () => {
    const document = await vscode.workspace.openTextDocument({ language: "markdown", content: "# Product page\n\n" });
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    editor.selection = new vscode.Selection(2, 0, 2, 0);
    await vscode.workspace.getConfiguration("workbench").update("colorTheme", "Default Dark Modern", vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand("tailor.openPanel");
    await driveUi([{ frame: inWebview, waitFor: "body.vscode-dark" }]);
    const previewsBefore = api.panel.stats.previews;

    await generateInPanel("Summit Insulated Bottle", "18/8 stainless steel\nkeeps drinks cold for 24 hours\nleak-proof lid", "insulated water bottle");
    assert.ok(api.panel.stats.previews - previewsBefore > 1, "the preview did not stream: it was sent once or never");

    const [status, highlights, seoCounter] = (await driveUi([
      { frame: inWebview, waitFor: "#insert", state: "enabled" },
      { frame: inWebview, readText: "#status" },
      { frame: inWebview, readText: "#preview ul" },
      { frame: inWebview, readText: "#preview .preview-field .counter" },
    ]))!;
    assert.ok(status && status.length > 0, "the status line is empty");
    assert.ok(highlights && highlights.trim().length > 0, "the preview shows no bullets");
    assert.match(seoCounter ?? "", /^\d+\/60$/, "the SEO title has no character counter against its limit");
    [firstTitle] = (await driveUi([
      { frame: inWebview, readText: "#preview h2" },
      { frame: inWebview, scrollTo: "#preview .preview-field:last-child" },
    ]))!;
    await takeScreenshot("panel-dark");

    await driveUi([{ frame: inWebview, click: "#insert" }]);
    await waitFor("Insert to put the description in the editor", () => editor.document.getText().includes("## Highlights"));
    const text = editor.document.getText();
    assert.ok(text.startsWith("# Product page\n\n# "), `the description was not inserted at the cursor:\n${text.slice(0, 200)}`);
  });

  it("shows the description's scores under the preview: an overall figure, and each check's status, value and advice", async () => {
    const [overall, statuses, labels, advice] = (await driveUi([
      { frame: inWebview, waitFor: "#scores-section", state: "visible" },
      { frame: inWebview, readText: "#scores-overall" },
      { frame: inWebview, readText: "#scores" },
      { frame: inWebview, readText: "#scores li:first-child .score-label" },
      { frame: inWebview, readText: "#scores li:first-child .score-advice" },
      { frame: inWebview, scrollTo: "#scores-section" },
    ]))!;
    assert.match(overall ?? "", /^\d{1,3}\/100$/, "no overall score");
    // Readability and the SEO checks of a product page (the keywords' first is the keyphrase), each with a status word.
    for (const check of ["Reading ease", "Reading grade", "Keyphrase length", "Keyphrase in title", "Keyphrase in SEO title", "Keyphrase density", "Meta description length", "Text length"]) {
      assert.ok(statuses?.includes(check), `no ${check} in the scores: ${statuses}`);
    }
    assert.match(statuses ?? "", /^(good|ok|problem)Reading ease/u);
    assert.equal(labels, "Reading ease");
    assert.ok(advice && advice.length > 0 && !advice.includes("\n"), "a check without one line of advice");
    await takeScreenshot("panel-scores-dark");
  });

  it("follows the light theme", async () => {
    await vscode.workspace.getConfiguration("workbench").update("colorTheme", "Default Light Modern", vscode.ConfigurationTarget.Global);
    // VS Code marks the webview's body with the theme kind once it has passed the new colours in.
    await driveUi([
      { frame: inWebview, waitFor: "body.vscode-light" },
      { frame: inWebview, scrollTo: "#preview .preview-field:last-child" },
    ]);
    const [background] = (await driveUi([{ frame: inWebview, readAttribute: "html", name: "style" }]))!;
    assert.match(background ?? "", /--vscode-editor-background/, "the webview did not receive the theme's colour variables");
    await takeScreenshot("panel-light");
    await driveUi([{ frame: inWebview, scrollTo: "#scores-section" }]);
    await takeScreenshot("panel-scores-light");
  });

  it("serves the page under a strict Content-Security-Policy with a per-page nonce", async () => {
    const [policy, nonce] = (await driveUi([
      { frame: inWebview, readAttribute: 'meta[http-equiv="Content-Security-Policy"]', name: "content" },
      { frame: inWebview, readAttribute: "script[nonce]", name: "nonce" },
    ]))!;
    assert.ok(policy && nonce, "the page has no CSP meta tag or no script nonce");
    assert.match(policy, /default-src 'none'/);
    assert.ok(policy.includes(`script-src 'nonce-${nonce}'`), `the script's nonce is not the policy's: ${policy}`);
    assert.doesNotMatch(policy, /unsafe-inline|unsafe-eval|https?:\/\/(?!\S*vscode-cdn)/);
    assert.ok(nonce.length >= 32, "the nonce is too short to be unguessable");
  });

  it("keeps results in the history and restores an earlier one", async () => {
    await generateInPanel("Aria ANC Headphones", "active noise cancelling\n30 h battery");
    const [firstItem] = (await driveUi([{ frame: inWebview, readText: "#history li:last-child button" }]))!;
    assert.match(firstItem ?? "", /Summit Insulated Bottle/, "the first result is not the oldest in the history");
    const [nameNow] = (await driveUi([{ frame: inWebview, readValue: "#name" }]))!;
    assert.equal(nameNow, "Aria ANC Headphones");

    const [restoredFacts, restoredTitle] = (await driveUi([
      { frame: inWebview, click: "#history li:last-child button" },
      { frame: inWebview, waitForValue: "#name", value: "Summit Insulated Bottle" },
      { frame: inWebview, readValue: "#facts" },
      { frame: inWebview, readText: "#preview h2" },
    ]))!;
    assert.match(restoredFacts ?? "", /leak-proof lid/, "restoring did not bring the first form's facts back");
    assert.equal(restoredTitle, firstTitle, "restoring did not bring the first preview back");
  });
});

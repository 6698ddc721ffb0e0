import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { ScoreCopyResult } from "../../src/vscode/scores/scoreCopy";
import { activateTailor, closeAllEditors, driveUi, fixtureModel, generateOnSelectedBrief, keyboard, setModel, takeScreenshot, waitFor } from "./helpers";

/** The HTML page of the unit tests, whose score (78) is worked out by hand in overallScore.test.ts. */
const merinoPage = `<!doctype html><html><head><title>Merino Socks</title>
<meta name="description" content="Merino socks that keep feet warm."></head>
<body><h1>Merino Socks</h1><p>Soft merino wool socks keep your feet warm. They dry fast and never itch.</p></body></html>`;

function openDocument(uri: vscode.Uri | undefined): vscode.TextDocument {
  const document = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === uri?.toString());
  assert.ok(document, `${uri?.toString()} is not open`);
  return document;
}

function isShown(uri: vscode.Uri | undefined): boolean {
  return vscode.window.visibleTextEditors.some((editor) => editor.document.uri.toString() === uri?.toString());
}

describe("Scores: generated documents and Tailor: Score Copy", function () {
  before(async () => {
    const { api, extensionPath } = await activateTailor();
    await setModel(fixtureModel(extensionPath, "tiny-a"));
    await waitFor("tailor.model to point at the tiny-a fixture", () => api.engine.state.modelPath?.endsWith("tiny-a.gguf") === true);
  });

  afterEach(closeAllEditors);

  it("ends a generated description with its scores, and Score Copy scores it with the brief's first keyword, beside it", async () => {
    const generated = await generateOnSelectedBrief();
    assert.equal(generated.status, "completed", generated.error);
    const document = openDocument(generated.document);
    const footer = /^## Scores: (\d+)\/100$/mu.exec(document.getText());
    assert.ok(footer, `the generated document has no scores footer:\n${document.getText().slice(-600)}`);
    for (const check of ["Reading ease", "Keyphrase in SEO title", "Keyphrase density", "Text length"]) {
      assert.match(document.getText(), new RegExp(`^- \\*\\*(good|ok|problem)\\*\\* ${check}: `, "mu"), `no ${check} line in the footer`);
    }

    await vscode.window.showTextDocument(document);
    const result = await vscode.commands.executeCommand<ScoreCopyResult>("tailor.scoreCopy");
    assert.equal(result.status, "scored");
    assert.equal(result.keyphrase, "merino hiking socks");
    // The document read back gives the score its footer was written with: the footer never scores itself.
    assert.equal(result.score?.score, Number(footer[1]));
    const report = openDocument(result.report);
    assert.equal(report.uri.scheme, "tailor-scores");
    assert.equal(report.languageId, "markdown");
    assert.match(report.getText(), /^Keyphrase: "merino hiking socks" \(the brief's first keyword\)\.$/mu);
    assert.ok(report.getText().includes(`## Scores: ${footer[1]}/100`));
    assert.ok(isShown(result.report), "the scores are not shown");
    assert.equal(vscode.window.activeTextEditor?.document, document, "the focus left the scored document");
    await takeScreenshot("score-copy-generated");
  });

  it("scores any open HTML page with a given keyphrase, and reports what it checked", async () => {
    const page = await vscode.workspace.openTextDocument({ language: "html", content: merinoPage });
    await vscode.window.showTextDocument(page);
    const result = await vscode.commands.executeCommand<ScoreCopyResult>("tailor.scoreCopy", { keyphrase: "merino socks" });
    assert.equal(result.status, "scored");
    assert.equal(result.score?.score, 78);
    const text = openDocument(result.report).getText();
    assert.ok(text.includes("## Scores: 78/100"), text);
    assert.match(text, /^- \*\*good\*\* Reading ease: 97 \(target: 70 or more\)\. Reads easily\.$/mu);
    assert.match(text, /^- \*\*problem\*\* Text length: 14 words \(target: 200 words or more\)\./mu);
    assert.doesNotMatch(text, /left out/u, "the page has every part, so no check should be left out");
  });

  it("asks a document without a brief for its keyphrase once; empty scores readability only", async function () {
    // The question is an input box in the workbench: only the offline runner, which drives Chromium, can answer it.
    if (!keyboard.available) this.skip();
    const note = await vscode.workspace.openTextDocument({ language: "plaintext", content: "Soft merino wool socks keep your feet warm. They dry fast and never itch." });
    await vscode.window.showTextDocument(note);
    const asked = vscode.commands.executeCommand<ScoreCopyResult>("tailor.scoreCopy");
    await driveUi([{ waitFor: ".quick-input-widget", state: "visible" }, { press: "Enter" }]);
    const first = await asked;
    assert.equal(first.status, "scored");
    assert.equal(first.keyphrase, "");
    assert.deepEqual(first.score?.seo, []);
    assert.deepEqual(first.score?.readability.checks.map((check) => check.id), ["readingEase", "gradeLevel", "sentenceLength", "wordLength"]);
    assert.match(openDocument(first.report).getText(), /^No keyphrase: readability only\.$/mu);

    await vscode.window.showTextDocument(note);
    let second: ScoreCopyResult | undefined;
    void vscode.commands.executeCommand<ScoreCopyResult>("tailor.scoreCopy").then((result) => (second = result));
    await waitFor("the second score, without a question", () => second !== undefined, 20_000);
    assert.equal(second?.keyphrase, "");
    assert.equal(second?.report?.toString(), first.report?.toString(), "the same document's scores should refresh in the same tab");
  });

  it("tells what it scores when the active editor is not copy", async () => {
    const json = await vscode.workspace.openTextDocument({ language: "json", content: "{}" });
    await vscode.window.showTextDocument(json);
    const result = await vscode.commands.executeCommand<ScoreCopyResult>("tailor.scoreCopy", { keyphrase: "x" });
    assert.equal(result.status, "noDocument");
  });
});

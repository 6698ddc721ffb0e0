import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { activateTailor, closeAllEditors, fixtureModel, generateOnSelectedBrief, setModel, waitFor } from "./helpers";

/** Tailor's "not in the brief" diagnostics on a document. */
const unsupported = (document: vscode.TextDocument) =>
  vscode.languages.getDiagnostics(document.uri).filter((diagnostic) => diagnostic.source === "Tailor" && String(diagnostic.code).startsWith("unsupported-"));

describe("Grounding: copy checked against its brief", function () {
  let extensionPath: string;

  before(async () => {
    ({ extensionPath } = await activateTailor());
    await setModel(fixtureModel(extensionPath, "tiny-a"));
  });

  afterEach(closeAllEditors);

  it("marks an invented figure in a generated description, and its quick fix puts the brief's value back", async () => {
    const result = await generateOnSelectedBrief();
    assert.ok(result.document, result.error);
    const document = await vscode.workspace.openTextDocument(result.document);
    // What a small model does: the brief says 70% merino, the copy says 80%.
    const invented = "\n- Knitted from 80% merino wool for warmth.\n";
    const edit = new vscode.WorkspaceEdit();
    edit.insert(document.uri, document.positionAt(document.getText().length), invented);
    assert.ok(await vscode.workspace.applyEdit(edit));
    const at = document.getText().lastIndexOf("80%");
    const range = new vscode.Range(document.positionAt(at), document.positionAt(at + 3));

    await waitFor("the invented figure to be marked", () => unsupported(document).some((diagnostic) => diagnostic.range.intersection(range) !== undefined), 30_000);
    const diagnostic = unsupported(document).find((candidate) => candidate.range.intersection(range) !== undefined)!;
    assert.match(diagnostic.message, /70%/, "the message does not say what the brief says");

    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", document.uri, diagnostic.range);
    const replace = actions.find((action) => /with the brief's/.test(action.title));
    assert.ok(replace?.edit, `no quick fix puts the brief's value back: ${actions.map((action) => action.title).join("; ")}`);
    assert.ok(await vscode.workspace.applyEdit(replace.edit));
    assert.ok(document.getText().includes("Knitted from 70% merino wool for warmth."), document.getText().slice(-200));
    await waitFor("the mark to go", () => !unsupported(document).some((candidate) => candidate.range.start.line === diagnostic.range.start.line), 30_000);
  });

  it("checks any document against a brief on demand", async () => {
    const document = await vscode.workspace.openTextDocument({ language: "markdown", content: "A 500 ml enamel mug, made in Portugal. Effortless style for every morning.\n" });
    await vscode.window.showTextDocument(document);
    const found = await vscode.commands.executeCommand<number>("tailor.checkAgainstBrief", {
      brief: { name: "Harbour Mug", facts: ["350 ml enamel", "dishwasher safe"], keywords: [] },
    });
    assert.equal(found, unsupported(document).length);
    const marked = unsupported(document).map((diagnostic) => document.getText(diagnostic.range));
    assert.ok(marked.some((text) => text.includes("500")), JSON.stringify(marked));
    assert.ok(marked.some((text) => /Portugal/.test(text)), JSON.stringify(marked));
    assert.ok(!marked.some((text) => /Effortless/i.test(text)), "generic marketing language was marked");
  });
});

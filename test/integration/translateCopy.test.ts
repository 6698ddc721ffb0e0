import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { TranslateResult } from "../../src/vscode/commands/translateCopy";
import { activateTailor, closeAllEditors, fixtureModel, setModel } from "./helpers";

describe("Translate Copy", function () {
  before(async () => {
    const { extensionPath } = await activateTailor();
    await setModel(fixtureModel(extensionPath, "tiny-a"));
  });

  afterEach(closeAllEditors);

  it("opens the translation of the whole document beside it, leaves the original as it was, and flags lost numbers", async () => {
    const original = "Our 750 ml merino bottle keeps drinks cold for 24 h.";
    const document = await vscode.workspace.openTextDocument({ language: "plaintext", content: original });
    await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    const result = await vscode.commands.executeCommand<TranslateResult>("tailor.translateCopy", { language: "de" });
    assert.equal(result.status, "written", result.error);
    assert.equal(document.getText(), original);
    const translated = vscode.workspace.textDocuments.find((candidate) => candidate.uri.toString() === result.uri);
    assert.equal(translated?.getText(), result.text);
    assert.equal(translated?.languageId, "plaintext");
    // The fixture model writes gibberish, which keeps neither number.
    assert.ok(result.flagged?.some((finding) => finding.startsWith("number-missing")), JSON.stringify(result.flagged));
  });

  it("refuses a language it does not know, naming the ones it does", async () => {
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument({ content: "Warm socks." }));
    const result = await vscode.commands.executeCommand<TranslateResult>("tailor.translateCopy", { language: "klingon" });
    assert.equal(result.status, "failed");
    assert.match(result.error ?? "", /not a language Tailor knows/);
  });
});

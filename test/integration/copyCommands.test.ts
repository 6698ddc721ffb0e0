import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { ChannelDraft } from "../../src/core/marketing/channelDraft";
import type { StructuredResult } from "../../src/vscode/commands/structuredGeneration";
import type { PersonalizeResult } from "../../src/vscode/commands/personalizeForSegments";
import type { RewriteResult } from "../../src/vscode/commands/rewriteSelection";
import { activateTailor, briefYaml, closeAllEditors, fixtureModel, setModel } from "./helpers";

describe("Marketing copy, rewrite and personalize", function () {
  before(async () => {
    const { extensionPath } = await activateTailor();
    await setModel(fixtureModel(extensionPath, "tiny-a"));
  });

  afterEach(closeAllEditors);

  async function selectAll(content: string, language = "markdown"): Promise<vscode.TextEditor> {
    const document = await vscode.workspace.openTextDocument({ language, content });
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    editor.selection = new vscode.Selection(0, 0, document.lineCount, 0);
    return editor;
  }

  it("writes Google Ads variants with every headline and description within its limit", async () => {
    await selectAll(briefYaml, "yaml");
    const result = await vscode.commands.executeCommand<StructuredResult<ChannelDraft>>("tailor.generateMarketingCopy", { channel: "google-ads-rsa", variants: 2 });
    assert.notEqual(result.status, "failed", result.error);
    assert.equal(result.draft?.variants.length, 2);
    for (const variant of result.draft!.variants) {
      for (const headline of variant.headlines as string[]) assert.ok(headline.length <= 30, `headline of ${headline.length}: ${headline}`);
      for (const description of variant.descriptions as string[]) assert.ok(description.length <= 90, `description of ${description.length}`);
    }
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.document?.toString());
    assert.match(document?.getText() ?? "", /\(\d+\/30\)/);
  });

  it("rewrites the selection as one edit that Undo reverts", async () => {
    const original = "Our merino sock keeps feet warm on cold trails.";
    const editor = await selectAll(original, "plaintext");
    const result = await vscode.commands.executeCommand<RewriteResult>("tailor.rewriteSelection", { mode: "shorter" });
    assert.equal(result.status, "applied", result.error);
    assert.equal(editor.document.getText(), result.text);
    assert.notEqual(editor.document.getText(), original);
    await vscode.commands.executeCommand("undo");
    assert.equal(editor.document.getText(), original);
  });

  it("personalizes a base text for each segment, in one document", async () => {
    await selectAll("Meet the merino trail sock: warm, soft and built for long days.");
    const result = await vscode.commands.executeCommand<PersonalizeResult>("tailor.personalizeForSegments", { segments: "Students\nBusy parents" });
    assert.equal(result.status, "completed", result.error);
    assert.deepEqual(result.segments, ["Students", "Busy parents"]);
    const text = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.document?.toString())?.getText() ?? "";
    assert.match(text, /^# Personalized variants/);
    assert.match(text, /## Students[\s\S]+## Busy parents/);
  });
});

import * as assert from "node:assert/strict";
import { readdirSync, readFileSync, statSync } from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { DraftResult } from "../../src/vscode/commands/draftLongForm";
import type { TailorApi } from "../../src/vscode/tailorContext";
import { FakeLlmServer } from "../support/fakeLlmServer";
import { activateTailor, briefYaml, closeAllEditors, fixtureModel, keyboard, setModel, slowModel, waitFor } from "./helpers";

const apiKey = "sk-test-NEVER-LOG-THIS-3f9a7c";

describe("Long-form drafts from a cloud LLM", function () {
  let api: TailorApi;
  let server: FakeLlmServer;
  const llm = () => vscode.workspace.getConfiguration("tailor.llm");

  let extensionPath: string;

  before(async () => {
    ({ api, extensionPath } = await activateTailor());
    await setModel(fixtureModel(extensionPath, "tiny-a"));
    server = await FakeLlmServer.start();
    server.reply = ["# Trail-ready merino\n\n", "Long days ", "need socks ", "that keep up."];
    await llm().update("provider", "openai", vscode.ConfigurationTarget.Global);
    await llm().update("baseUrl", `${server.baseUrl}/v1`, vscode.ConfigurationTarget.Global);
    await llm().update("model", "test-model", vscode.ConfigurationTarget.Global);
  });

  afterEach(closeAllEditors);

  after(async () => {
    for (const key of ["enabled", "provider", "baseUrl", "model"]) await llm().update(key, undefined, vscode.ConfigurationTarget.Global);
    await server.close();
  });

  async function selectOutline(): Promise<void> {
    const document = await vscode.workspace.openTextDocument({ language: "markdown", content: "Merino trail sock: warm, dry, cushioned sole, reinforced heel." });
    const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
    editor.selection = new vscode.Selection(0, 0, document.lineCount, 0);
  }

  it("makes no network call while cloud drafts are disabled", async () => {
    await llm().update("enabled", false, vscode.ConfigurationTarget.Global);
    await selectOutline();
    const before = server.requests.length;
    const result = await vscode.commands.executeCommand<DraftResult>("tailor.draftLongForm", { kind: "blog-post" });
    assert.equal(result.status, "disabled");
    assert.equal(server.requests.length, before, "a request reached the server while disabled");
  });

  it("stops writing the local outline on Cancel Generation, and sends nothing", async () => {
    await llm().update("enabled", true, vscode.ConfigurationTarget.Global);
    await setModel(fixtureModel(extensionPath, slowModel));
    try {
      const document = await vscode.workspace.openTextDocument({ language: "yaml", content: briefYaml });
      const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
      editor.selection = new vscode.Selection(0, 0, document.lineCount, 0);
      const requestsBefore = server.requests.length;
      const cancelledBefore = api.engine.stats.requestsCancelled;
      const drafted = Promise.resolve(vscode.commands.executeCommand<DraftResult>("tailor.draftLongForm", { kind: "blog-post" }));
      await waitFor("the local model to write the outline", () => api.engine.state.kind === "generating", 120_000);
      await vscode.commands.executeCommand("tailor.cancelGeneration");
      const result = await drafted;
      assert.equal(result.status, "dismissed");
      assert.equal(api.engine.stats.requestsCancelled, cancelledBefore + 1, "the model was not stopped");
      assert.equal(server.requests.length, requestsBefore, "an outline was sent after the cancel");
    } finally {
      await setModel(fixtureModel(extensionPath, "tiny-a"));
    }
  });

  it("stores the key, asks for consent, and streams the draft into a document", async function () {
    // The key is typed into VS Code's password box; only the offline runner can send keystrokes.
    if (!keyboard.available) this.skip();
    await llm().update("enabled", true, vscode.ConfigurationTarget.Global);
    // The key goes through the real password input box, typed as a person would.
    let keySettled = false;
    const keyStored = Promise.resolve(vscode.commands.executeCommand<boolean>("tailor.setApiKey")).finally(() => (keySettled = true));
    await keyboard.typeIntoInputBox(apiKey);
    await waitFor("the key to be stored", () => keySettled);
    assert.equal(await keyStored, true);

    await selectOutline();
    let settled = false;
    const drafting = Promise.resolve(vscode.commands.executeCommand<DraftResult>("tailor.draftLongForm", { kind: "blog-post" })).finally(() => (settled = true));
    // The consent pick's first item is "Send": accept it once it shows.
    await waitFor("consent to be given and the draft to finish", () => {
      if (!settled && server.requests.length === 0) void vscode.commands.executeCommand("workbench.action.acceptSelectedQuickOpenItem");
      return settled;
    });
    const result = await drafting;
    assert.equal(result.status, "completed", result.error);
    assert.equal(result.text, "# Trail-ready merino\n\nLong days need socks that keep up.");
    const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === result.document?.toString());
    assert.equal(document?.getText(), result.text);
    const preview = vscode.workspace.textDocuments.find((d) => d.getText().startsWith("# What Tailor will send"));
    assert.ok(preview, "the consent preview was not shown");
    assert.match(preview.getText(), /Merino trail sock: warm, dry/);
    assert.ok(!preview.getText().includes(apiKey), "the preview shows the key");

    assert.equal(server.requests.length, 1);
    const [request] = server.requests;
    assert.equal(request.path, "/v1/chat/completions");
    assert.equal(request.headers.authorization, `Bearer ${apiKey}`);
    assert.match(JSON.stringify(request.body), /Merino trail sock/);
  });

  it("never writes the key to the output channel, settings or any file", async () => {
    const files = [...listFiles(api.logFolder), ...listFiles(vscode.workspace.workspaceFolders![0].uri.fsPath)];
    assert.ok(files.length > 0);
    for (const file of files) assert.ok(!readFileSync(file, "utf8").includes(apiKey), `the key is in ${file}`);
    const settings = JSON.stringify(vscode.workspace.getConfiguration("tailor"));
    assert.ok(!settings.includes(apiKey), "the key is in the settings");
    for (const document of vscode.workspace.textDocuments) assert.ok(!document.getText().includes(apiKey), `the key is in ${document.uri}`);
  });
});

function listFiles(dir: string): string[] {
  const files: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) files.push(...listFiles(full));
    else files.push(full);
  }
  return files;
}

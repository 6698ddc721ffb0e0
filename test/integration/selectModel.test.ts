import * as assert from "node:assert/strict";
import { copyFileSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import * as vscode from "vscode";
import type { TailorApi } from "../../src/vscode/tailorContext";
import { activateTailor, closeAllEditors, driveUi, fixtureModel, generateOnSelectedBrief, keyboard, setModel, waitFor } from "./helpers";

describe("Tailor: Select Model", function () {
  let api: TailorApi;
  let extensionPath: string;
  let modelsDirectory: string;

  before(async () => {
    ({ api, extensionPath } = await activateTailor());
    modelsDirectory = mkdtempSync(path.join(tmpdir(), "tailor-models-"));
    // A model "already downloaded": the only one on this machine, so the first in the list.
    copyFileSync(fixtureModel(extensionPath, "tiny-b"), path.join(modelsDirectory, "tiny-b.gguf"));
    await vscode.workspace.getConfiguration("tailor").update("modelsDirectory", modelsDirectory, vscode.ConfigurationTarget.Global);
    await setModel(fixtureModel(extensionPath, "tiny-a"));
    await waitFor("tiny-a to be configured", () => api.engine.state.modelPath?.endsWith("tiny-a.gguf") === true);
  });

  afterEach(closeAllEditors);

  after(async () => {
    await vscode.workspace.getConfiguration("tailor").update("modelsDirectory", undefined, vscode.ConfigurationTarget.Global);
    await setModel(fixtureModel(extensionPath, "tiny-a"));
    rmSync(modelsDirectory, { recursive: true, force: true });
  });

  it("changes the setting and the loaded model when a downloaded model is picked", async () => {
    assert.equal((await generateOnSelectedBrief()).status, "completed");
    assert.equal(api.engine.loadedModel?.name, "Tailor Tiny A");

    let settled = false;
    const picked = Promise.resolve(vscode.commands.executeCommand<boolean>("tailor.selectModel")).finally(() => (settled = true));
    // The quick pick opens asynchronously; accepting before it is shown does nothing, so accept
    // until the command reports the choice.
    await waitFor("the quick pick to accept the first model", () => {
      if (!settled) void vscode.commands.executeCommand("workbench.action.acceptSelectedQuickOpenItem");
      return settled;
    });
    assert.equal(await picked, true);

    const expected = path.join(modelsDirectory, "tiny-b.gguf");
    assert.equal(vscode.workspace.getConfiguration("tailor").get("model"), expected);
    await waitFor("the status bar to show Tailor Tiny B", () => api.statusBar.text.includes("Tailor Tiny B"));
    const result = await generateOnSelectedBrief();
    assert.equal(result.status, "completed", result.error);
    const loaded = () => api.engine.loadedModel;
    assert.equal(loaded()?.name, "Tailor Tiny B");
    assert.equal(loaded()?.modelPath, expected);
  });

  it("marks a model file outside the models folder as in use", async function () {
    if (!keyboard.available) this.skip();
    await setModel(fixtureModel(extensionPath, "tiny-a"));
    const picked = Promise.resolve(vscode.commands.executeCommand<boolean>("tailor.selectModel"));
    let inUseRow: string | null | undefined;
    try {
      [inUseRow] = (await driveUi([{ readText: ".quick-input-widget .monaco-list-row:has-text('in use')" }, { press: "Escape" }]))!;
    } finally {
      await vscode.commands.executeCommand("workbench.action.closeQuickOpen");
    }
    assert.equal(await picked, false);
    assert.match(inUseRow ?? "", /tiny-a/, `the row marked in use is not tiny-a: ${inUseRow}`);
    assert.doesNotMatch(inUseRow ?? "", /tiny-b/);
  });

  it("keeps the model setting when the first-run download fails offline, and offers a way on", async function () {
    if (!keyboard.available) this.skip();
    const config = vscode.workspace.getConfiguration("tailor");
    // A hub address where nothing listens: the download fails the way it does offline.
    await config.update("huggingFaceEndpoint", "http://127.0.0.1:9", vscode.ConfigurationTarget.Global);
    await setModel("");
    try {
      const before = api.messages.length;
      const generated = Promise.resolve(generateOnSelectedBrief());
      await driveUi([
        { click: ".monaco-dialog-box .monaco-button:has-text('Download Qwen2.5')" },
        { click: ".monaco-dialog-box .monaco-button:has-text('Download')" },
      ]);
      assert.equal((await generated).status, "dismissed");
      assert.equal(config.get("model"), "", "the setting switched to a model that was never downloaded");
      const shown = api.messages.slice(before).find((message) => message.severity === "error");
      assert.ok(shown, "no error was shown");
      assert.match(shown.text, /Qwen2\.5 1\.5B Instruct/);
      assert.doesNotMatch(shown.text, /hf:/);
      assert.deepEqual([...shown.actions].sort(), ["Browse for a .gguf…", "Select Model…"]);
      assert.doesNotMatch(api.statusBar.text, /not downloaded/);
    } finally {
      await config.update("huggingFaceEndpoint", undefined, vscode.ConfigurationTarget.Global);
      await setModel(fixtureModel(extensionPath, "tiny-a"));
    }
  });
});

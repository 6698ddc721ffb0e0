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
});

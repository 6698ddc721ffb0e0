import * as assert from "node:assert/strict";
import type { TailorApi } from "../../src/vscode/tailorContext";
import * as vscode from "vscode";
import { activateTailor, closeAllEditors, driveUi, fixtureModel, keyboard, setModel, generateOnSelectedBrief, waitFor } from "./helpers";

describe("The tailor.model setting", function () {
  let api: TailorApi;
  let extensionPath: string;

  before(async () => {
    ({ api, extensionPath } = await activateTailor());
  });

  afterEach(closeAllEditors);

  after(async () => {
    await setModel(fixtureModel(extensionPath, "tiny-a"));
  });

  it("switches the model without a reload, and the status bar shows the new name", async () => {
    await setModel(fixtureModel(extensionPath, "tiny-a"));
    assert.equal((await generateOnSelectedBrief()).status, "completed");
    await waitFor("the status bar to show Tailor Tiny A", () => api.statusBar.text.includes("Tailor Tiny A"));
    const loadsBefore = api.engine.stats.modelLoads;

    await setModel(fixtureModel(extensionPath, "tiny-b"));
    await waitFor("the status bar to show Tailor Tiny B", () => api.statusBar.text.includes("Tailor Tiny B"));
    const loaded = () => api.engine.loadedModel;
    assert.equal(loaded(), undefined, "the old model was not unloaded");

    const result = await generateOnSelectedBrief();
    assert.equal(result.status, "completed", result.error);
    assert.equal(loaded()?.name, "Tailor Tiny B");
    assert.equal(api.engine.stats.modelLoads, loadsBefore + 1);
    assert.match(api.statusBar.text, /Tailor Tiny B/);
  });

  for (const [broken, expected] of [
    ["broken-missing-keys", /feed_forward_length/],
    ["broken-not-gguf", /not a GGUF/i],
    ["broken-truncated", /incomplete|truncated/i],
  ] as const) {
    it(`gives a clear error for ${broken}.gguf, and Tailor keeps working afterwards`, async () => {
      const exitsBefore = api.engine.stats.workerExits;
      await setModel(fixtureModel(extensionPath, broken));
      await waitFor(`the engine to take ${broken}`, () => api.engine.state.modelPath?.endsWith(`${broken}.gguf`) === true);
      const result = await generateOnSelectedBrief();
      assert.equal(result.status, "failed");
      assert.match(result.error ?? "", expected);
      assert.ok(result.error!.includes(`${broken}.gguf`), "the message does not name the file");
      const shown = api.messages[api.messages.length - 1];
      assert.equal(shown.severity, "error");
      assert.match(shown.text, expected);
      assert.match(api.statusBar.text, /\(error\)/);
      assert.equal(api.engine.stats.workerExits, exitsBefore, "a broken file must never reach llama.cpp");

      await setModel(fixtureModel(extensionPath, "tiny-a"));
      await waitFor("the status bar to recover", () => !api.statusBar.text.includes("(error)"));
      const recovered = await generateOnSelectedBrief();
      assert.equal(recovered.status, "completed", recovered.error);
    });
  }

  it("opens the tailor.model setting from the status bar, on the tab where it lives", async function () {
    if (!keyboard.available) this.skip();
    const { command } = api.statusBar;
    await vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
    // A remote window's User tab has no machine-scoped settings: it would say "No Settings Found".
    // The editor lists every setting first, then its search; a Tailor row shows once the search ran.
    const [title] = (await driveUi([
      { waitFor: ".settings-editor .settings-tree-container .setting-item-category:has-text('Tailor')" },
      { readText: ".settings-editor .settings-tree-container .setting-item-title" },
    ]))!;
    assert.match(title ?? "", /Model/);
  });
});

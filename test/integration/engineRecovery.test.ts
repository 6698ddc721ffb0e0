import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import type { TailorApi } from "../../src/vscode/tailorContext";
import { activateTailor, closeAllEditors, fixtureModel, setModel, slowModel, startGenerationOnSelectedBrief, generateOnSelectedBrief, waitFor } from "./helpers";

describe("A model process that dies", function () {
  let api: TailorApi;

  let extensionPath: string;

  before(async () => {
    ({ api, extensionPath } = await activateTailor());
    await setModel(fixtureModel(extensionPath, slowModel));
    await waitFor("the slow model to be configured", () => api.engine.state.modelPath?.endsWith(`${slowModel}.gguf`) === true);
  });

  afterEach(closeAllEditors);

  after(async () => {
    await setModel(fixtureModel(extensionPath, "tiny-a"));
  });

  it("fails the generation clearly, leaves VS Code and Tailor working, and the next request starts a fresh worker", async () => {
    const startsBefore = api.engine.stats.workerStarts;
    const pending = (await startGenerationOnSelectedBrief()).result;
    await waitFor("the model to be generating", () => api.engine.state.kind === "generating" && api.engine.workerPid !== undefined);
    const pid = api.engine.workerPid!;
    assert.notEqual(pid, process.pid, "the model must not run in the extension host");
    process.kill(pid, "SIGKILL");
    const failed = await pending;
    assert.equal(failed.status, "failed");
    assert.match(failed.error ?? "", /model process stopped unexpectedly.*SIGKILL/);
    assert.match(api.statusBar.text, /model process stopped/);
    assert.ok(api.messages.some((m) => m.severity === "error" && /stopped unexpectedly/.test(m.text)), "no error message was shown");

    // The extension host is alive (this test still runs) and VS Code still answers.
    const probe = await vscode.workspace.openTextDocument({ content: "still here" });
    assert.equal(probe.getText(), "still here");

    const result = await generateOnSelectedBrief();
    assert.equal(result.status, "completed", result.error);
    assert.equal(api.engine.stats.workerStarts, startsBefore + 1);
    assert.notEqual(api.engine.workerPid, pid);
    assert.doesNotMatch(api.statusBar.text, /stopped|error/);
  });
});

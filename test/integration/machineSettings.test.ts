import * as assert from "node:assert/strict";
import * as vscode from "vscode";
import { intendedMachineSettingsVariable } from "../support/paths";

// Runs first: later tests change tailor.model through the test API.
describe("The runner's machine settings", () => {
  it("are the effective configuration inside the extension host", () => {
    const intended = JSON.parse(process.env[intendedMachineSettingsVariable] ?? "null") as Record<string, unknown> | null;
    assert.ok(intended && Object.keys(intended).length > 0, `${intendedMachineSettingsVariable} is not set: the runner did not say what it meant to set`);
    for (const [key, value] of Object.entries(intended)) {
      const dot = key.lastIndexOf(".");
      const inspected = vscode.workspace.getConfiguration(key.slice(0, dot)).inspect(key.slice(dot + 1));
      assert.ok(inspected, `${key} is not a known setting`);
      assert.notDeepEqual(inspected.defaultValue, value, `${key}: the runner sets its default, which proves nothing`);
      assert.deepEqual(vscode.workspace.getConfiguration().get(key), value, `${key} was dropped: the server did not read the machine settings file`);
    }
  });
});

import * as path from "node:path";
import Mocha from "mocha";
import SpecWithSummary from "../support/specWithSummary";

/** The entry VS Code calls (extensionTestsPath) in the extension host, for both test runners. */
export function run(): Promise<void> {
  process.env.TAILOR_SUITE_NAME ??= "integration";
  // TAILOR_TEST_GREP narrows a local run to matching tests; CI never sets it.
  const mocha = new Mocha({ ui: "bdd", timeout: 180_000, color: false, reporter: SpecWithSummary, grep: process.env.TAILOR_TEST_GREP });
  for (const file of ["machineSettings.test.js", "firstResult.test.js", "generate.test.js", "engineRecovery.test.js", "modelSettings.test.js", "selectModel.test.js", "ghostText.test.js", "claims.test.js", "copyCommands.test.js", "cloudDraft.test.js", "catalog.test.js", "panel.test.js"]) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed.`)) : resolve()));
  });
}

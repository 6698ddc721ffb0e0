import * as assert from "node:assert/strict";
import { testFiles } from "../integration/index";

describe("the integration suite's files", () => {
  it("runs machineSettings and firstResult first, then every other test file alphabetically", () => {
    const found = ["panel.test.js", "helpers.js", "firstResult.test.js", "catalog.test.js", "index.js", "machineSettings.test.js", "generate.test.js.map", "generate.test.js"];
    assert.deepEqual(testFiles(found), ["machineSettings.test.js", "firstResult.test.js", "catalog.test.js", "generate.test.js", "panel.test.js"]);
  });
});

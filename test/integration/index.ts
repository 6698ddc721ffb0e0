import { readdirSync } from "node:fs";
import * as path from "node:path";
import Mocha from "mocha";
import SpecWithSummary from "../support/specWithSummary";

/** The entry VS Code calls (extensionTestsPath) in the extension host, for both test runners. */
export function run(): Promise<void> {
  process.env.TAILOR_SUITE_NAME ??= "integration";
  // TAILOR_TEST_GREP narrows a local run to matching tests; CI never sets it.
  const mocha = new Mocha({ ui: "bdd", timeout: 180_000, color: false, reporter: SpecWithSummary, grep: process.env.TAILOR_TEST_GREP });
  for (const file of testFiles(readdirSync(__dirname))) mocha.addFile(path.join(__dirname, file));
  return new Promise((resolve, reject) => {
    mocha.run((failures) => (failures > 0 ? reject(new Error(`${failures} integration test(s) failed.`)) : resolve()));
  });
}

/**
 * Tests that must run before the others, in this order; every other *.test.js follows
 * alphabetically, so a new test file needs no list. machineSettings.test checks the settings a
 * fresh window starts with, which later tests change; firstResult.test must be the first to open
 * a Markdown document, since it measures the first result a new user sees.
 */
const runFirst = ["machineSettings.test.js", "firstResult.test.js"];

export function testFiles(names: readonly string[]): string[] {
  const tests = names.filter((name) => name.endsWith(".test.js"));
  const rest = tests.filter((name) => !runFirst.includes(name)).sort();
  return [...runFirst.filter((name) => tests.includes(name)), ...rest];
}

/**
 * The same integration suite through @vscode/test-electron, for machines with internet: it
 * downloads desktop VS Code (which fails offline; use npm run test:integration there).
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { runTests } from "@vscode/test-electron";
import { fixture, repoRoot } from "../support/paths";

async function main(): Promise<void> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), "tailor-electron-"));
  mkdirSync(path.join(userDataDir, "User"), { recursive: true });
  writeFileSync(
    path.join(userDataDir, "User", "settings.json"),
    JSON.stringify({ "tailor.model": fixture("tiny-a"), "tailor.gpu": "off", "tailor.threads": 1, "tailor.generation.maxTokens": 4096 }),
  );
  const workspace = mkdtempSync(path.join(tmpdir(), "tailor-workspace-"));
  await runTests({
    version: process.env.TAILOR_VSCODE_VERSION ?? "stable",
    extensionDevelopmentPath: repoRoot,
    extensionTestsPath: path.join(repoRoot, "out", "test", "integration", "index.js"),
    launchArgs: [workspace, "--disable-extensions", "--disable-workspace-trust", `--user-data-dir=${userDataDir}`],
    extensionTestsEnv: { TAILOR_SUITE_NAME: "integration" },
  });
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

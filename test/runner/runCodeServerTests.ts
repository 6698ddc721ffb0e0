/**
 * Runs test/integration inside a real VS Code 1.139 extension host, offline (see
 * test/integration/README.md). Exit code: 0 when every test passed, 1 otherwise.
 */
import { rmSync } from "node:fs";
import * as path from "node:path";
import { fixture, repoRoot } from "../support/paths";
import { runInVsCode } from "./runInVsCode";

const screenshotDir = path.resolve(process.env.TAILOR_SCREENSHOT_DIR ?? path.join(repoRoot, "test-results", "screenshots"));
rmSync(screenshotDir, { recursive: true, force: true });

runInVsCode({
  testsPath: path.join(repoRoot, "out", "test", "integration", "index.js"),
  screenshotDir,
  timeoutMs: 15 * 60_000,
  env: { TAILOR_SUITE_NAME: "integration" },
  machineSettings: {
    "tailor.model": fixture("tiny-a"),
    "tailor.gpu": "off",
    "tailor.threads": 1,
    // The random 135M-shaped model writes every string to its length limit: give it room.
    "tailor.generation.maxTokens": 4096,
  },
}).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

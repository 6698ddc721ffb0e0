/**
 * Runs test/integration inside a real VS Code 1.139 extension host, offline: the VS Code server
 * from the code-server package, its web workbench in headless Debian Chromium (playwright-core).
 * The tests run in the server's Node extension host because the paths are vscode-remote URIs.
 * Exit code: 0 when every test passed, 1 otherwise (including a hang past the time limit).
 */
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { format } from "node:util";
import { chromium, type Page } from "playwright-core";
import { fixture, repoRoot } from "../support/paths";
import { chromiumArgs, chromiumPath, startServer } from "./codeServer";

const overallTimeoutMs = 15 * 60_000;
const screenshotMarker = "[tailor:screenshot]";
/** The workbench's own chatter in this offline setup, which says nothing about the tests. */
const workbenchNoise = [/^\[ChatModelSelection\]/, /^\[AccountPolicyGate\]/];

async function main(): Promise<number> {
  const screenshotDir = path.resolve(process.env.TAILOR_SCREENSHOT_DIR ?? path.join(repoRoot, "test-results", "screenshots"));
  rmSync(screenshotDir, { recursive: true, force: true });
  mkdirSync(screenshotDir, { recursive: true });
  const workspace = mkdtempSync(path.join(tmpdir(), "tailor-workspace-"));
  writeFileSync(path.join(workspace, "README.md"), "# Tailor integration workspace\n");
  const server = await startServer({
    machineSettings: {
      "tailor.model": fixture("tiny-a"),
      "tailor.gpu": "off",
      "tailor.threads": 1,
      // The fixture model writes every string to its length limit: give it room to finish.
      "tailor.generation.maxTokens": 4096,
    },
    env: { TAILOR_SCREENSHOT_DIR: screenshotDir, TAILOR_SUITE_NAME: "integration" },
    onOutput: (line) => {
      if (process.env.TAILOR_VERBOSE) console.log(line);
    },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction("codeAutomationExit", (code: number) => resolve(code));
    });
    await page.exposeFunction("codeAutomationLog", (type: string, args: unknown[]) => onLog(page, screenshotDir, type, args));
    const testsPath = path.join(repoRoot, "out", "test", "integration", "index.js");
    await page.goto(
      server.url(workspace, [
        ["extensionDevelopmentPath", server.remoteUri(repoRoot)],
        ["extensionTestsPath", server.remoteUri(testsPath)],
        ["enableProposedApi", ""],
        ["skipWelcome", "true"],
      ]),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.error(`Integration tests did not finish within ${overallTimeoutMs / 60_000} minutes.`);
        resolve(1);
      }, overallTimeoutMs);
    });
    const code = await Promise.race([exitCode, timeout]);
    clearTimeout(timer);
    return code;
  } finally {
    await browser.close();
    await server.stop();
  }
}

function onLog(page: Page, screenshotDir: string, type: string, args: unknown[]): void {
  // Console arguments arrive as given to console.log, format string first (mocha uses %s, %d).
  const text = format(...(Array.isArray(args) ? args : [args]));
  if (workbenchNoise.some((pattern) => pattern.test(text))) return;
  const marker = text.indexOf(screenshotMarker);
  if (marker >= 0) {
    const name = text.slice(marker + screenshotMarker.length).trim().replace(/[^\w.-]/g, "_");
    const file = path.join(screenshotDir, `${name}.png`);
    // The test waits for this file to appear before it goes on.
    void page.screenshot().then((png) => {
      writeFileSync(`${file}.partial`, png);
      renameSync(`${file}.partial`, file);
      console.log(`Screenshot saved: ${file}`);
    });
    return;
  }
  (type === "error" ? console.error : console.log)(text);
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);

import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { format } from "node:util";
import { chromium, type Page } from "playwright-core";
import { fixture, repoRoot } from "../support/paths";
import { intendedMachineSettingsVariable } from "../support/paths";
import { uiMarker } from "../support/uiSteps";
import { chromiumArgs, chromiumPath, startServer } from "./codeServer";
import { runUiRequest } from "./uiDriver";

export interface VsCodeRunOptions {
  /** The bundled extensionTestsPath entry (exports run()). */
  readonly testsPath: string;
  readonly machineSettings?: Record<string, unknown>;
  readonly env?: NodeJS.ProcessEnv;
  readonly screenshotDir?: string;
  readonly timeoutMs: number;
  /** Each line the extension host logs; defaults to printing it. */
  readonly onLine?: (line: string, type: string) => void;
}

const screenshotMarker = "[tailor:screenshot]";
/** The workbench's own chatter in this offline setup, which says nothing about the tests. */
const workbenchNoise = [/^\[ChatModelSelection\]/, /^\[AccountPolicyGate\]/, /^\[AgentHost\]/];

/**
 * Opens the real VS Code 1.139 workbench in headless Chromium with Tailor as the extension under
 * development, runs `testsPath` in the server's Node extension host (vscode-remote URIs put it
 * there), and resolves with its exit code: 0 passed, 1 failed or timed out.
 */
export async function runInVsCode(options: VsCodeRunOptions): Promise<number> {
  const screenshotDir = options.screenshotDir ?? path.join(repoRoot, "test-results", "screenshots");
  mkdirSync(screenshotDir, { recursive: true });
  const workspace = mkdtempSync(path.join(tmpdir(), "tailor-workspace-"));
  writeFileSync(path.join(workspace, "README.md"), "# Tailor test workspace\n");
  const uiDir = mkdtempSync(path.join(tmpdir(), "tailor-ui-"));
  const machineSettings = options.machineSettings ?? { "tailor.model": fixture("tiny-a") };
  const server = await startServer({
    machineSettings,
    smokeTestDriver: true,
    // The tests read the effective configuration back and compare it with what was meant.
    env: { TAILOR_SCREENSHOT_DIR: screenshotDir, TAILOR_UI_DIR: uiDir, [intendedMachineSettingsVariable]: JSON.stringify(machineSettings), ...options.env },
    onOutput: (line) => {
      if (process.env.TAILOR_VERBOSE) console.log(line);
    },
  });
  const browser = await chromium.launch({ executablePath: chromiumPath, headless: true, args: chromiumArgs });
  const onLine = options.onLine ?? ((line: string, type: string) => (type === "error" ? console.error : console.log)(line));
  try {
    const page = await browser.newPage({ viewport: { width: 1440, height: 900 } });
    const exitCode = new Promise<number>((resolve) => {
      void page.exposeFunction("codeAutomationExit", (code: number) => resolve(code));
    });
    await page.exposeFunction("codeAutomationLog", (type: string, args: unknown[]) => {
      // Console arguments arrive as given to console.log, format string first (mocha uses %s, %d).
      const text = format(...(Array.isArray(args) ? args : [args]));
      if (workbenchNoise.some((pattern) => pattern.test(text))) return;
      if (text.includes(screenshotMarker)) saveScreenshot(page, screenshotDir, text);
      else if (text.includes(uiMarker)) void runUiRequest(page, uiDir, text.slice(text.indexOf(uiMarker) + uiMarker.length));
      else onLine(text, type);
    });
    await page.goto(
      server.url(workspace, [
        ["extensionDevelopmentPath", server.remoteUri(repoRoot)],
        ["extensionTestsPath", server.remoteUri(options.testsPath)],
        ["enableProposedApi", ""],
        ["skipWelcome", "true"],
      ]),
    );
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<number>((resolve) => {
      timer = setTimeout(() => {
        console.error(`VS Code run did not finish within ${Math.round(options.timeoutMs / 60_000)} minutes.`);
        resolve(1);
      }, options.timeoutMs);
    });
    const code = await Promise.race([exitCode, timeout]);
    clearTimeout(timer);
    return code;
  } finally {
    await browser.close();
    await server.stop();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(uiDir, { recursive: true, force: true });
  }
}

/** The test waits for the file to appear, so it is written whole (temp file, then rename). */
function saveScreenshot(page: Page, dir: string, line: string): void {
  const name = line.slice(line.indexOf(screenshotMarker) + screenshotMarker.length).trim().replace(/[^\w.-]/g, "_");
  const file = path.join(dir, `${name}.png`);
  void page.screenshot().then((png) => {
    writeFileSync(`${file}.partial`, png);
    renameSync(`${file}.partial`, file);
    console.log(`Screenshot saved: ${file}`);
  });
}

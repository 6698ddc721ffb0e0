import * as assert from "node:assert/strict";
import { randomUUID } from "node:crypto";
import { existsSync, readdirSync, readFileSync, rmSync, statSync } from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import type { GenerateCommandResult } from "../../src/vscode/commands/generateProductDescription";
import type { TailorApi } from "../../src/vscode/tailorContext";
import { uiMarker, type UiAnswer, type UiStep } from "../support/uiSteps";

export const extensionId = "tailor.tailor-writer";

export async function activateTailor(): Promise<{ api: TailorApi; extensionPath: string }> {
  const extension = vscode.extensions.getExtension<TailorApi>(extensionId);
  assert.ok(extension, `${extensionId} is not installed in this VS Code`);
  const api = await extension.activate();
  return { api, extensionPath: extension.extensionPath };
}

/**
 * The tiny fixtures write a whole description in about 0.1 s, before a cancel or a kill could
 * land; tests that must act mid-generation use this 135M-shaped model (~100 tokens a second).
 */
export const slowModel = "smollm2-135m-shaped-q8_0";

export function fixtureModel(extensionPath: string, name: string): string {
  return path.join(extensionPath, "test", "fixtures", "models", `${name}.gguf`);
}

/**
 * Waits until a condition the extension reports becomes true. The extension host offers no
 * event for a status bar's text, so this checks on each turn of a short timer; it never
 * passes a test by itself: the condition must hold, or the wait fails with the description.
 */
export async function waitFor(description: string, condition: () => boolean, timeoutMs = 60_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) assert.fail(`Timed out waiting for: ${description}. ${diagnostics()}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** What the engine was doing, for a failure message. */
function diagnostics(): string {
  const api = vscode.extensions.getExtension<TailorApi>(extensionId)?.exports;
  if (!api) return "Tailor is not active.";
  return `Engine state: ${JSON.stringify(api.engine.state)}; stats: ${JSON.stringify(api.engine.stats)}; status bar: ${api.statusBar.text}`;
}

export const briefYaml = [
  "name: Merino Trail Sock",
  "facts:",
  "  - 70% merino wool, 30% recycled nylon",
  "  - cushioned sole and reinforced heel",
  "  - sizes S to XL",
  "audience: hikers and trail runners",
  "tone: practical and warm",
  "keywords: [merino hiking socks, trail socks]",
].join("\n");

/** Resolves with the next untitled Markdown document that opens: where a result streams. */
export function nextResultDocument(): Promise<vscode.TextDocument> {
  return new Promise((resolve) => {
    const subscription = vscode.workspace.onDidOpenTextDocument((document) => {
      if (document.languageId !== "markdown" || !document.isUntitled) return;
      subscription.dispose();
      resolve(document);
    });
  });
}

/**
 * Opens a brief in an editor, selects it all, and starts the command. The command's promise
 * comes back wrapped: an async function that returned it bare would wait for it to settle.
 */
export async function startGenerationOnSelectedBrief(text = briefYaml): Promise<{ result: Thenable<GenerateCommandResult> }> {
  const document = await vscode.workspace.openTextDocument({ language: "yaml", content: text });
  const editor = await vscode.window.showTextDocument(document, vscode.ViewColumn.One);
  editor.selection = new vscode.Selection(0, 0, document.lineCount, 0);
  return { result: vscode.commands.executeCommand<GenerateCommandResult>("tailor.generateProductDescription") };
}

/** Runs the command on a selected brief to the end. */
export async function generateOnSelectedBrief(text = briefYaml): Promise<GenerateCommandResult> {
  return (await startGenerationOnSelectedBrief(text)).result;
}

export async function setModel(modelPath: string): Promise<void> {
  await vscode.workspace.getConfiguration("tailor").update("model", modelPath, vscode.ConfigurationTarget.Global);
}

/** Asks the test runner outside VS Code for a screenshot of the workbench, and waits for the file. */
export async function takeScreenshot(name: string): Promise<string | undefined> {
  const dir = process.env.TAILOR_SCREENSHOT_DIR;
  if (!dir) return undefined;
  const file = path.join(dir, `${name}.png`);
  // A file left by an earlier run must not pass for this one.
  rmSync(file, { force: true });
  // VS Code's chat view takes a third of the window by default and shows nothing of Tailor's.
  await vscode.commands.executeCommand("workbench.action.closeAuxiliaryBar");
  console.log(`[tailor:screenshot] ${name}`);
  await waitFor(`screenshot ${file}`, () => existsSync(file), 30_000);
  return file;
}

/** Closes every editor without a save prompt (results are untitled documents). */
export async function closeAllEditors(): Promise<void> {
  for (let i = 0; i < 50 && vscode.window.tabGroups.all.some((group) => group.tabs.length > 0); i++) {
    await vscode.commands.executeCommand("workbench.action.revertAndCloseActiveEditor");
  }
}

let uiRequests = 0;

/**
 * Drives the workbench page as a person would (keys, clicks, typing into webviews) when the
 * offline runner drives it; it sets TAILOR_UI_DIR. Resolves with what the read steps read, or
 * undefined under @vscode/test-electron, which has no page to drive.
 */
export async function driveUi(steps: readonly UiStep[], timeoutMs = 60_000): Promise<(string | null)[] | undefined> {
  const dir = process.env.TAILOR_UI_DIR;
  if (!dir) return undefined;
  // Each test file bundles its own copy of this module, so the counter alone is not unique.
  const id = `ui-${process.pid}-${randomUUID()}-${++uiRequests}`;
  const answerFile = path.join(dir, `${id}.json`);
  console.log(`${uiMarker} ${JSON.stringify({ id, steps })}`);
  await waitFor(`the runner to carry out ${JSON.stringify(steps).slice(0, 300)}`, () => existsSync(answerFile), timeoutMs);
  const answer = JSON.parse(readFileSync(answerFile, "utf8")) as UiAnswer;
  rmSync(answerFile, { force: true });
  if ("error" in answer) throw new Error(`In the workbench page: ${answer.error}`);
  return [...answer.results];
}

/**
 * Real keystrokes in the workbench when the offline runner drives it (it sets TAILOR_UI_DIR);
 * otherwise (@vscode/test-electron) the same input through VS Code's own commands.
 */
export const keyboard = {
  async type(text: string): Promise<void> {
    if (!(await sendKeys({ text }))) await vscode.commands.executeCommand("type", { text });
  },
  /** Whether real keystrokes can be sent (the offline runner); @vscode/test-electron has none. */
  get available(): boolean {
    return process.env.TAILOR_UI_DIR !== undefined;
  },
  /** Types into VS Code's input box once it is on screen, then presses Enter. */
  async typeIntoInputBox(text: string): Promise<void> {
    if (!(await sendKeys({ text, press: "Enter", waitFor: ".quick-input-widget .quick-input-box input" }))) throw new Error("No keyboard driver: run under npm run test:integration.");
  },
  async pressEnter(): Promise<void> {
    if (!(await sendKeys({ press: "Enter" }))) await vscode.commands.executeCommand("workbench.action.acceptSelectedQuickOpenItem");
  },
  /**
   * Waits until the workbench draws ghost text. The provider returning a suggestion is not enough:
   * VS Code renders it a moment later, and an accept command sent before then does nothing.
   * Under @vscode/test-electron there is no page to watch, so it returns at once.
   */
  async ghostTextShown(): Promise<void> {
    await sendKeys({ waitFor: ".monaco-editor .ghost-text-decoration, .monaco-editor .ghost-text" });
  },
  /** Tab: what accepts ghost text. */
  async pressTab(): Promise<void> {
    if (!(await sendKeys({ press: "Tab" }))) await vscode.commands.executeCommand("editor.action.inlineSuggest.commit");
  },
};

async function sendKeys(keys: { text?: string; press?: string; waitFor?: string }): Promise<boolean> {
  const steps: UiStep[] = [];
  if (keys.waitFor) steps.push({ waitFor: keys.waitFor });
  if (keys.text !== undefined) steps.push({ type: keys.text });
  if (keys.press !== undefined) steps.push({ press: keys.press });
  return (await driveUi(steps)) !== undefined;
}

/** Everything the extension's log channels have written so far (the prompt log included). */
export function readLogs(folder: string): string {
  const files: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".log")) files.push(full);
    }
  };
  try {
    walk(folder);
  } catch {
    return "";
  }
  return files.map((file) => readFileSync(file, "utf8")).join("\n");
}

/**
 * Asks VS Code for the code actions at a range until one matches or 30 s pass. In a workbench
 * that has just opened its first Markdown file, the first answer came back without the extension
 * host's providers (Tailor's fix appeared in the next one, a quarter of a second later).
 */
export async function codeActionsUntil(uri: vscode.Uri, range: vscode.Range, wanted: (action: vscode.CodeAction) => boolean): Promise<vscode.CodeAction[]> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>("vscode.executeCodeActionProvider", uri, range);
    if (actions.some(wanted) || Date.now() > deadline) return actions;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

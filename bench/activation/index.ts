import * as vscode from "vscode";
import type { TailorApi } from "../../src/vscode/tailorContext";

/**
 * Runs in the real extension host (as extensionTestsPath): activates Tailor and reports how long
 * activate() took, and how long activation took as VS Code sees it (loading the bundle too).
 */
export async function run(): Promise<void> {
  const extension = vscode.extensions.getExtension<TailorApi>("tailor.tailor-writer");
  if (!extension) throw new Error("Tailor is not installed in this VS Code.");
  // Opening a Markdown file activates Tailor (onLanguage); if something already did, only the
  // time activate() itself took is known.
  const alreadyActive = extension.isActive;
  const started = performance.now();
  const api = await extension.activate();
  const totalMs = performance.now() - started;
  console.log(`[tailor:bench] ${JSON.stringify({ activateMs: api.activationMs, activationWithLoadMs: alreadyActive ? null : totalMs, vscode: vscode.version })}`);
}

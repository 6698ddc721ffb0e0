import * as vscode from "vscode";
import { TailorContext, type TailorApi } from "./vscode/tailorContext";

let current: TailorContext | undefined;

export function activate(context: vscode.ExtensionContext): TailorApi {
  const started = performance.now();
  try {
    const tailor = new TailorContext(context);
    current = tailor;
    context.subscriptions.push(tailor);
    tailor.activationMs = performance.now() - started;
    return tailor.api;
  } catch (error) {
    void vscode.window.showErrorMessage(`Tailor failed to start: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

/** VS Code waits for this: the model's worker process is gone, its memory freed, when it resolves. */
export function deactivate(): Promise<void> | undefined {
  const tailor = current;
  current = undefined;
  return tailor?.shutdown();
}

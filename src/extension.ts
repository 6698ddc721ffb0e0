import * as vscode from "vscode";
import { TailorContext, type TailorApi } from "./vscode/tailorContext";

export function activate(context: vscode.ExtensionContext): TailorApi {
  const started = performance.now();
  try {
    const tailor = new TailorContext(context);
    context.subscriptions.push(tailor);
    tailor.activationMs = performance.now() - started;
    return tailor.api;
  } catch (error) {
    void vscode.window.showErrorMessage(`Tailor failed to start: ${error instanceof Error ? error.message : String(error)}`);
    throw error;
  }
}

export function deactivate(): void {
  // Everything is owned by TailorContext, disposed through context.subscriptions.
}

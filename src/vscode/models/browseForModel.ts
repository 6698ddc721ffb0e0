import * as vscode from "vscode";

/** Lets the user pick a .gguf file they already have, and uses it. Returns true when one was chosen. */
export async function browseForModel(): Promise<boolean> {
  const [file] =
    (await vscode.window.showOpenDialog({ title: "Choose a GGUF model file", canSelectMany: false, filters: { "GGUF models": ["gguf"] }, openLabel: "Use This Model" })) ?? [];
  if (!file) return false;
  await setModelSetting(file.fsPath);
  return true;
}

/** tailor.model is machine-scoped: written to user settings, never a workspace's. */
export async function setModelSetting(value: string): Promise<void> {
  await vscode.workspace.getConfiguration("tailor").update("model", value, vscode.ConfigurationTarget.Global);
}

import * as vscode from "vscode";
import { writeModel } from "../settings";

/** Lets the user pick a .gguf file they already have, and uses it. Returns true when one was chosen. */
export async function browseForModel(): Promise<boolean> {
  const [file] =
    (await vscode.window.showOpenDialog({ title: "Choose a GGUF model file", canSelectMany: false, filters: { "GGUF models": ["gguf"] }, openLabel: "Use This Model" })) ?? [];
  if (!file) return false;
  await writeModel(file.fsPath);
  return true;
}

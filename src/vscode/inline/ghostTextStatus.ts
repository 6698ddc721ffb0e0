import * as vscode from "vscode";
import { readInlineSettings, toggleInlineSetting } from "../settings";

/** Shows whether ghost text is on; a click toggles it. */
export class GhostTextStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("tailor.ghostText", vscode.StatusBarAlignment.Right, 99);

  constructor() {
    this.item.name = "Tailor Ghost Text";
    this.item.command = "tailor.toggleInlineCompletions";
    this.refresh();
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  refresh(): void {
    const settings = readInlineSettings();
    this.item.text = settings.enabled ? "$(sparkle) Ghost text" : "$(circle-slash) Ghost text";
    this.item.tooltip = `Tailor's ghost text is ${settings.enabled ? "on" : "off"} for ${settings.languages.join(", ")}. Click to turn it ${settings.enabled ? "off" : "on"}.`;
  }

  dispose(): void {
    this.item.dispose();
  }
}

export function toggleInlineCompletions(): Promise<void> {
  return toggleInlineSetting();
}

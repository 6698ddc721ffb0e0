import * as vscode from "vscode";

/** The active industry profile, bottom right; a click switches it. */
export class IndustryStatus implements vscode.Disposable {
  private readonly item = vscode.window.createStatusBarItem("tailor.industry", vscode.StatusBarAlignment.Right, 98);

  constructor(displayName: string) {
    this.item.name = "Tailor Industry";
    this.item.command = "tailor.selectIndustry";
    this.show(displayName);
    this.item.show();
  }

  get text(): string {
    return this.item.text;
  }

  show(displayName: string): void {
    this.item.text = `$(tag) ${displayName}`;
    this.item.tooltip = `Tailor writes and checks copy for ${displayName}. Click to choose another industry.`;
  }

  dispose(): void {
    this.item.dispose();
  }
}

import * as vscode from "vscode";

export interface UserMessage {
  readonly severity: "error" | "warning" | "info";
  readonly text: string;
  /** The buttons offered with it. */
  readonly actions: readonly string[];
  readonly at: number;
}

const kept = 50;

/**
 * Shows messages to the user without blocking the caller (a notification stays until the user
 * acts), logs each one, and keeps the recent ones so the extension's API can report them.
 */
export class UserMessages implements vscode.Disposable {
  private readonly recent: UserMessage[] = [];

  constructor(private readonly log: vscode.LogOutputChannel) {}

  get messages(): readonly UserMessage[] {
    return this.recent;
  }

  error(text: string, actions: Record<string, () => unknown> = {}): void {
    this.log.error(text);
    this.show("error", text, actions, vscode.window.showErrorMessage);
  }

  warning(text: string, actions: Record<string, () => unknown> = {}): void {
    this.log.warn(text);
    this.show("warning", text, actions, vscode.window.showWarningMessage);
  }

  info(text: string, actions: Record<string, () => unknown> = {}): void {
    this.log.info(text);
    this.show("info", text, actions, vscode.window.showInformationMessage);
  }

  dispose(): void {
    this.recent.length = 0;
  }

  private show(
    severity: UserMessage["severity"],
    text: string,
    actions: Record<string, () => unknown>,
    show: (message: string, ...items: string[]) => Thenable<string | undefined>,
  ): void {
    this.recent.push({ severity, text, actions: Object.keys(actions), at: Date.now() });
    if (this.recent.length > kept) this.recent.shift();
    void show(text, ...Object.keys(actions)).then((choice) => {
      if (choice) void actions[choice]?.();
    });
  }
}

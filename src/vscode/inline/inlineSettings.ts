import * as vscode from "vscode";

export interface InlineSettings {
  readonly enabled: boolean;
  readonly languages: readonly string[];
  readonly debounceMs: number;
  readonly multiline: boolean;
  readonly maxTokens: number;
}

export function readInlineSettings(): InlineSettings {
  const config = vscode.workspace.getConfiguration("tailor.inlineCompletions");
  return {
    enabled: config.get<boolean>("enabled", true),
    languages: config.get<string[]>("languages", ["markdown", "plaintext", "html"]),
    debounceMs: Math.max(0, Math.min(2000, config.get<number>("debounceMs", 100))),
    multiline: config.get<boolean>("multiline", false),
    maxTokens: Math.max(1, Math.min(256, config.get<number>("maxTokens", 24))),
  };
}

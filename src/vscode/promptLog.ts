import type * as vscode from "vscode";
import { chatAsText, type ChatMessage } from "../core/chat";
import { logPromptsEnabled } from "./settings";

/** With tailor.logPrompts on, writes a prompt to the output channel so users can see what steers the model. */
export function logPrompt(log: vscode.LogOutputChannel, label: string, messages: readonly ChatMessage[]): void {
  if (!logPromptsEnabled()) return;
  log.info(`Prompt (${label}):\n${chatAsText(messages)}`);
}

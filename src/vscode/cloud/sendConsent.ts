import { createHash } from "node:crypto";
import * as vscode from "vscode";
import type { ChatMessage } from "../../core/chat";

const alwaysAllowKey = "tailor.cloud.alwaysAllow";
const lastApprovedKey = "tailor.cloud.lastApprovedHash";

/**
 * Nothing leaves the machine without consent: before a send, Tailor shows exactly what will be
 * sent and where, and asks. It asks again whenever the content differs from what was last
 * approved, unless the user chose "always allow" for this workspace.
 */
export async function confirmSend(state: vscode.Memento, destination: string, model: string, messages: readonly ChatMessage[]): Promise<boolean> {
  if (state.get<boolean>(alwaysAllowKey, false)) return true;
  const body = messages.map((message) => `### ${message.role}\n\n${message.content}`).join("\n\n");
  const hash = createHash("sha256").update(`${destination}\n${model}\n${body}`).digest("hex");
  if (state.get<string>(lastApprovedKey) === hash) return true;

  const preview = await vscode.workspace.openTextDocument({
    language: "markdown",
    content: `# What Tailor will send\n\n- **To:** ${destination}\n- **Model:** ${model}\n- **Size:** ${body.length.toLocaleString("en")} characters\n\nYour API key is sent in a header and is not shown here.\n\n---\n\n${body}\n`,
  });
  await vscode.window.showTextDocument(preview, { viewColumn: vscode.ViewColumn.Beside, preview: true, preserveFocus: true });
  const pick = await vscode.window.showQuickPick(
    [
      { label: "$(cloud-upload) Send", detail: `Send what the preview shows to ${destination}`, choice: "send" as const },
      { label: "$(workspace-trusted) Always allow for this workspace", detail: "Send now and stop asking in this workspace", choice: "always" as const },
      { label: "$(close) Cancel", detail: "Send nothing", choice: "cancel" as const },
    ],
    { title: `Tailor: Send ${body.length.toLocaleString("en")} characters to ${new URL(destination).host}?`, ignoreFocusOut: true },
  );
  if (!pick || pick.choice === "cancel") return false;
  if (pick.choice === "always") await state.update(alwaysAllowKey, true);
  await state.update(lastApprovedKey, hash);
  return true;
}

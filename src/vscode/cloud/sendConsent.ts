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

const serverAllowedKey = (origin: string) => `tailor.catalog.alwaysAllow:${origin}`;

/**
 * A catalog run on an inference server (tailor.catalog.endpoint) sends every product's brief there.
 * A self-hosted server is not "the cloud", but nothing leaves the machine unasked: each run names the
 * server and model once, before any product is sent. "Always" is remembered per workspace and per
 * server (scheme, host and port), so a changed endpoint asks again.
 */
export async function confirmServerRun(
  state: vscode.Memento,
  server: { readonly endpoint: string; readonly model: string },
  products: number,
  token?: vscode.CancellationToken,
): Promise<boolean> {
  const url = new URL(server.endpoint);
  if (state.get<boolean>(serverAllowedKey(url.origin), false)) return true;
  const briefs = products === 1 ? "1 product's brief" : `${products.toLocaleString("en")} products' briefs`;
  const pick = await vscode.window.showQuickPick(
    [
      { label: "$(cloud-upload) Send", detail: `Write them on ${server.endpoint}: each brief goes there with the industry guidance and brand voice`, choice: "send" as const },
      { label: `$(workspace-trusted) Always send to ${url.host} from this workspace`, detail: "Send now and stop asking for this server in this workspace", choice: "always" as const },
      { label: "$(close) Cancel", detail: "Send nothing and write nothing", choice: "cancel" as const },
    ],
    { title: `Tailor: Send ${briefs} to ${url.host} (model ${server.model})?`, ignoreFocusOut: true },
    token,
  );
  if (!pick || pick.choice === "cancel") return false;
  if (pick.choice === "always") await state.update(serverAllowedKey(url.origin), true);
  return true;
}

import * as vscode from "vscode";
import type { CuratedModel } from "../../core/models/modelList";
import { formatBytes } from "../../core/text/formatBytes";

/**
 * Shows a model's size and license before it is downloaded. Models with their own terms (Gemma,
 * Llama) need an explicit "Accept"; the license can be opened from the dialog.
 */
export async function confirmDownload(label: string, sizeBytes: number | undefined, curatedModel: CuratedModel | undefined): Promise<boolean> {
  const size = sizeBytes ? ` (about ${formatBytes(sizeBytes)})` : "";
  const license = curatedModel?.license;
  const detail = license
    ? `License: ${license.name}. ${license.requiresAcceptance ? "This model has its own terms: read them before you accept." : ""}\n${license.url}`
    : "Check the model's license on its page before you use it.";
  const accept = license?.requiresAcceptance ? "Accept License and Download" : "Download";
  for (;;) {
    const choice = await vscode.window.showInformationMessage(`Download ${label}${size}?`, { modal: true, detail }, accept, ...(license ? ["View License"] : []));
    if (choice === "View License" && license) {
      await vscode.env.openExternal(vscode.Uri.parse(license.url));
      continue;
    }
    return choice === accept;
  }
}

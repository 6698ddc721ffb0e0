import * as vscode from "vscode";
import { curatedModels, fileNameOfUri, type CuratedModel } from "../../core/models/modelList";
import { formatBytes } from "../../core/text/formatBytes";
import { readSettings } from "../settings";
import type { TailorServices } from "../tailorServices";
import { writeModel } from "../settings";
import { browseForModel } from "./browseForModel";
import { downloadWithProgress } from "./downloadWithProgress";
import { confirmDownload } from "./licenseConsent";
import type { DownloadedModel } from "../../core/models/downloadedModel";

type ModelPick = vscode.QuickPickItem & (
  | { readonly action: "use"; readonly model: DownloadedModel }
  | { readonly action: "download"; readonly model: CuratedModel }
  | { readonly action: "browse" }
);

/**
 * "Tailor: Select Model": the models on this machine first (the one in use marked), then the curated
 * models not yet downloaded, then a file browser. The choice is written to user settings.
 * Returns true when a model was chosen (and is on this machine).
 */
export async function selectModel(services: TailorServices): Promise<boolean> {
  const settings = readSettings();
  const inUse = services.store.resolve(settings).localPath;
  const downloaded = await services.store.listDownloaded(settings);
  const downloadedNames = new Set(downloaded.map((model) => model.fileName));
  // A file chosen elsewhere on disk is on this machine too, and may be the one in use.
  const inUseFile = inUse && !downloaded.some((model) => model.path === inUse) ? await services.store.describeFile(inUse) : undefined;
  const onThisMachine = inUseFile ? [...downloaded, inUseFile] : downloaded;
  const items: (ModelPick | vscode.QuickPickItem)[] = [];
  if (onThisMachine.length > 0) items.push({ label: "On this machine", kind: vscode.QuickPickItemKind.Separator });
  for (const model of onThisMachine) {
    const using = model.path === inUse;
    items.push({
      label: `${using ? "$(check) " : ""}${model.curatedModel?.displayName ?? model.fileName}`,
      description: `${formatBytes(model.sizeBytes)}${using ? " · in use" : ""}`,
      detail: model.path,
      action: "use",
      model,
    });
  }
  items.push({ label: "Catalog", kind: vscode.QuickPickItemKind.Separator });
  for (const model of curatedModels.filter((m) => !downloadedNames.has(fileNameOfUri(m.uri)))) {
    items.push({
      label: `$(cloud-download) ${model.displayName}${model.default ? " (recommended)" : ""}`,
      description: `${formatBytes(model.sizeBytes)} · download`,
      detail: `${model.parameters} parameters · ${model.quantization} · ${model.contextLength.toLocaleString("en")} tokens of context · ${model.license.name}`,
      action: "download",
      model,
    });
  }
  items.push({ label: "", kind: vscode.QuickPickItemKind.Separator });
  items.push({ label: "$(folder-opened) Browse for a .gguf file…", action: "browse" });

  const pick = (await vscode.window.showQuickPick(items, {
    title: "Tailor: Select Model",
    placeHolder: "Models on this machine, and the curated small models for product copy",
    matchOnDescription: true,
    matchOnDetail: true,
  })) as ModelPick | undefined;
  if (!pick) return false;
  switch (pick.action) {
    case "use":
      await writeModel(services.store.settingValueFor(pick.model));
      return true;
    case "download": {
      if (!(await confirmDownload(pick.model.displayName, pick.model.sizeBytes, pick.model))) return false;
      const path = await downloadWithProgress(
        { uri: pick.model.uri, directory: services.store.directory(settings), label: pick.model.displayName, expectedSizeBytes: pick.model.sizeBytes },
        settings,
        services.extensionPath,
        (message, actions) => services.messages.error(message, actions),
      );
      if (!path) return false;
      await writeModel(pick.model.id);
      return true;
    }
    case "browse":
      return browseForModel();
  }
}

import * as vscode from "vscode";
import { formatBytes } from "../../core/text/formatBytes";
import { readSettings } from "../settings";
import type { TailorServices } from "../tailorServices";
import type { DownloadedModel } from "../../core/models/downloadedModel";

/** "Tailor: Manage Models": shows the downloaded models and their disk use, and deletes one after confirmation. */
export async function manageModels(services: TailorServices): Promise<void> {
  const settings = readSettings();
  const downloaded = await services.store.listDownloaded(settings);
  const directory = services.store.directory(settings);
  if (downloaded.length === 0) {
    services.messages.info(`No models are downloaded in ${directory}.`, { "Select Model": () => vscode.commands.executeCommand("tailor.selectModel") });
    return;
  }
  const total = downloaded.reduce((sum, model) => sum + model.sizeBytes, 0);
  const inUse = services.store.resolve(settings).localPath;
  const pick = await vscode.window.showQuickPick(
    downloaded.map((model) => ({
      label: `$(trash) ${model.curatedModel?.displayName ?? model.fileName}`,
      description: `${formatBytes(model.sizeBytes)}${model.path === inUse ? " · in use" : ""}`,
      detail: model.path,
      model,
    })),
    { title: `Tailor: Manage Models — ${downloaded.length} model(s) use ${formatBytes(total)} in ${directory}`, placeHolder: "Choose a model to delete" },
  );
  if (!pick) return;
  await deleteAfterConfirmation(services, pick.model, pick.model.path === inUse);
}

async function deleteAfterConfirmation(services: TailorServices, model: DownloadedModel, inUse: boolean): Promise<void> {
  const name = model.curatedModel?.displayName ?? model.fileName;
  const choice = await vscode.window.showWarningMessage(
    `Delete ${name} (${formatBytes(model.sizeBytes)})?`,
    { modal: true, detail: `${model.path}${inUse ? "\nIt is the model in use: Tailor will ask for another one next time." : ""}` },
    "Delete",
  );
  if (choice !== "Delete") return;
  if (inUse) await services.engine.unload();
  await services.store.delete(model);
  services.refreshModel();
  services.messages.info(`Deleted ${name}; ${formatBytes(model.sizeBytes)} freed.`);
}

import * as vscode from "vscode";
import { defaultCuratedModel, type CuratedModel } from "../../core/models/modelList";
import { formatBytes } from "../../core/text/formatBytes";
import { readSettings } from "../settings";
import type { TailorServices } from "../tailorServices";
import { downloadWithProgress } from "./downloadWithProgress";
import { confirmDownload } from "./licenseConsent";
import { writeModel } from "../settings";
import { browseForModel } from "./browseForModel";

/**
 * Makes sure the configured model is on this machine before a command needs it: with no model
 * it offers the default curated model or a file (first run); a curated or hf: model that is not
 * downloaded yet is downloaded after the user confirms. Returns false when the user declined.
 */
export async function ensureModelReady(services: TailorServices): Promise<boolean> {
  const settings = readSettings();
  const resolved = services.store.resolve(settings);
  switch (resolved.reference.kind) {
    case "file":
      return true;
    case "none":
      return offerFirstModel(services);
    case "unknown":
      services.messages.error(
        `tailor.model is "${resolved.reference.value}", which is neither a curated model id, an hf: URI nor an absolute path to a .gguf file.`,
        { "Select Model": () => vscode.commands.executeCommand("tailor.selectModel") },
      );
      return false;
  }
  if (resolved.present) return true;
  if (!(await download(services, { uri: resolved.downloadUri!, label: resolved.label, curatedModel: resolved.curatedModel }))) return false;
  services.refreshModel();
  return true;
}

/** Downloads a model after the user confirms its size and license; false when declined or failed. */
async function download(services: TailorServices, model: { uri: string; label: string; curatedModel?: CuratedModel }): Promise<boolean> {
  const settings = readSettings();
  const size = model.curatedModel?.sizeBytes;
  if (!(await confirmDownload(model.label, size, model.curatedModel))) return false;
  const path = await downloadWithProgress(
    { uri: model.uri, directory: services.store.directory(settings), label: model.label, expectedSizeBytes: size },
    settings,
    services.extensionPath,
    (message, actions) => services.messages.error(message, actions),
  );
  return path !== undefined;
}

async function offerFirstModel(services: TailorServices): Promise<boolean> {
  const model = defaultCuratedModel();
  const downloadChoice = `Download ${model.displayName} (${formatBytes(model.sizeBytes)})`;
  const choice = await vscode.window.showInformationMessage(
    "Tailor needs a language model to write with. It runs on this machine; nothing you write leaves it.",
    { modal: true, detail: `${model.displayName} suits product copy and runs well on an 8 GB laptop. License: ${model.license.name}.` },
    downloadChoice,
    "Browse for a .gguf File…",
    "Choose from the Catalog…",
  );
  if (choice === downloadChoice) {
    // The setting changes only once the file is here: a failed download must leave no
    // "(not downloaded)" model behind.
    if (!(await download(services, { uri: model.uri, label: model.displayName, curatedModel: model }))) return false;
    await writeModel(model.id);
    services.refreshModel();
    return true;
  }
  if (choice === "Browse for a .gguf File…") return browseForModel();
  if (choice === "Choose from the Catalog…") return (await vscode.commands.executeCommand<boolean>("tailor.selectModel")) === true;
  return false;
}

import { existsSync } from "node:fs";
import { readdir, rm, stat } from "node:fs/promises";
import * as path from "node:path";
import type * as vscode from "vscode";
import type { DownloadedModel } from "../../core/models/downloadedModel";
import { curatedModels, fileNameOfUri, type CuratedModel } from "../../core/models/modelList";
import { downloadUriOf, localPathOf, parseModelReference, type ModelReference } from "../../core/models/modelReference";
import type { TailorSettings } from "../settings";

/** The configured model, resolved to this machine. */
export interface ResolvedModel {
  readonly reference: ModelReference;
  /** Where its file is, or will be once downloaded. */
  readonly localPath?: string;
  readonly present: boolean;
  /** Set for curated and hf: models. */
  readonly downloadUri?: string;
  readonly curatedModel?: CuratedModel;
  /** What to call it in the UI before its header has been read. */
  readonly label: string;
}

/** Where downloaded models live, and what is there. */
export class ModelStore {
  constructor(private readonly globalStorage: vscode.Uri) {}

  directory(settings: TailorSettings): string {
    return settings.modelsDirectory || path.join(this.globalStorage.fsPath, "models");
  }

  resolve(settings: TailorSettings): ResolvedModel {
    const reference = parseModelReference(settings.model);
    const localPath = localPathOf(reference, this.directory(settings));
    const curatedModel = reference.kind === "catalog" ? reference.model : undefined;
    const label =
      curatedModel?.displayName ??
      (reference.kind === "hf" ? fileNameOfUri(reference.uri) : reference.kind === "file" ? path.basename(reference.path, ".gguf") : "no model");
    return { reference, localPath, present: localPath !== undefined && existsSync(localPath), downloadUri: downloadUriOf(reference), curatedModel, label };
  }

  /** Complete .gguf files in the models directory; partial downloads have other names. */
  async listDownloaded(settings: TailorSettings): Promise<DownloadedModel[]> {
    const directory = this.directory(settings);
    const names = await readdir(directory).catch(() => [] as string[]);
    const models: DownloadedModel[] = [];
    for (const fileName of names.filter((name) => name.endsWith(".gguf")).sort()) {
      const model = await this.describeFile(path.join(directory, fileName));
      if (model) models.push(model);
    }
    return models;
  }

  /** A model file anywhere on this machine, or undefined when there is no such file. */
  async describeFile(filePath: string): Promise<DownloadedModel | undefined> {
    const info = await stat(filePath).catch(() => undefined);
    if (!info?.isFile()) return undefined;
    const fileName = path.basename(filePath);
    const curatedModel = curatedModels.find((model) => fileNameOfUri(model.uri) === fileName);
    return { path: filePath, fileName, sizeBytes: info.size, curatedModel };
  }

  async delete(model: DownloadedModel): Promise<void> {
    await rm(model.path, { force: true });
  }

  /** The tailor.model value that names a downloaded file best: its curated model id if it has one. */
  settingValueFor(model: DownloadedModel): string {
    return model.curatedModel?.id ?? model.path;
  }
}

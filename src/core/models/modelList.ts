import modelListData from "./modelList.json";

export interface ModelLicense {
  readonly name: string;
  readonly url: string;
  /** Gemma and Llama have their own terms: the user must see and accept them before a download. */
  readonly requiresAcceptance: boolean;
}

export interface CuratedModel {
  readonly id: string;
  readonly displayName: string;
  readonly parameters: string;
  readonly quantization: string;
  /** Approximate download size, for display and the disk-space check. */
  readonly sizeBytes: number;
  readonly contextLength: number;
  readonly license: ModelLicense;
  /** node-llama-cpp's model URI format: hf:owner/repo/file.gguf */
  readonly uri: string;
  readonly chatFormat: string;
  readonly default?: boolean;
}

export class ModelListError extends Error {
  override readonly name = "ModelListError";
}

/** Validates the model list, so a bad edit to modelList.json fails the tests, not a user. */
export function parseModelList(data: unknown): readonly CuratedModel[] {
  const models = (data as { models?: unknown }).models;
  if (!Array.isArray(models) || models.length === 0) throw new ModelListError("The model list has no models.");
  const seen = new Set<string>();
  const parsed = models.map((entry: unknown, index) => {
    const where = `model list entry ${index}`;
    if (typeof entry !== "object" || entry === null) throw new ModelListError(`${where} is not an object`);
    const model = entry as Record<string, unknown>;
    for (const key of ["id", "displayName", "parameters", "quantization", "uri", "chatFormat"]) {
      if (typeof model[key] !== "string" || (model[key] as string).length === 0) throw new ModelListError(`${where} lacks "${key}"`);
    }
    for (const key of ["sizeBytes", "contextLength"]) {
      if (typeof model[key] !== "number" || !((model[key] as number) > 0)) throw new ModelListError(`${where} lacks a positive "${key}"`);
    }
    const license = model.license as Record<string, unknown> | undefined;
    if (!license || typeof license.name !== "string" || typeof license.url !== "string" || typeof license.requiresAcceptance !== "boolean") {
      throw new ModelListError(`${where} lacks a complete "license"`);
    }
    if (!/^hf:[^/\s]+\/[^/\s]+\/\S+\.gguf$/.test(model.uri as string)) throw new ModelListError(`${where} has a URI that is not hf:owner/repo/file.gguf`);
    if (seen.has(model.id as string)) throw new ModelListError(`${where} repeats the id ${String(model.id)}`);
    seen.add(model.id as string);
    return entry as CuratedModel;
  });
  if (parsed.filter((model) => model.default).length !== 1) throw new ModelListError("Exactly one curated model must be the default.");
  return parsed;
}

export const curatedModels: readonly CuratedModel[] = parseModelList(modelListData);

export function defaultCuratedModel(models: readonly CuratedModel[] = curatedModels): CuratedModel {
  return models.find((model) => model.default) ?? models[0];
}

export function findCuratedModel(id: string, models: readonly CuratedModel[] = curatedModels): CuratedModel | undefined {
  return models.find((model) => model.id === id);
}

/** The largest curated model whose file fits in `bytes`, to offer when a model is too big. */
export function largestModelWithin(bytes: number, models: readonly CuratedModel[] = curatedModels): CuratedModel | undefined {
  return [...models].filter((model) => model.sizeBytes <= bytes).sort((a, b) => b.sizeBytes - a.sizeBytes)[0];
}

/** The file name a curated or hf: model is stored under once downloaded. */
export function fileNameOfUri(uri: string): string {
  return uri.slice(uri.lastIndexOf("/") + 1);
}

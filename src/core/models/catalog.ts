import catalogData from "./catalog.json";

export interface CatalogLicense {
  readonly name: string;
  readonly url: string;
  /** Gemma and Llama have their own terms: the user must see and accept them before a download. */
  readonly requiresAcceptance: boolean;
}

export interface CatalogModel {
  readonly id: string;
  readonly displayName: string;
  readonly parameters: string;
  readonly quantization: string;
  /** Approximate download size, for display and the disk-space check. */
  readonly sizeBytes: number;
  readonly contextLength: number;
  readonly license: CatalogLicense;
  /** node-llama-cpp's model URI format: hf:owner/repo/file.gguf */
  readonly uri: string;
  readonly chatFormat: string;
  readonly default?: boolean;
}

export class CatalogError extends Error {
  override readonly name = "CatalogError";
}

/** Validates catalog data, so a bad edit to catalog.json fails the tests, not a user. */
export function parseCatalog(data: unknown): readonly CatalogModel[] {
  const models = (data as { models?: unknown }).models;
  if (!Array.isArray(models) || models.length === 0) throw new CatalogError("The catalog has no models.");
  const seen = new Set<string>();
  const parsed = models.map((entry: unknown, index) => {
    const where = `catalog entry ${index}`;
    if (typeof entry !== "object" || entry === null) throw new CatalogError(`${where} is not an object`);
    const model = entry as Record<string, unknown>;
    for (const key of ["id", "displayName", "parameters", "quantization", "uri", "chatFormat"]) {
      if (typeof model[key] !== "string" || (model[key] as string).length === 0) throw new CatalogError(`${where} lacks "${key}"`);
    }
    for (const key of ["sizeBytes", "contextLength"]) {
      if (typeof model[key] !== "number" || !((model[key] as number) > 0)) throw new CatalogError(`${where} lacks a positive "${key}"`);
    }
    const license = model.license as Record<string, unknown> | undefined;
    if (!license || typeof license.name !== "string" || typeof license.url !== "string" || typeof license.requiresAcceptance !== "boolean") {
      throw new CatalogError(`${where} lacks a complete "license"`);
    }
    if (!/^hf:[^/\s]+\/[^/\s]+\/\S+\.gguf$/.test(model.uri as string)) throw new CatalogError(`${where} has a URI that is not hf:owner/repo/file.gguf`);
    if (seen.has(model.id as string)) throw new CatalogError(`${where} repeats the id ${String(model.id)}`);
    seen.add(model.id as string);
    return entry as CatalogModel;
  });
  if (parsed.filter((model) => model.default).length !== 1) throw new CatalogError("Exactly one catalog model must be the default.");
  return parsed;
}

export const modelCatalog: readonly CatalogModel[] = parseCatalog(catalogData);

export function defaultCatalogModel(catalog: readonly CatalogModel[] = modelCatalog): CatalogModel {
  return catalog.find((model) => model.default) ?? catalog[0];
}

export function findCatalogModel(id: string, catalog: readonly CatalogModel[] = modelCatalog): CatalogModel | undefined {
  return catalog.find((model) => model.id === id);
}

/** The largest catalog model whose file fits in `bytes`, to offer when a model is too big. */
export function largestModelWithin(bytes: number, catalog: readonly CatalogModel[] = modelCatalog): CatalogModel | undefined {
  return [...catalog].filter((model) => model.sizeBytes <= bytes).sort((a, b) => b.sizeBytes - a.sizeBytes)[0];
}

/** The file name a catalog or hf: model is stored under once downloaded. */
export function fileNameOfUri(uri: string): string {
  return uri.slice(uri.lastIndexOf("/") + 1);
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1e9) return `${(bytes / 1e9).toFixed(1)} GB`;
  if (bytes >= 1e6) return `${Math.round(bytes / 1e6)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

import * as path from "node:path";
import { fileNameOfUri, findCuratedModel, type CuratedModel } from "./modelList";

/** What the tailor.model setting names: a curated model id, an hf: URI, or a file path. */
export type ModelReference =
  | { readonly kind: "none" }
  | { readonly kind: "catalog"; readonly model: CuratedModel }
  | { readonly kind: "hf"; readonly uri: string }
  | { readonly kind: "file"; readonly path: string }
  | { readonly kind: "unknown"; readonly value: string };

export function parseModelReference(value: string, home = process.env.HOME ?? ""): ModelReference {
  const trimmed = value.trim();
  if (trimmed.length === 0) return { kind: "none" };
  if (trimmed.startsWith("hf:")) return { kind: "hf", uri: trimmed };
  const curatedModel = findCuratedModel(trimmed);
  if (curatedModel) return { kind: "catalog", model: curatedModel };
  if (trimmed.startsWith("~/")) return { kind: "file", path: path.join(home, trimmed.slice(2)) };
  if (path.isAbsolute(trimmed)) return { kind: "file", path: trimmed };
  return { kind: "unknown", value: trimmed };
}

/** Where a reference's file lives (or will live once downloaded) on this machine. */
export function localPathOf(reference: ModelReference, modelsDirectory: string): string | undefined {
  switch (reference.kind) {
    case "file":
      return reference.path;
    case "catalog":
      return path.join(modelsDirectory, fileNameOfUri(reference.model.uri));
    case "hf":
      return path.join(modelsDirectory, fileNameOfUri(reference.uri));
    default:
      return undefined;
  }
}

/** The URI to download a reference from, if it is downloadable. */
export function downloadUriOf(reference: ModelReference): string | undefined {
  if (reference.kind === "catalog") return reference.model.uri;
  if (reference.kind === "hf") return reference.uri;
  return undefined;
}

import type { CuratedModel } from "./modelList";

/** A model file on this machine: one just downloaded, or one found in the models folder. */
export interface DownloadedModel {
  readonly path: string;
  readonly fileName: string;
  readonly sizeBytes: number;
  /** The curated model the file is, when it is one. */
  readonly curatedModel?: CuratedModel;
  /** Known right after a download, which hashes what it writes; a folder listing reads no file back. */
  readonly sha256?: string;
}

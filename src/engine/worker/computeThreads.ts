import type { Llama, LlamaContext, LlamaModel } from "node-llama-cpp" with { "resolution-mode": "import" };
import type { ComputeThreadPool } from "./fusedAddon";
import { fusedTargets } from "./nativeCompletion";

/**
 * How long the pool's threads poll for the next decode before they sleep, on ggml's 0-100 scale
 * (1 is 131,072 spins, a few milliseconds). A token's sampling between two decodes fits inside it;
 * llama.cpp's own default of 50 would keep a core busy for a tenth of a second or more after every
 * request, at every keystroke's ghost text.
 */
const pollLevel = 1;

/**
 * A persistent pool of compute threads for the context, where Tailor's addon fits it; undefined at
 * one thread, or where the addon is missing. Without it, node-llama-cpp's prebuilt llama.cpp (no
 * OpenMP) starts and joins a thread in every decode at 2 threads (bench/README.md, section 24).
 * `TAILOR_COMPUTE_THREAD_POOL=off` leaves it out, for the bench's before and after.
 */
export function attachComputeThreads(llama: Llama, model: LlamaModel, context: LlamaContext): ComputeThreadPool | undefined {
  if (process.env.TAILOR_COMPUTE_THREAD_POOL === "off") return undefined;
  const targets = fusedTargets(llama, model, context);
  if (!targets) return undefined;
  const pool = new targets.addon.ThreadPool(targets.context, targets.model, targets.contextSize, pollLevel);
  return pool.threads > 0 ? pool : undefined;
}

import { freemem } from "node:os";
import type { Llama } from "node-llama-cpp" with { "resolution-mode": "import" };
import { formatGigabytes } from "../../core/text/formatBytes";

// eslint-disable-next-line @typescript-eslint/consistent-type-imports
type NodeLlamaCpp = typeof import("node-llama-cpp", { with: { "resolution-mode": "import" } });

export interface MemoryEstimate {
  readonly modelBytes: number;
  readonly contextBytes: number;
  readonly availableBytes: number;
}

/**
 * A model that does not fit must be refused before llama.cpp tries: an allocation failure there
 * can abort the process, or push the machine into swap. TAILOR_TEST_MEMORY_CEILING_BYTES lowers
 * the ceiling; only tests set it, to prove the refusal without a model larger than the machine.
 */
export async function memoryEstimator(lib: NodeLlamaCpp, llama: Llama, modelPath: string): Promise<(contextSize: number, sequences: number) => MemoryEstimate> {
  // The file's header is read once; each estimate after that is arithmetic.
  const info = await lib.readGgufFileInfo(modelPath);
  const insights = await lib.GgufInsights.from(info, llama);
  return (contextSize, sequences) => {
    const context = insights.estimateContextResourceRequirements({ contextSize, modelGpuLayers: 0, sequences });
    const ceiling = Number(process.env.TAILOR_TEST_MEMORY_CEILING_BYTES);
    return {
      // The weights end up resident whether read or memory-mapped.
      modelBytes: insights.modelSize,
      contextBytes: context.cpuRam,
      availableBytes: Number.isFinite(ceiling) && ceiling > 0 ? Math.min(ceiling, freemem()) : freemem(),
    };
  };
}

export class InsufficientMemoryError extends Error {
  override readonly name = "InsufficientMemoryError";
  constructor(readonly estimate: MemoryEstimate) {
    super(`The model needs about ${formatGigabytes(estimate.modelBytes + estimate.contextBytes, 2)} of memory (${formatGigabytes(estimate.modelBytes, 2)} of weights, ${formatGigabytes(estimate.contextBytes, 2)} of context) but only ${formatGigabytes(estimate.availableBytes, 2)} is free.`);
  }
}


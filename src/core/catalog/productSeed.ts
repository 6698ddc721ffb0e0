import { createHash } from "node:crypto";

/**
 * Each product's seed depends only on the run's seed and the product's key, so its copy is the
 * same whatever order, parallelism or resume the run went through.
 */
export function productSeed(seed: number, key: string): number {
  return createHash("sha256").update(`${seed}\u0000${key}`).digest().readUInt32BE(0);
}

import type { LlamaContextSequence, Token } from "node-llama-cpp" with { "resolution-mode": "import" };

/**
 * node-llama-cpp reads a whole prompt in one queued decode and looks at the abort signal only
 * between generated tokens, so a cancel during a long prompt waited for all of it (7 s in the
 * workbench). Evaluating the prompt here a chunk at a time, with the signal checked between
 * chunks, bounds that wait by one chunk; the generation call that follows finds the prompt in
 * the sequence's cache and evaluates only what is left.
 */

/** Each chunk should take about this long, so a cancel waits at most about this much. */
const chunkBudgetMs = 150;
/**
 * Chunks are whole multiples of this. On one CPU thread llama.cpp read prompts 16 to 48 tokens
 * a batch at 55-90% of the speed of a 512-token batch (SmolLM2 135M, Gemma 3 270M), and 64
 * tokens or more a batch at full speed: a smaller chunk would slow every prompt down.
 */
const chunkBlockTokens = 64;
/**
 * Past this share of the context node-llama-cpp trims or compresses the prompt before reading
 * it, so the tokens it evaluates are no longer these: preloading them would be wasted work.
 */
const largestPreloadShare = 0.9;

/**
 * Brings `sequence` to hold all of `tokens` but the last (the generation must evaluate at least
 * one token itself), reusing whatever prefix it already holds, and reports the tokens held after
 * each chunk. Returns false when `signal` aborted before the prompt was read.
 */
export async function evaluatePromptInChunks(
  sequence: LlamaContextSequence,
  tokens: readonly Token[],
  signal: AbortSignal,
  onChunkRead: (read: number, total: number) => void,
  /** Runs each of node-llama-cpp's decodes here alone on the context (nativeChat.ts). */
  exclusive: <T>(work: () => Promise<T>) => Promise<T> = (work) => work(),
): Promise<boolean> {
  if (signal.aborted) return false;
  const prompt = tokens.slice(0, -1);
  if (prompt.length > sequence.contextSize * largestPreloadShare) return true;
  await exclusive(() => sequence.adaptStateToTokens(prompt, false));
  let chunkTokens = chunkBlockTokens;
  while (sequence.nextTokenIndex < prompt.length) {
    if (signal.aborted) return false;
    const start = sequence.nextTokenIndex;
    const chunk = prompt.slice(start, start + chunkTokens);
    // Timed inside, so that waiting for the chat loop's step does not shrink the next chunk.
    const chunkMs = await exclusive(async () => {
      const started = performance.now();
      await sequence.evaluateWithoutGeneratingNewTokens(chunk);
      return performance.now() - started;
    });
    chunkTokens = nextChunkTokens(chunk.length, chunkMs, sequence.context.batchSize);
    onChunkRead(sequence.nextTokenIndex, tokens.length);
  }
  return !signal.aborted;
}

/**
 * Sizes the next chunk to the budget from the speed of the last one: one block on a slow CPU, up
 * to a whole batch on a GPU, where a chunk takes milliseconds and splitting would only cost speed.
 */
export function nextChunkTokens(lastTokens: number, lastMs: number, batchSize: number): number {
  const fitting = (lastTokens / Math.max(lastMs, 1)) * chunkBudgetMs;
  const blocks = Math.max(1, Math.floor(fitting / chunkBlockTokens));
  return Math.max(1, Math.min(batchSize, blocks * chunkBlockTokens));
}

/** Small statistics for benchmark samples. */
export function median(values: readonly number[]): number {
  return percentile(values, 50);
}

export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = (p / 100) * (sorted.length - 1);
  const low = Math.floor(rank);
  const high = Math.ceil(rank);
  return sorted[low] + (sorted[high] - sorted[low]) * (rank - low);
}

export function fixed(value: number, digits = 1): string {
  return Number.isFinite(value) ? value.toFixed(digits) : "n/a";
}

/** The chat path against llama-bench at the depth its answer starts at, over a bench's rounds. */
export interface ChatDepth {
  /** The chat's whole prompt, in tokens. */
  readonly tokens: number;
  /** llama-bench's tg128 after that many tokens, median of rounds. */
  readonly native: number;
  /** The engine's chat rate over llama-bench's at that depth, in each round. */
  readonly ratioByRound: readonly number[];
}

/** The rounds' chat figures: the engine's runs, each with llama-bench at its chat's depth in the same round. */
export function chatDepthOf(engine: readonly { chatGenTokPerS: number; chatPromptTokens: number }[], nativeAtChatDepth: readonly number[]): ChatDepth {
  return {
    tokens: median(engine.map((run) => run.chatPromptTokens)),
    native: median(nativeAtChatDepth),
    ratioByRound: engine.map((run, i) => run.chatGenTokPerS / nativeAtChatDepth[i]!),
  };
}

export const chatDepthHeader = "chat prompt | llama-bench tg128 at its depth | chat/native at its depth (by round)";

export function chatDepthCells(depth: ChatDepth): string {
  return `${fixed(depth.tokens, 0)} tokens | ${fixed(depth.native)} | **${fixed(median(depth.ratioByRound), 2)}** (${depth.ratioByRound.map((ratio) => fixed(ratio, 2)).join(", ")})`;
}

export const chatDepthNote =
  "The chat answers after its template and node-llama-cpp's default system turn, raw completion after the bench's short prompt: chat/raw also holds the attention over those extra tokens, which llama-bench pays as much at that depth.";

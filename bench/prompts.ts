/**
 * The texts every layer is measured with, so native, direct and engine runs do the same work.
 * A unique opening per run defeats the prompt cache: every prompt-processing run is cold.
 */
const sentence = "Soft merino wool socks with a cushioned sole keep hikers warm and dry on long trails. ";

/** A long sample, measured once on the model to find its characters per token. */
export const calibrationText = sentence.repeat(30);

/** About `targetTokens` tokens of text, given the model's measured characters per token. */
export function promptOfTokens(run: number, targetTokens: number, charsPerToken: number): string {
  const length = Math.round(targetTokens * charsPerToken);
  return `Run ${run}. ${sentence.repeat(Math.ceil(length / sentence.length))}`.slice(0, length);
}

export const shortPrompt = "Write a product description: ";
export const generationTokens = 128;
export const promptTokens = 512;

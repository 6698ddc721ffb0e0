import type { PromptBudget } from "../core/fitPrompt";

/**
 * What a prompt may take of the context: at least half of it is kept for the prompt, however
 * high maxTokens is set, since an answer rarely needs all of its limit (a description takes a few
 * hundred tokens) while guidance cut to nothing always costs quality.
 */
export function promptBudget(contextTokens: number, maxTokens: number): PromptBudget {
  return { contextTokens, answerTokens: Math.min(maxTokens, Math.floor(contextTokens / 2)) };
}

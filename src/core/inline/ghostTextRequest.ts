import { inlinePrompt } from "./inlinePrompt";
import { promptWindow } from "./promptWindow";

/** Text before the cursor that a request sends at most; about 1,000 tokens of prose. */
const maxPromptChars = 4_000;
/** A little randomness keeps a model from looping on the document's own phrases. */
const temperature = 0.2;

export interface GhostTextRequest {
  /** The bounded text before the cursor the prompt ends with; suggestions are cached by it. */
  readonly window: string;
  /** What the engine's raw completion is asked. */
  readonly completion: {
    readonly prompt: string;
    readonly suffix?: string;
    readonly maxTokens: number;
    readonly temperature: number;
  };
}

/**
 * The raw-completion request ghost text makes for the text around the cursor: the editor's
 * provider and the ghost-text eval (bench/ghostTextEval.ts) both ask the model through this.
 */
export function ghostTextRequest(textBeforeCursor: string, textAfterCursor: string, maxTokens: number, guidance?: string): GhostTextRequest {
  const window = promptWindow(textBeforeCursor, maxPromptChars);
  return {
    window,
    completion: { prompt: inlinePrompt(window, guidance), suffix: textAfterCursor.trim() ? textAfterCursor : undefined, maxTokens, temperature },
  };
}

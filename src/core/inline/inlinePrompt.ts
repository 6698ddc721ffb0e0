import { defaultProfileGuidance } from "../profiles/defaultProfile";

/**
 * A raw-completion prompt: the profile's guidance as a constant preamble, then the document.
 * The preamble never changes between keystrokes, so the model's cache keeps it.
 */
export function inlinePrompt(window: string, guidance?: string): string {
  return `${guidance ?? defaultProfileGuidance}\n\n---\n\n${window}`;
}

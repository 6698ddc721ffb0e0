import type { EngineError } from "../engine/engineTypes";

/** What a user of the editor can do about an engine failure, in the settings they have there. */
export function editorAdviceFor(error: EngineError): string | undefined {
  if (error.code === "contextOverflow") return "Raise tailor.contextSize, lower tailor.generation.maxTokens, or shorten the facts.";
  return undefined;
}

import type { EngineError } from "../engine/engineTypes";

/** What a user of the command line can do about an engine failure, in its options. */
export function cliAdviceFor(error: EngineError): string | undefined {
  if (error.code === "contextOverflow") return "Raise --context-size, lower --max-tokens, or shorten the facts.";
  return undefined;
}

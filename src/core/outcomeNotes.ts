import { countOf } from "./text/english";

/** The footer of a cancelled generation: what was kept, and only when something was written. */
export function cancelledNote(tokens: number): string {
  return tokens > 0
    ? `Stopped: cancelled after ${countOf(tokens, "token")}. What the model had written is kept above.`
    : "Stopped: cancelled before the model wrote anything.";
}

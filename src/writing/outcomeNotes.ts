import { countOf } from "../core/text/english";
import type { WriteOutcome } from "./writeCopy";

/** How a surface names its own knobs in a message: a setting in the editor, an option on the command line. */
export interface SurfaceTerms {
  /** tailor.generation.maxTokens, or --max-tokens. */
  readonly maxTokens: string;
}

/** What to tell the user about a finished write; each surface adds only where to look. */
export interface OutcomeNotes {
  readonly cancelled?: string;
  readonly incomplete?: string;
  readonly flagged?: string;
  /** Statements the brief does not back, after the rewrite. */
  readonly unsupported?: string;
  /** Sentences taken out because they stated what the brief does not give. */
  readonly removed?: string;
}

/** The footer of a cancelled generation: what was kept, and only when something was written. */
export function cancelledNote(tokens: number): string {
  return tokens > 0
    ? `Stopped: cancelled after ${countOf(tokens, "token")}. What the model had written is kept above.`
    : "Stopped: cancelled before the model wrote anything.";
}

/** The notes for an outcome, written once for the commands, the panel, catalog runs and the CLI. */
export function outcomeNotes(outcome: WriteOutcome<unknown>, terms: SurfaceTerms, maxTokens: number): OutcomeNotes {
  const missing = outcome.missing.join(", ");
  const claims = outcome.findings.filter((finding) => finding.check !== "grounding");
  const unsupported = outcome.findings.filter((finding) => finding.check === "grounding");
  const quoted = [...new Set(claims.map((finding) => `"${finding.text}"`))].join(", ");
  const backed = [...new Set(unsupported.map((finding) => `"${finding.text}"${finding.briefValue === undefined ? "" : ` (the brief says "${finding.briefValue}")`}`))].join(", ");
  return {
    ...(outcome.status === "cancelled" ? { cancelled: cancelledNote(outcome.result.tokens) } : {}),
    ...(outcome.status === "incomplete"
      ? {
          incomplete:
            outcome.result.stopReason === "maxTokens"
              ? `Incomplete: the model reached ${terms.maxTokens} (${maxTokens}) before writing ${missing}. Raise it and generate again.`
              : `Incomplete: the model's answer lacked ${missing}.`,
        }
      : {}),
    ...(claims.length > 0 ? { flagged: `Flagged: even after a rewrite this copy breaks ${claims.length} rule(s): ${quoted}.` } : {}),
    ...(unsupported.length > 0 ? { unsupported: `Unsupported: the brief does not back ${backed}.` } : {}),
    ...(outcome.removed.length > 0 ? { removed: removedNote(outcome.removed) } : {}),
  };
}

/** Names what was taken out or replaced, so the user can put a true fact into the brief rather than lose it. */
function removedNote(statements: WriteOutcome<unknown>["removed"]): string {
  const quote = (list: typeof statements) => {
    const shown = 3;
    // A sentence written in two fields (a paragraph and the meta description) is named once.
    const quoted = [...new Set(list.map((statement) => `"${statement.text}" (${statement.finding.text})`))];
    return `${quoted.slice(0, shown).join(", ")}${quoted.length > shown ? ` and ${quoted.length - shown} more` : ""}`;
  };
  const removed = statements.filter((statement) => statement.replacedBy === undefined);
  const replaced = statements.filter((statement) => statement.replacedBy !== undefined);
  return [
    removed.length > 0 ? `Removed ${countOf(removed.length, "sentence")} stating what the brief does not give: ${quote(removed)}.` : "",
    replaced.length > 0 ? `Replaced ${countOf(replaced.length, "part")} with the brief's own words: ${quote(replaced)}.` : "",
    "If it is true, add it to the brief's facts and generate again.",
  ]
    .filter(Boolean)
    .join(" ");
}

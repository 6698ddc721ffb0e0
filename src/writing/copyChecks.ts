import { checkClaims } from "../core/claims/checkClaims";
import type { ClaimRule } from "../core/claims/claimRule";

/** Something a check found in finished copy, in the copy's own offsets. */
export interface CopyFinding {
  /** Which check found it ("claims"), so a surface can group and explain findings. */
  readonly check: string;
  /** The rule (or kind) that fired, as a short id for summaries and journals. */
  readonly id: string;
  readonly start: number;
  readonly end: number;
  /** The words in the copy. */
  readonly text: string;
  readonly reason: string;
  /** What the single rewrite is told, stated outright. */
  readonly rewriteNote: string;
}

/**
 * One check the writing loop runs on every finished draft. Checks are a list, so the claim check,
 * the grounding check and a channel's rules plug in the same way.
 */
export interface CopyCheck {
  readonly name: string;
  check(copy: string): readonly CopyFinding[];
}

/** The industry profile's and brand's rules (claimRulesFor) as a check. */
export function claimsCheck(rules: readonly ClaimRule[]): CopyCheck {
  return {
    name: "claims",
    check: (copy) =>
      checkClaims(copy, rules).map((finding) => ({
        check: "claims",
        id: finding.ruleId,
        start: finding.start,
        end: finding.end,
        text: finding.matchedText,
        reason: finding.reason,
        rewriteNote: `"${finding.matchedText}": ${finding.reason}`,
      })),
  };
}

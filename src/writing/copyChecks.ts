import type { ProductBrief } from "../core/brief";
import { checkClaims } from "../core/claims/checkClaims";
import type { ClaimRule } from "../core/claims/claimRule";
import { checkGrounding } from "../core/grounding/checkGrounding";
import { blankLimitCounters } from "../core/text/limitCounters";

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
  /** What the brief says instead, for a grounding finding: what a fix puts in its place. */
  readonly briefValue?: string;
}

/**
 * One check the writing loop runs on every finished draft. Checks are a list, so the claim check,
 * the grounding check and a channel's rules plug in the same way.
 */
export interface CopyCheck {
  readonly name: string;
  check(copy: string): readonly CopyFinding[];
  /**
   * What it still finds after the rewrite is removed with its sentence, where the draft stays
   * complete without it (withoutUnbacked), instead of only flagged.
   */
  readonly removesWhatItFinds?: boolean;
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

/** The brief's facts as a check: a statement the brief does not back is written again once, then flagged. */
export function groundingCheck(brief: ProductBrief): CopyCheck {
  return {
    name: "grounding",
    // Tailor never invents a fact: a statement the brief does not back goes, unless the copy needs it to be complete.
    removesWhatItFinds: true,
    check: (copy) =>
      checkGrounding(blankLimitCounters(copy), brief).map((finding) => ({
        check: "grounding",
        id: `unsupported-${finding.kind}`,
        start: finding.start,
        end: finding.end,
        text: copy.slice(finding.start, finding.end),
        reason: finding.message,
        rewriteNote:
          finding.briefValue === undefined
            ? `"${finding.text}": the brief does not say this; do not state it`
            : `"${finding.text}": the brief does not say this; it says "${finding.briefValue}"`,
        ...(finding.briefValue === undefined ? {} : { briefValue: finding.briefValue }),
      })),
  };
}

/**
 * "term": wording with a better alternative (the fix swaps the words).
 * "claim": a statement that needs evidence the copy cannot carry (the fix removes the statement).
 */
export type ClaimKind = "term" | "claim";

export type ClaimSeverity = "warning" | "error";

/** One thing product copy must not say, with the rule it comes from. */
export interface ClaimRule {
  readonly id: string;
  readonly kind: ClaimKind;
  /** Regular-expression sources, matched case-insensitively with Unicode semantics. */
  readonly patterns: readonly string[];
  readonly reason: string;
  /** The regulation, standard or guide the rule comes from, so a writer can look it up. */
  readonly source: string;
  /** The wording to use instead; only term rules have one. */
  readonly replacement?: string;
  readonly severity: ClaimSeverity;
}

/** The flags every rule pattern is compiled with: data files are validated with the same ones. */
export const claimPatternFlags = "giu";

/**
 * "term": wording with a better alternative (the fix swaps the words).
 * "claim": a statement that needs evidence the copy cannot carry (the fix removes the statement).
 */
export type ClaimKind = "term" | "claim";

/** "information" is the learned second opinion's: a judgement to review, not a rule broken. */
export type ClaimSeverity = "information" | "warning" | "error";

/** The kinds of claim regulators single out; every industry is checked for all of them. */
export const claimCategories = [
  "disease",
  "safety",
  "performance",
  "superlative",
  "guarantee",
  "environmental",
  "endorsement",
  "certification",
  "financial",
  "purity",
] as const;

export type ClaimCategory = (typeof claimCategories)[number];

/**
 * What, next to a claim, supports it: a standard's identifier (ISO 13432, MIL-STD-810H), a named
 * certifier or a licence number, a study with its size and method, an award with its year, a
 * measured figure with its unit, or a named outside source with its year ("according to the
 * regional tourism board's 2024 register").
 */
export const evidenceKinds = ["standard", "certification", "study", "award", "measurement", "source"] as const;

export type EvidenceKind = (typeof evidenceKinds)[number];

/** Statements anywhere in a document that qualify a claim: the FDA's supplement disclaimer, an investment risk warning. */
export const disclaimerKinds = ["ad-disclosure", "fda-evaluation", "investment-risk", "medicine-label", "representative-apr"] as const;

export type DisclaimerKind = (typeof disclaimerKinds)[number];

/** How the words around a match decide whether it is a claim. */
export interface ClaimContext {
  /** A negation before the match in its clause cancels it ("they are not compostable"). Claims default to true. */
  readonly negation?: boolean;
  /** Evidence in the match's sentence (or its asterisk footnote) that supports the claim. */
  readonly evidence?: readonly EvidenceKind[];
  /** Disclaimers anywhere in the document that qualify the claim. */
  readonly disclaimers?: readonly DisclaimerKind[];
  /** Pattern sources: any one in the sentence qualifies the claim ("compostable in industrial facilities"). */
  readonly qualifiers?: readonly string[];
  /** Pattern sources: the match is a claim only when one of them is elsewhere in its sentence ("solid gold" with "plated"). */
  readonly requires?: readonly string[];
  /**
   * The contradiction `requires` asks for may stand anywhere in the text, not only in the match's
   * clause: an exclusive claim ("we pour only genuine Champagne") covers all that the text offers.
   */
  readonly wholeText?: boolean;
  /** A match that starts with a capital inside a sentence is a product name ("the Forever Classic trench"). */
  readonly names?: boolean;
}

/** One thing product copy must not say, with the rule it comes from. */
export interface ClaimRule {
  readonly id: string;
  readonly kind: ClaimKind;
  /**
   * Regular-expression sources, matched case-insensitively with Unicode semantics. A pattern that
   * opens on its rarest words may put the words before them in a look-behind group named `lead`
   * ("copper(?<=(?<lead>pure\s+)copper)"): they are reported as part of the match, and the check
   * skips through the document to the rare words instead of trying the lead at every letter.
   */
  readonly patterns: readonly string[];
  readonly reason: string;
  /** The regulation, standard or guide the rule comes from, so a writer can look it up. */
  readonly source: string;
  /** The wording to use instead; only term rules have one. */
  readonly replacement?: string;
  readonly severity: ClaimSeverity;
  /** The kind of claim, for rules shared by every industry. */
  readonly category?: ClaimCategory;
  readonly context?: ClaimContext;
  /** Pattern sources for wording that only looks like the claim ("the best way to"): a match inside one is dropped. */
  readonly exceptions?: readonly string[];
  /**
   * The rule's judge is the claim model trained on the development set, not patterns: it reads
   * the sentences no pattern rule matched (learnedClaimRule).
   */
  readonly learned?: boolean;
}

/** The flags every rule pattern is compiled with: data files are validated with the same ones. */
export const claimPatternFlags = "giu";

/** What kind of checkable statement a finding is about. */
export type GroundingKind =
  | "number" | "count" | "material" | "certification" | "award" | "origin" | "compatibility" | "property" | "claim-overreach" | "feature";

/** A statement in the copy that the brief does not back. */
export interface GroundingFinding {
  /** UTF-16 offsets of the statement in the copy as given (markup included). */
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly kind: GroundingKind;
  /** What is unsupported, and what the brief says instead when it says something. */
  readonly message: string;
  /** The brief's own wording for the same attribute, when it gives one: what a fix puts instead. */
  readonly briefValue?: string;
}

/** A checkable statement found in a text, before it is checked against the brief. */
export interface TextSpan {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

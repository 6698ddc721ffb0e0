/** How a check came out: good meets the target, ok is close to it, problem needs a change. */
export type ScoreStatus = "good" | "ok" | "problem";

/** One readability or SEO check, worded for a panel row, a footer line or a report column. */
export interface ScoreCheck {
  readonly id: string;
  readonly label: string;
  /** The measured figure (a score, a percentage, a count), unrounded; round it when shown. */
  readonly value: number;
  /** The target in words, e.g. "0.5–3%". */
  readonly threshold: string;
  readonly status: ScoreStatus;
  /** One line saying what to do, or why nothing needs doing. */
  readonly advice: string;
}

/**
 * Status of `value` against bands given as [lowest good, highest good] and the wider
 * [lowest ok, highest ok]; anything outside the ok band is a problem. Bounds are inclusive.
 */
export function bandStatus(value: number, good: readonly [number, number], ok: readonly [number, number]): ScoreStatus {
  if (value >= good[0] && value <= good[1]) return "good";
  if (value >= ok[0] && value <= ok[1]) return "ok";
  return "problem";
}

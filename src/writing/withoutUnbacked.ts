import { maskMarkup } from "../core/claims/markupMask";
import { sentenceBounds, sentenceRemovalRange } from "../core/claims/sentenceRange";
import { withoutRanges } from "../core/text/withoutRanges";
import type { CopyCheck, CopyFinding } from "./copyChecks";
import { stringPaths, valueAt, withValueAt } from "./draftPaths";
import type { WritingJob } from "./writingJob";

/** A sentence (or bullet) the final draft no longer holds, and what it stated that the brief does not. */
export interface RemovedStatement {
  readonly text: string;
  readonly finding: CopyFinding;
  /** What took the part's place, written from the brief alone, when the draft could not lose it. */
  readonly replacedBy?: string;
}

/**
 * The draft without the sentences that still state what a removing check finds (the grounding
 * check: a fact the brief does not give) after the rewrite. A small model's invented "15-inch
 * laptop sleeve" is better gone than shipped with a warning. A part the draft cannot lose (its
 * field, or its list, would then be missing or too short) is written again from the brief's own
 * words where the job can (`backedValue`); only what neither can fix stays, to be flagged.
 * Drafts are plain JSON-shaped values, so this serves every kind of structured copy and plain text.
 */
export function withoutUnbacked<Draft>(draft: Draft, checks: readonly CopyCheck[], job: Pick<WritingJob<Draft>, "missing" | "backedValue">): { draft: Draft; removed: RemovedStatement[] } {
  const removing = checks.filter((check) => check.removesWhatItFinds);
  const removed: RemovedStatement[] = [];
  if (removing.length === 0) return { draft, removed };
  const findingsIn = (text: string) => removing.flatMap((check) => check.check(text));
  let current = draft;
  // Compared as sentences, not counted: "2 headlines; needs at least 3" becoming "0 headlines" is worse.
  let missingNow = new Set(job.missing(current));
  // Last first: dropping an emptied list item then never shifts a path still to be read.
  for (const path of stringPaths(current).reverse()) {
    const text = valueAt(current, path) as string;
    const findings = findingsIn(text);
    if (findings.length === 0) continue;
    const masked = maskMarkup(text);
    const candidate = withValueAt(current, path, withoutRanges(text, findings.map((finding) => sentenceRemovalRange(text, masked, finding.start, finding.end))));
    const missingThen = job.missing(candidate);
    if (missingThen.every((part) => missingNow.has(part))) {
      current = candidate;
      missingNow = new Set(missingThen);
      removed.unshift(...sentencesOf(text, masked, findings));
      continue;
    }
    const backed = job.backedValue?.(current, path);
    if (backed === undefined || backed === text || findingsIn(backed).length > 0) continue;
    current = withValueAt(current, path, backed);
    removed.unshift({ text, finding: findings[0]!, replacedBy: backed });
  }
  return { draft: current, removed };
}

/** One entry a sentence, with the first thing found in it, however many it held, in text order. */
function sentencesOf(text: string, masked: string, findings: readonly CopyFinding[]): RemovedStatement[] {
  const sentences = new Map<number, RemovedStatement>();
  for (const finding of [...findings].sort((a, b) => a.start - b.start)) {
    const sentence = sentenceBounds(text, masked, finding.start, finding.end);
    if (!sentences.has(sentence.start)) sentences.set(sentence.start, { text: text.slice(sentence.start, sentence.end), finding });
  }
  return [...sentences.values()];
}

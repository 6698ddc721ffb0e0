import { maskMarkup } from "../core/claims/markupMask";
import { sentenceBounds, sentenceRemovalRange, type TextRange } from "../core/claims/sentenceRange";
import type { CopyCheck, CopyFinding } from "./copyChecks";
import type { WritingJob } from "./writingJob";

/** A sentence (or bullet) the final draft no longer holds, and what it stated that the brief does not. */
export interface RemovedStatement {
  readonly text: string;
  readonly finding: CopyFinding;
  /** What took the part's place, written from the brief alone, when the draft could not lose it. */
  readonly replacedBy?: string;
}

type Path = readonly (string | number)[];

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

function withoutRanges(text: string, ranges: readonly TextRange[]): string {
  let kept = text;
  for (const range of mergeRanges(ranges).reverse()) kept = kept.slice(0, range.start) + kept.slice(range.end);
  return kept.trim();
}

function stringPaths(value: unknown, path: Path = []): Path[] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((item: unknown, index) => stringPaths(item, [...path, index]));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

function valueAt(value: unknown, path: Path): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], value);
}

/** A copy of `value` with the string at `path` replaced; an emptied list item is dropped from its list. */
function withValueAt<T>(value: T, path: Path, text: string): T {
  const [key, ...rest] = path;
  if (key === undefined) return text as T;
  if (Array.isArray(value)) {
    const items: unknown[] = [...value];
    if (rest.length === 0 && text === "") items.splice(key as number, 1);
    else items[key as number] = withValueAt(items[key as number], rest, text);
    return items as T;
  }
  const record = value as Record<string, unknown>;
  return { ...record, [key]: withValueAt(record[key], rest, text) } as T;
}

function mergeRanges(ranges: readonly TextRange[]): TextRange[] {
  const merged: TextRange[] = [];
  for (const range of [...ranges].sort((a, b) => a.start - b.start)) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) merged[merged.length - 1] = { start: last.start, end: Math.max(last.end, range.end) };
    else merged.push(range);
  }
  return merged;
}

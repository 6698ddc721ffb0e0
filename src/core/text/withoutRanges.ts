import type { TextRange } from "../claims/sentenceRange";

/** `text` with every range deleted, overlapping ones once, and the ends trimmed. */
export function withoutRanges(text: string, ranges: readonly TextRange[]): string {
  let kept = text;
  for (const range of mergeRanges(ranges).reverse()) kept = kept.slice(0, range.start) + kept.slice(range.end);
  return kept.trim();
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

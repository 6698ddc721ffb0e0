import { withoutDanglingEnd } from "./danglingWords";

/** A run of this many words said again is a loop, not style: a product name said twice is shorter. */
const loopWords = 6;

/**
 * Ends prose where a small model started to loop ("hybrid that's both comfortable and durable
 * that's both comfortable and durable that's both"): at the first word from which a run of six
 * words repeats one already written, closed with a full stop. Text without such a repeat comes
 * back unchanged. Words are compared without case and punctuation.
 */
export function endBeforeLoop(text: string): string {
  const words = [...text.matchAll(/\S+/gu)];
  const keys = words.map((word) => word[0].toLowerCase().replace(/[^\p{L}\p{N}]/gu, ""));
  const seen = new Set<string>();
  for (let start = 0; start + loopWords <= words.length; start++) {
    const run = keys.slice(start, start + loopWords).join(" ");
    if (!seen.has(run)) {
      seen.add(run);
      continue;
    }
    const kept = withoutDanglingEnd(text.slice(0, words[start]!.index).trimEnd());
    if (kept.length === 0) return text;
    return /[.!?…]["”’)]?$/u.test(kept) ? kept : `${kept}.`;
  }
  return text;
}

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
  const stutter = keys.findIndex((key, at) => key !== "" && at >= sameWordLoop - 1 && keys.slice(at - sameWordLoop + 1, at + 1).every((other) => other === key));
  if (stutter >= 0) return endAt(text, words[stutter - sameWordLoop + 2]!.index) ?? text;
  const seen = new Set<string>();
  for (let start = 0; start + loopWords <= words.length; start++) {
    const run = keys.slice(start, start + loopWords).join(" ");
    if (!seen.has(run)) {
      seen.add(run);
      continue;
    }
    return endAt(text, words[start]!.index) ?? text;
  }
  return text;
}

/**
 * One word said four times in a row ("a sturdy, sturdy, sturdy, sturdy", "300mg, 300mg, …") is a
 * loop too short for six words to repeat; three can be style ("Soft, soft, soft.").
 */
const sameWordLoop = 4;

/** `text` ended before `index`, closed with a full stop; undefined where nothing would be left. */
function endAt(text: string, index: number): string | undefined {
  const kept = withoutDanglingEnd(text.slice(0, index).trimEnd());
  if (kept.length === 0) return undefined;
  return /[.!?…]["”’)]?$/u.test(kept) ? kept : `${kept}.`;
}

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
  const stutter = sameWordRun(keys);
  const echo = echoedPhrase(keys);
  if (stutter >= 0 && (echo === undefined || stutter - sameWordLoop + 1 <= echo)) return endAt(text, words[stutter - sameWordLoop + 1]!.index) ?? text;
  if (echo !== undefined) return endAt(text, words[echo]!.index) ?? text;
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
 * loop too short for six words to repeat; three can be style ("Soft, soft, soft."). The text ends
 * before the word's first time, not after it: a loop usually starts where the model could not find
 * the next word, so "made of a sturdy." would be left open on the adjective.
 */
const sameWordLoop = 4;

/**
 * Where a run of one word said four times in a row ends (its last word's index), or -1. Three times is a loop too
 * where the run ends the text after an article or "of" ("made of a sturdy, sturdy, sturdy."): no noun ever came.
 */
function sameWordRun(keys: readonly string[]): number {
  const four = keys.findIndex((key, at) => key !== "" && at >= sameWordLoop - 1 && keys.slice(at - sameWordLoop + 1, at + 1).every((other) => other === key));
  if (four >= 0) return four;
  const last = keys.length - 1;
  const endsOnThree = last >= 3 && keys[last] !== "" && keys[last - 1] === keys[last] && keys[last - 2] === keys[last] && /^(?:a|an|the|of)$/.test(keys[last - 3] ?? "");
  return endsOnThree ? last + 1 : -1;
}

/** The longest phrase that said twice in a row is a loop (six words repeat anywhere, see loopWords). */
const longestEchoedPhrase = loopWords - 1;

/**
 * Where a phrase of two to five words said again straight after itself is said the second time
 * ("Sizes XL to S to S"), or undefined. The earliest such place is taken, so the first round is
 * kept whole; an idiom that repeats ("day after day after day") is rarer in product copy than a
 * small model's loop, and it is cut too.
 */
function echoedPhrase(keys: readonly string[]): number | undefined {
  for (let end = 4; end <= keys.length; end++) {
    for (let length = 2; length <= longestEchoedPhrase && length * 2 <= end; length++) {
      const second = end - length;
      const first = second - length;
      if (keys.slice(first, end).every((key) => key !== "") && keys.slice(first, second).every((key, at) => key === keys[second + at])) return second;
    }
  }
  return undefined;
}

/**
 * `text` ended before `index`, closed with a full stop; undefined where nothing would be left. A clause of three words
 * or fewer that a conjunction opened is dropped with the loop ("…recycled nylon, and it's made" ends at "nylon").
 */
function endAt(text: string, index: number): string | undefined {
  let kept = withoutDanglingEnd(text.slice(0, index).trimEnd());
  const openClause = /,[ \t]+(?:and|but|or|so|while|yet)(?:[ \t]+\S+){0,2}$/iu.exec(kept);
  if (openClause && !/[.!?…]["”’)]?$/u.test(kept)) kept = kept.slice(0, openClause.index);
  if (kept.length === 0) return undefined;
  return /[.!?…]["”’)]?$/u.test(kept) ? kept : `${kept}.`;
}

/** One string the limit enforcement shortened, and whether the cut left a sentence unfinished. */
export interface LimitCut {
  readonly field: string;
  readonly kept: string;
  readonly midSentence: boolean;
}

/** Fields that are phrases, not sentences: a title cut short is whole unless it ends on "and" or "for". */
const phraseField = /(?:title|headline|subject|hashtag)s?(?:\[\d+\])?$/i;
const danglingWord = /\b(?:a|an|and|at|by|for|from|in|into|of|on|or|the|to|with)$/i;

/**
 * Compares the draft as the model wrote it with the draft after the hard limits were enforced,
 * string by string: every string that came out shorter, and still begins as written, was cut.
 * A cut of prose that leaves it not ending in . ! or ? broke a sentence off mid-way; a cut title
 * broke off mid-phrase when it ends on a word such as "and" or "for".
 */
export function limitCuts(written: unknown, enforced: unknown): LimitCut[] {
  const before = stringsByPath(written);
  const after = stringsByPath(enforced);
  const cuts: LimitCut[] = [];
  for (const [field, original] of before) {
    const kept = after.get(field) ?? "";
    const written = original.replace(/\s+/g, " ").trim();
    if (kept.length >= written.length) continue;
    // A cut keeps the start of what was written (closed with a full stop at a clause); anything
    // else took the string's place (the product's name for a wrong title, a brief's fact for a repeat).
    if (kept !== "" && !written.startsWith(kept.replace(/\.$/u, ""))) continue;
    // An item that is gone was dropped (a repeat, or one over-long word), not cut: whether the
    // copy still has enough items is for `missing` to say.
    const midSentence = kept !== "" && (phraseField.test(field) ? danglingWord.test(kept) : !/[.!?…]["”’)]?$/u.test(kept));
    cuts.push({ field, kept, midSentence });
  }
  return cuts;
}

function stringsByPath(value: unknown, path = "", into = new Map<string, string>()): Map<string, string> {
  if (typeof value === "string") into.set(path, value);
  else if (Array.isArray(value)) value.forEach((item, index) => stringsByPath(item, `${path}[${index}]`, into));
  else if (typeof value === "object" && value !== null) {
    for (const [key, item] of Object.entries(value)) stringsByPath(item, path ? `${path}.${key}` : key, into);
  }
  return into;
}

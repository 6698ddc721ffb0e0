/*
 * Negation scope: a claim is negated when a negator stands before it in the same clause ("they
 * are not compostable", "No system is completely secure"). A clause ends at a semicolon, a colon,
 * a dash (or a hyphen with a space either side, as plain text types a dash), a bracket or a
 * conjunction that starts a new statement; a comma ends it too, unless the words after it are a
 * list the negator governs ("not intended to diagnose, treat, cure or prevent"). "Yet" after "not"
 * ("not yet fully recyclable") is a time, not a new statement.
 */
const clauseBoundary = /[;:—–()[\]]|(?<=\s)-(?=\s)|(?<![\p{L}])(?:but|however|although|though|whereas|while|so|(?<!(?:not|n['’]t)\s+)yet|because|unlike|instead)(?![\p{L}])/giu;
// "There is no guarantee that…": an existential "no" denies what follows as surely as "not" does.
// "It's no guarantee you won't react", "with no promise of results": a guarantee or promise denied
// anywhere, not only where "no" opens the statement. "We never describe it as secure": a seller
// that never describes, markets or promises a thing denies it.
// "Stain-resistant rather than stain-proof": what a seller says its product is rather than denies.
const negator = /(?<![\p{L}])(?:not|neither|nor|cannot|rather\s+than|never\s+(?:describe|call|claim|market|advertise|label|present|promise|bill|position)(?:s|d)?|there\s+(?:is|are|was|were|can\s+be)\s+no|there['’]s\s+no|no(?=\s+(?:guarantees?|promises?|assurances?|certainty|claims?|representations?|suggestion)(?![\p{L}])))(?![\p{L}])|n['’]t(?![\p{L}])/giu;
// "No" negates a statement only when it opens it ("No tent is stormproof"), which it may do after a
// joining "and" or "or" ("…, and no level of income is guaranteed"); elsewhere it negates one noun ("with no parabens").
const openingNegator = /^\s*(?:(?:and|or|plus|as|since|given\s+that)\s+)?(no|none|nothing|nobody)(?![\p{L}])/iu;
// "Individual results vary and no weight loss is guaranteed": "no" opening a statement joined on without a comma, known by the
// verb that follows its noun.
const joinedOpening = /(?<![\p{L}])(?:and|or|as|since|so)\s+(?:no|none|nothing|nobody)\s+(?!(?:wonder|doubt|matter|less|more)(?![\p{L}]))(?:[\p{L}-]+\s+){0,3}?(?:is|are|was|were|can|could|will|would|should|has|have)\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const mayOpenWithNo = /(?<![\p{L}])(?:no|none|nothing|nobody)\s/iu;
// "Cutlery containing no sterling silver", "made without solid wood": the thing the claim names is absent.
const absentThing = /(?<![\p{L}])(?:no|without)\s+$/iu;
// "No credit checks and approval guaranteed": after "and" the opening "No" has had its noun, and a
// new statement begins. "Or", "nor" and "and no" still go on its list ("No cream and no serum can …").
const conjunctionAfterOpening = /(?<![\p{L}])(?:and|plus)\s+(?!(?:no|none|nothing|nobody)(?![\p{L}]))/iu;
// "not only", "no less than", "No. 1": negators that negate nothing that follows. "Don't miss
// out on …" urges the reader on: the claim after it stands.
const notANegation = /^(?:not\s+(?:only|just|merely|simply)|no\s+(?:less|more|wonder|doubt|matter)|no\.?\s*\d|no\s+other|n['’]t\s+(?:miss|wait|delay|hesitate|forget|get\s+left\s+behind|be\s+left\s+behind))\b/iu;
// "Summit attempts are never guaranteed": "never" right after a verb of being denies the word
// after it as "not" does. Elsewhere "never" is the claim itself ("never fades"), so it is no negator.
const copularNever = /(?<![\p{L}])(?:is|are|was|were|be|been|it['’]s|they['’]re|that['’]s)\s+never\s+$/iu;
const listGoesOn = /^\s*(?:,|or|and|nor)\s/iu;
const deniedScheme = /(?<![\p{L}])no\s+(?:[\p{L}-]+\s+){0,2}$/iu;
const approvalWord = /certif|approv|accredit|licen[cs]|endors/iu;
const listConjunction = /^\s*(?:[\p{L}-]+\s+)?(?:or|and|nor)\s*$/iu;
const maxWordsBetween = 8;
const listOpening = /^[\p{L}-]+,?\s+(?:or|and|nor)\s/iu;

/**
 * Whether `before`, the sentence up to a match, negates the match. `matched` is the match itself:
 * one that goes on a list ("treat or prevent …") right after a comma is still governed by a
 * negation before the list ("does not diagnose, treat or prevent").
 */
export function isNegated(before: string, matched = "", after = ""): boolean {
  // "No claim that they treat psoriasis, arthritis or any other condition": one word right after a comma that the list goes on from is an item of it.
  const scope = clauseBefore(before, listOpening.test(matched) || (!/\s/.test(matched.trim()) && listGoesOn.test(after)));
  if (copularNever.test(scope)) return true;
  // "No approved GDPR certification scheme covers it": a certification or an approval denied to exist in the noun phrase it heads.
  if (deniedScheme.test(scope) && approvalWord.test(matched)) return true;
  if (/(?<![\p{L}])no\s+$/iu.test(scope) && /^(?:guarantee|promise|assurance|certaint)/iu.test(matched)) return true;
  // "Sightings can never be guaranteed": what can never be promised is denied, where "will never be beaten" is itself the claim.
  if (/(?<![\p{L}])never\s+(?:be|been)\s+$/iu.test(scope) && /^(?:guarantee|promise|assure|certain)/iu.test(matched)) return true;
  // Most clauses hold no "no" at all: the cheap test first, as this runs for every match on every keystroke.
  if (absentThing.test(scope.slice(-12)) || (mayOpenWithNo.test(scope) && joinedOpening.test(scope))) return true;
  let last: RegExpMatchArray | undefined;
  for (const match of scope.matchAll(negator)) {
    if (!notANegation.test(scope.slice(match.index))) last = match;
  }
  if (!last || last.index === undefined) {
    const opening = openingNegator.exec(scope);
    if (opening === null || notANegation.test(scope.slice(opening[0].length - opening[1].length))) return false;
    const governed = scope.slice(opening[0].length);
    return wordCount(governed) <= maxWordsBetween && !conjunctionAfterOpening.test(governed);
  }
  const between = scope.slice(last.index + last[0].length);
  return wordCount(between) <= maxWordsBetween;
}

function clauseBefore(text: string, matchGoesOnAList: boolean): string {
  // "Does not make your company (or ours) nature-positive": an aside closed in brackets leaves the clause going on.
  const before = text.replace(/\([^()]*\)/gu, " ");
  let start = 0;
  for (const match of before.matchAll(clauseBoundary)) start = match.index + match[0].length;
  const chunks = before.slice(start).split(",");
  let taken = chunks.length - 1;
  // Walk back over list items only when the words right before the match close a list ("…, or"),
  // or the match itself goes on with one ("…, treat or prevent").
  const closesList = listConjunction.test(chunks[taken]) && wordCount(chunks[taken]) <= 2;
  const listInMatch = matchGoesOnAList && wordCount(chunks[taken]) === 0;
  if (taken > 0 && (closesList || listInMatch)) {
    taken--;
    while (taken > 0 && wordCount(chunks[taken]) <= 2) taken--;
  }
  return chunks.slice(taken).join(",");
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

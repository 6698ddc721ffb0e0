import type { GroundingFinding, TextSpan } from "../groundingFinding";
import { Wording } from "../text/briefWording";
import { words } from "../text/clauseContext";
import { restatedFacts } from "../text/restatedFacts";

// "Comes with a spinning reel", "includes a shoulder strap", "the bracket is in the box": a part or extra the product is sold with.
const inclusionPatterns: readonly RegExp[] = [
  /\b(?:comes? with|includes|complete with|equipped with|supplied with|shipped with|packaged with|bundled with)\s+(?:an?\s+|the\s+|its\s+|two\s+|three\s+|free\s+)?(?:[\p{L}-]+\s+){0,3}[\p{L}-]+/giu,
  // "The included sack" names the thing after the word, so the words before say nothing of it.
  /\b(?:[\p{L}-]+\s+){0,2}[\p{L}-]+\s+(?:is\s+|are\s+)?(?<!\b(?:not|the|an?|its|their|your|all)\s+)(?:included|in the box)\b/giu,
  /\b(?:the|its|an?)\s+included\s+(?:[\p{L}-]+\s+){0,2}[\p{L}-]+/giu,
  /\bfree\s+(?:(?:personal|personali[sz]ed|custom|standard|express|next-day|secure|on-site|onsite|private|unlimited|high-speed|fast|daily|professional|expert)\s+)?(?:shipping|delivery|returns|engraving|personali[sz]ation|monogramming|alterations|resizing|gift[- ]wrapping|parking|breakfast|wi-?fi|upgrades?|cancellation|installation|samples?)\b/giu,
  // "Arrives in a branded gift box", "comes in a zip pouch": what it is packed in is sold with it; "comes in three colours" is not.
  /\b(?:arrives?|comes?|ships?|is\s+delivered|is\s+presented|is\s+packed)\s+in\s+(?:an?|its\s+own|their\s+own|the)\s+(?:[\p{L}-]+\s+){0,2}(?:gift\s+box|gift\s+bag|gift\s+tin|box|pouch|tin|case|bag|sleeve|drawstring\s+bag)\b/giu,
];
// Words that say nothing about what is included ("comes with everything you need").
const emptyWords = new Set([
  "a", "an", "the", "its", "their", "your", "our", "two", "three", "free", "and", "or", "of", "for", "with", "is", "are", "in", "box", "included", "includes",
  "including", "comes", "come", "complete", "equipped", "supplied", "shipped", "packaged", "bundled", "everything", "all", "need", "needs", "you", "it", "them",
  "plenty", "more", "extras", "style", "comfort", "ease", "confidence", "care", "love", "support", "peace", "mind", "quality", "details", "design", "features",
  "feature", "options", "bonus", "handy", "convenient", "matching", "extra", "built-in", "integrated", "set", "kit", "pack", "one", "every", "each", "also",
  "hundred", "thousand", "dozen", "four", "five", "six", "ten", "twelve", "not", "always", "get", "started", "day", "stay", "price",
  // "Includes three pieces": a count of the set's parts, which the figures' check holds to the brief, names no part.
  "piece", "pieces", "item", "items", "components",
  "arrive", "arrives", "ship", "ships", "delivered", "presented", "packed", "own",
]);

const attributiveAfter = /^[ \t]+(?!(?:with|in|as|at|for|and|or|free|too|also|on|so|to|by|from|inside)(?![\p{L}]))\p{L}/iu;

export function readInclusions(text: string): TextSpan[] {
  const found: TextSpan[] = [];
  for (const pattern of inclusionPatterns) {
    for (const match of text.matchAll(pattern)) {
      // "Swap between the three included nozzles": "included" before its noun, which the pattern for "the included X" reads.
      if (/(?:included|in the box)$/i.test(match[0]) && attributiveAfter.test(text.slice(match.index + match[0].length, match.index + match[0].length + 20))) continue;
      // "A dozen accessories come with it so …": what comes is named before "with it", which the sentence's count reads.
      if (/^(?:comes?|complete|supplied|shipped|packaged|bundled)[ \t]+with[ \t]+(?:it|them)(?![\p{L}])/iu.test(match[0])) continue;
      // "Breakfast, which is included": the thing included stands before the relative pronoun.
      const relative = /^(?:which|that)[ \t]/iu.test(match[0]) ? /([\p{L}-]+),?[ \t]*$/u.exec(text.slice(Math.max(0, match.index - 40), match.index)) : null;
      const start = relative ? match.index - relative[0].length : match.index;
      found.push({ start, end: match.index + match[0].length, text: text.slice(start, match.index + match[0].length) });
    }
  }
  return found.sort((a, b) => a.start - b.start);
}

// "Winter sports cover as optional add-on", "drinks extra": what the brief sells on top is not included.
const optionalWords = /(?<![\p{L}])(?:optional|add-on|add on|(?:at\s+)?(?:an\s+)?extra\s+(?:cost|charge|fee)|costs?\s+extra|for\s+a\s+fee|sold\s+separately|available\s+separately|not\s+included|surcharge|extra\s*$)(?![\p{L}])/iu;

// What says a service costs nothing: "free", "complimentary", "included", "at no extra cost".
const freeWords = /(?<![\p{L}])(?:free|complimentary|included|inclusive|at[ \t]+no[ \t]+(?:extra[ \t]+|additional[ \t]+)?(?:cost|charge)|no[ \t]+(?:extra[ \t]+)?charge|on[ \t]+us|gratis)(?![\p{L}])/iu;

// What says a service is offered apart from the price: "available", "on request", "paid", "£15".
const pricedWords = /(?<![\p{L}])(?:available|on[ \t]+request|optional|paid|payable|chargeable|extra|surcharge|fee|fees|for[ \t]+a[ \t]+fee|can[ \t]+be[ \t]+added)(?![\p{L}])|[$£€]\s?\d/iu;

// "Sleeve fits a 3L bladder", "holds a 15-inch laptop": what the product takes names a thing it is sold without.
const takesIn = /(?<![\p{L}])(?:fits?|holds?|takes|accepts?|compatible[ \t]+with|for[ \t]+use[ \t]+with|room[ \t]+for|space[ \t]+for|sized[ \t]+for)[ \t]+(?:up[ \t]+to[ \t]+)?(?:(?:an?|any|most|your|the|all|standard)[ \t]+)?(?:[\d.,]+[ \t]*\p{L}{0,3}[ \t]+)?(?:[\p{L}-]+[ \t]+){0,2}?[\p{L}-]+(?![\p{L}])/giu;

/** Parts and extras the copy says come with the product when the brief names none of their words. */
export function checkInclusions(copy: readonly TextSpan[], briefWording: Wording): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  // Each clause of the brief on its own: "All meals included; drinks extra" makes only the drinks extra.
  const clauses = briefWording.text.split(/[\n;.]|,\s/).map((clause) => new Wording(clause, restatedFacts(clause)));
  // Only what the brief gives as the product's, not what it fits, backs an inclusion.
  const ownText = briefWording.text.replace(takesIn, (taken) => " ".repeat(taken.length));
  const owned = new Wording(ownText, restatedFacts(ownText));
  for (const inclusion of copy) {
    const things = words(inclusion.text).filter((word) => word.length > 2 && !emptyWords.has(word));
    const saidIn = (wording: Wording) => things.some((word) => [word, word.replace(/e?s$/, ""), `${word}s`, `${word}es`].some((form) => wording.says(form)));
    const optional = clauses.find((clause) => saidIn(clause) && optionalWords.test(clause.text));
    if (optional && things.length > 0) {
      const said = optional.text.trim();
      findings.push({ start: inclusion.start, end: inclusion.end, text: inclusion.text, kind: "claim-overreach", message: `"${inclusion.text}" goes further than the brief, which says ${said}.`, briefValue: said });
      continue;
    }
    // "Free personal engraving" on a brief's "Personal engraving available", "free parking" on its "Paid parking nearby": the
    // service is offered, at a price or none said. A service the brief lists as part of what is sold ("Daily breakfast") is left alone.
    const given = /^free[ \t]/iu.test(inclusion.text) ? clauses.filter((clause) => saidIn(clause)) : [];
    if (given.some((clause) => pricedWords.test(clause.text)) && !given.some((clause) => freeWords.test(clause.text))) {
      const said = given[0].text.trim();
      findings.push({ start: inclusion.start, end: inclusion.end, text: inclusion.text, kind: "claim-overreach", message: `"${inclusion.text}": the brief says ${said}, not that it is free.`, briefValue: said });
      continue;
    }
    if (things.length === 0 || saidIn(owned)) continue;
    findings.push({ start: inclusion.start, end: inclusion.end, text: inclusion.text, kind: "feature", message: `"${inclusion.text}": the brief does not say it comes with this.` });
  }
  return findings;
}

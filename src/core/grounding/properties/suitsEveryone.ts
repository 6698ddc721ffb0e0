import type { GroundingFinding } from "../groundingFinding";

/**
 * One way a product may be said to suit everyone, and the brief's narrower wordings of the same thing: "all life stages"
 * for a food the brief gives "for adult cats", "every skin type" for a cream "for dry skin", "all breed sizes" for a
 * small-breed harness.
 */
interface Dimension {
  readonly claim: RegExp;
  /** The brief says the same itself. */
  readonly backing: RegExp;
  /** The brief narrows it. */
  readonly narrower: RegExp;
}

const every = String.raw`(?:all|every|any)`;

const dimensions: readonly Dimension[] = [
  {
    claim: new RegExp(String.raw`(?<![\p{L}])(?:${every}[ \t]+(?:life[ \t]+stages?|ages?(?:[ \t]+and[ \t]+stages)?)|(?:from[ \t]+)?(?:puppies|puppy|kittens|kitten|babies|baby|toddlers|kids)[ \t]+(?:to|through)[ \t]+(?:seniors?|adults?|grown-ups|grandparents))(?![\p{L}])`, "giu"),
    backing: new RegExp(String.raw`(?<![\p{L}])(?:${every}[ \t]+(?:life[ \t]+stages?|ages?)|ages?[ \t]*:[ \t]*all)(?![\p{L}])`, "iu"),
    narrower: /(?<![\p{L}])(?:adults?|puppy|puppies|kittens?|seniors?|junior|ages?[ \t]+\d+[ \t]*(?:\+|and[ \t]+(?:up|over|above))|\d+[ \t]*\+[ \t]*(?:years?|yrs?|months?|y)(?![\p{L}])|\d+[ \t]*(?:-|–|to)[ \t]*\d+[ \t]*(?:years?|yrs?|months?)|(?:over|under|from)[ \t]+\d+[ \t]*(?:years?|yrs?|months?))(?![\p{L}])/iu,
  },
  {
    claim: new RegExp(String.raw`(?<![\p{L}])${every}[ \t]+skin(?:[ \t]+types?|[ \t]+tones?)?(?![\p{L}])`, "giu"),
    backing: new RegExp(String.raw`(?<![\p{L}])(?:${every}[ \t]+skin|skin[ \t]+types?[ \t]*:[ \t]*all)(?![\p{L}])`, "iu"),
    narrower: /(?<![\p{L}])(?:normal|dry|oily|combination|sensitive|mature|acne-prone|blemish-prone|dehydrated|reactive)(?:[ \t]+(?:to|and|or|&)[ \t]+(?:normal|dry|oily|combination|sensitive|mature))?(?:[ \t,]+skin|[ \t]+skin[ \t]+types?)(?![\p{L}])|skin[ \t]+types?[ \t]*:[ \t]*(?!all)\p{L}+/iu,
  },
  {
    claim: new RegExp(String.raw`(?<![\p{L}])${every}[ \t]+hair(?:[ \t]+types?)?(?![\p{L}])`, "giu"),
    backing: new RegExp(String.raw`(?<![\p{L}])(?:${every}[ \t]+hair|hair[ \t]+types?[ \t]*:[ \t]*all)(?![\p{L}])`, "iu"),
    narrower: /(?<![\p{L}])(?:curly|coily|kinky|wavy|straight|fine|thin|thick|coarse|damaged|colou?r[- ]treated|dry|oily|frizzy)(?:[ \t]+(?:to|and|or|&)[ \t]+\p{L}+)?[ \t]+hair(?![\p{L}])|hair[ \t]+types?[ \t]*:[ \t]*(?!all)\p{L}+/iu,
  },
  {
    claim: new RegExp(String.raw`(?<![\p{L}])(?:${every}[ \t]+(?:breeds?|breed[ \t]+sizes?|sizes?)(?=[ \t]*(?:[,.;:!?)]|$|[ \t]+(?:and|of|from|alike)(?![\p{L}])))|(?:dogs?|cats?|pets?)[ \t]+of[ \t]+${every}[ \t]+(?:sizes?|breeds?))(?![\p{L}])`, "giu"),
    backing: new RegExp(String.raw`(?<![\p{L}])${every}[ \t]+(?:breeds?|breed[ \t]+sizes?|sizes?)(?![\p{L}])`, "iu"),
    narrower: /(?<![\p{L}])(?:toy|small|medium|large|giant|x-large|extra[ \t]+large)(?:[ \t]+(?:to|and|or|&)[ \t]+(?:toy|small|medium|large|giant))?[- \t]+(?:breeds?|dogs?|cats?)(?![\p{L}])|(?:dogs?|cats?)[ \t]+(?:up[ \t]+to|under|over|from)[ \t]+\d/iu,
  },
];

/** "Suitable for all life stages", "every skin type", "dogs of all sizes": everyone, where the brief names only some. */
export function checkSuitsEveryone(text: string, briefText: string): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const { claim, backing, narrower } of dimensions) {
    if (backing.test(briefText)) continue;
    const narrowed = narrower.exec(briefText);
    if (!narrowed) continue;
    for (const match of text.matchAll(claim)) {
      // "All life stages, from puppy to senior": one claim said twice over is one finding.
      const previous = findings.at(-1);
      if (previous && previous.briefValue === narrowed[0] && /^[ \t]*[,;:(–—-]?[ \t]*$/u.test(text.slice(previous.end, match.index))) {
        const end = match.index + match[0].length;
        findings[findings.length - 1] = { ...previous, end, text: text.slice(previous.start, end), message: `"${text.slice(previous.start, end)}" goes further than the brief, which says ${narrowed[0]}.` };
        continue;
      }
      findings.push({
        start: match.index,
        end: match.index + match[0].length,
        text: match[0],
        kind: "claim-overreach",
        message: `"${match[0]}" goes further than the brief, which says ${narrowed[0]}.`,
        briefValue: narrowed[0],
      });
    }
  }
  return findings;
}

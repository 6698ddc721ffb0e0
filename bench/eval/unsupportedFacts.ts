import type { ProductBrief } from "../../src/core/brief";
import { checkGrounding } from "../../src/core/grounding/checkGrounding";

/**
 * Finds statements in the copy that the brief does not support. Swappable: the eval takes any
 * function of this shape (`--facts grounding`, the default, or `--facts numbers`).
 */
export type GroundingCheck = (copy: string, brief: ProductBrief) => string[];

/** The grounding checker the writing path runs: figures, materials, certifications, origins, … */
export const unsupportedFacts: GroundingCheck = (copy, brief) => checkGrounding(copy, brief).map((finding) => finding.text);

// A number with an optional unit or suffix right after it: 70%, 2.5 kg, 12-hour, 3 years, $49.
const numberWithUnit = /(?:[$€£]\s?)?\d+(?:[.,]\d+)?(?:\s?(?:%|[a-zA-Zµ°]{1,12}\b))?/gu;

/**
 * Every number in the copy, with its unit, whose number the brief never mentions. "Supported"
 * means the same number stands somewhere in the brief; the unit is shown to read the finding,
 * not matched, since the model may rightly write "200 millilitres" for "200 ml".
 */
export const unsupportedNumbers: GroundingCheck = (copy, brief) => {
  const briefText = [brief.name, ...brief.facts, ...brief.keywords].join("\n");
  const briefNumbers = new Set([...briefText.matchAll(/\d+(?:[.,]\d+)?/g)].map((match) => normaliseNumber(match[0])));
  const unsupported: string[] = [];
  for (const match of copy.matchAll(numberWithUnit)) {
    const number = /\d+(?:[.,]\d+)?/.exec(match[0])![0];
    if (!briefNumbers.has(normaliseNumber(number))) unsupported.push(match[0].trim());
  }
  return unsupported;
};

/** 2,5 and 2.5 are one number; 1,000 and 1000 too. */
function normaliseNumber(number: string): string {
  return /^\d{1,3},\d{3}$/.test(number) ? number.replace(",", "") : number.replace(",", ".");
}

import type { GroundingFinding } from "../groundingFinding";

// "Solid brass", "solid oak": all through, which a brief that gives the material only as a surface does not say.
const solidClaim = /(?<![\p{L}])solid[ \t]+(\p{L}{3,}(?:[ \t]+\p{L}{3,})?)/giu;
// What makes a material only its surface or its look: "brushed brass finish", "oak veneer", "brass-plated", "gold tone".
const surfaceAfter = /^[ \t-]*(?:finish|finished|veneer|veneered|effect|tone|toned|look|coloured|colored|colour|color|plated|plating|coated|coating|laminate|laminated|wrap|wrapped|foil|print|printed|paint|painted|trim|accents?|details?|inlay|leaf|vinyl|decal)(?![\p{L}])/iu;
const imitationBefore = /(?<![\p{L}])(?:faux|imitation|fake|mock|simulated|artificial)[ \t-]+$/iu;

/**
 * "Solid brass arm" on a brief whose brass is a "brushed brass finish" over steel: a surface made
 * into the whole. Only a material the brief names is read; one it never names is the material
 * check's to flag. The brief's own "solid X" backs the claim.
 */
export function checkSolidClaims(copy: string, briefText: string): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const match of copy.matchAll(solidClaim)) {
    const material = surfaceMaterial(match[1], briefText);
    if (material === undefined) continue;
    const end = match.index + match[0].toLowerCase().indexOf(material.toLowerCase(), "solid".length) + material.length;
    findings.push({
      start: match.index, end, text: copy.slice(match.index, end), kind: "claim-overreach",
      message: `"${copy.slice(match.index, end)}": the brief gives ${material} only as a surface or a look, not all through.`,
    });
  }
  return findings;
}

/** The words after "solid" (the first, or both) that the brief names only as a surface; undefined otherwise. */
function surfaceMaterial(phrase: string, briefText: string): string | undefined {
  const [first] = phrase.split(/[ \t]+/u);
  for (const material of [phrase, first]) {
    const pattern = new RegExp(String.raw`(?<![\p{L}])${material.replace(/[ \t]+/gu, String.raw`[ \t]+`)}(?![\p{L}])`, "giu");
    const uses = [...briefText.matchAll(pattern)];
    if (uses.length === 0) continue;
    if (new RegExp(String.raw`(?<![\p{L}])solid[ \t]+${material}`, "iu").test(briefText)) return undefined;
    const surface = uses.every((use) => surfaceAfter.test(briefText.slice(use.index + use[0].length, use.index + use[0].length + 14)) || imitationBefore.test(briefText.slice(Math.max(0, use.index - 14), use.index)));
    return surface ? material : undefined;
  }
  return undefined;
}

// "Pure linen", "all-cotton", "100 per cent wool": the whole of the product one material.
// "99% pure aloe vera" gives its own share.
// "Almost all cotton" hedges its share.
const pureClaim = /(?<![\p{L}])(?<!%[ \t]?)(?<!(?:almost|nearly|mostly|largely|practically|virtually|not)[ \t]+)(?:pure|all|100[ \t-]?per[ \t-]?cent)[ \t-]+(\p{L}{3,}(?:[ \t]+\p{L}{3,})?)/giu;

/** "Pure linen" on a brief that gives linen as a share of a blend ("55% linen / 45% cotton"): a blend made into the one material. */
export function checkPureClaims(copy: string, briefText: string): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const match of copy.matchAll(pureClaim)) {
    for (const material of [match[1], match[1].split(/[ \t]+/u)[0]]) {
      const share = new RegExp(String.raw`(?<![\p{N}.,])(\d{1,2}(?:[.,]\d+)?)[ \t]?%[ \t]+${material.replace(/[ \t]+/gu, String.raw`[ \t]+`)}(?![\p{L}])`, "iu").exec(briefText);
      if (!share) continue;
      const end = match.index + match[0].length - (match[1].length - material.length);
      findings.push({
        start: match.index, end, text: copy.slice(match.index, end), kind: "claim-overreach",
        message: `"${copy.slice(match.index, end)}": the brief gives ${share[0]}, a blend.`, briefValue: share[0],
      });
      break;
    }
  }
  return findings;
}

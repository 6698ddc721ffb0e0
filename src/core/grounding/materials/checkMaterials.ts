import type { GroundingFinding } from "../groundingFinding";
import type { Wording } from "../text/briefWording";
import { singular } from "../numbers/nouns";
import { words } from "../text/clauseContext";
import { rootOf, type Material } from "./materialLexicon";
import type { MaterialMatch } from "./readMaterials";

/**
 * Materials and ingredients in the copy that the brief does not give. The brief backs a
 * material when it names it, a kind of it ("merino wool" backs "wool"), or, for a family's
 * general word ("metal"), any member of the family. A phrase of several words is also backed
 * by a fact that has all its words, when the brief names the same material ("bovine, grass-fed"
 * and "collagen" back "bovine collagen").
 */
export function checkMaterials(copy: readonly MaterialMatch[], brief: readonly MaterialMatch[], briefLines: readonly Wording[]): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const match of copy) {
    const material = match.value;
    // "Olives" from a brief's "olive oil": a material named inside the brief's material is its source.
    const sameRoot = brief.some((other) => rootOf(other.value) === rootOf(material) || words(other.text).includes(rootOf(material)));
    if (brief.some((other) => backs(other.value, material)) || (sameRoot && saidInOneLine(match.text, briefLines)) || saidAsVerb(match.text, briefLines)) continue;
    const instead = brief.find((other) => other.value.family === material.family && !other.value.generic);
    findings.push({
      start: match.start,
      end: match.end,
      text: match.text,
      kind: "material",
      message: instead ? `"${match.text}": the brief says ${instead.text}.` : `"${match.text}": the brief does not name this material or ingredient.`,
      ...(instead ? { briefValue: instead.text } : {}),
    });
  }
  return findings;
}

function backs(briefMaterial: Material, copyMaterial: Material): boolean {
  if (briefMaterial.id === copyMaterial.id || briefMaterial.ancestors.includes(copyMaterial.id)) return true;
  return copyMaterial.generic && briefMaterial.family === copyMaterial.family;
}

/** "Foam" from a "Foaming Cleanser": the brief names the material by what the product does with it. */
function saidAsVerb(phrase: string, lines: readonly Wording[]): boolean {
  const phraseWords = words(phrase);
  return phraseWords.length === 1 && lines.some((line) => line.says(`${phraseWords[0]}ing`));
}

function saidInOneLine(phrase: string, lines: readonly Wording[]): boolean {
  // "Bamboo-viscose": each part of a compound is a word of its own.
  const phraseWords = words(phrase).flatMap((word) => word.split("-"));
  return phraseWords.length > 1 && lines.some((line) => phraseWords.every((word) => line.says(word) || line.says(singular(word))));
}

import {
  ambiguousMaterials, colourMaterials, colourNames, colourWords, compositionCues, edibleFamilies, ingredientNouns, metalParts, metalSigns, servingCues, simileCues, textureNouns, workpieceCues,
} from "../lexicon/materialContextWords";
import { nonMaterialPhrases } from "../lexicon/materialTable";
import { wordsAfter, wordsBefore } from "../text/clauseContext";
import { PhraseMatcher, type PhraseMatch } from "../text/phraseMatcher";
import { countedMaterialMatcher, uncountedMaterialMatcher, type Material } from "./materialLexicon";

const nonMaterialMatcher = new PhraseMatcher(nonMaterialPhrases.map((phrase) => ({ forms: [phrase], value: true })));

export type MaterialMatch = PhraseMatch<Material>;

/**
 * The materials, blends and ingredients a text names. In copy (`strict`), a food on the plate
 * ("stir into coffee"), a colour ("cherry red", "available in gold") and an idiom ("a silver
 * lining") are not the product's material; a brief is read as it stands.
 */
export function readMaterials(text: string, strict: boolean): MaterialMatch[] {
  const idioms = strict ? nonMaterialMatcher.find(text) : [];
  const found = [...uncountedMaterialMatcher.find(text, !strict), ...countedMaterialMatcher.find(text, !strict)]
    .filter((match) => !idioms.some((idiom) => match.start < idiom.end && match.end > idiom.start))
    .filter((match) => !strict || isMaterialInContext(text, match));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: MaterialMatch[] = [];
  for (const match of found) {
    const last = kept[kept.length - 1];
    if (last && match.start < last.end) continue;
    kept.push(match);
  }
  return kept;
}

function isMaterialInContext(text: string, match: MaterialMatch): boolean {
  const before = wordsBefore(text, match.start, 4);
  const next = wordsAfter(text, match.end, 1)[0] ?? "";
  if (wordsBefore(text, match.start, 7).some((word) => workpieceCues.has(word)) || before.some((word) => simileCues.has(word))) return false;
  // "Plugs for brick and concrete": what the product is for, close before the list.
  if (before.slice(-3).includes("for") && !edibleFamilies.has(match.value.family)) return false;
  if (textureNouns.has(next) || colourWords.has(next)) return false;
  // A colour list ("ocean blue, sage green or warm terracotta"): a colour term near, but not right before, the word.
  if (colourMaterials.has(match.value.id) && before.slice(0, -1).some((word) => colourNames.has(word))) return false;
  if (ambiguousMaterials.has(match.value.id) && !/\d|fib/i.test(match.text)) {
    const previous = wordsBefore(text, match.start, 2);
    return previous.some((word) => metalSigns.has(word) || /^\d+(?:k|kt|ct|%)$/.test(word)) || metalParts.has(next);
  }
  if (!edibleFamilies.has(match.value.family)) return true;
  if (wordsBefore(text, match.start, 6).some((word) => servingCues.has(word))) return false;
  return ingredientNouns.has(next) || wordsBefore(text, match.start, 8).some((word) => compositionCues.has(word));
}

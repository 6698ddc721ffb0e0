import type { MaterialFamily } from "../lexicon/materialTable";
import { nonMaterialPhrases } from "../lexicon/materialTable";
import { wordsAfter, wordsBefore } from "../text/clauseContext";
import { PhraseMatcher, type PhraseMatch } from "../text/phraseMatcher";
import { countedMaterialMatcher, uncountedMaterialMatcher, type Material } from "./materialLexicon";

const edibleFamilies = new Set<MaterialFamily>(["food", "cosmetic", "supplement", "botanical"]);
// Words that put a food beside the product, not in it ("stir into coffee", "perfect for toast", "your morning coffee").
const servingCues = new Set([
  "into", "onto", "over", "for", "to", "alongside", "serve", "serves", "pair", "pairs", "top", "stir", "sprinkle", "drizzle", "add", "dip", "spread", "enjoy",
  "cup", "mug", "glass", "bowl", "slice", "plate", "morning", "evening", "afternoon", "hot", "iced", "your", "favourite", "favorite", "sipping", "sip",
  "simmer", "steep", "brew", "whisk", "shake", "heat", "mix", "pour", "toss", "splash", "garnish", "try", "swirl", "dunk",
]);
// Words that put an ingredient in the product: "made with", "notes of", "enriched with", "15% vitamin C".
const compositionCues = new Set([
  "with", "of", "from", "contains", "containing", "including", "includes", "blend", "blended", "infused", "enriched", "packed", "flavour", "flavor",
  "flavoured", "flavored", "notes", "hint", "hints", "scented", "sweetened", "made", "plus", "ingredients", "ingredient", "%", "featuring", "features",
  "boasts", "added", "powered", "fortified", "rich", "loaded", "combines", "combined", "and", "or", "real", "pure", "organic", "natural", "delivers", "provides",
  "formulated", "brewed", "roasted", "pressed", "distilled", "aged", "baked", "ground", "dried", "freeze-dried", "raw", "wild", "whole",
]);
const ingredientNouns = new Set([
  "oil", "oils", "extract", "extracts", "butter", "powder", "juice", "peel", "leaf", "leaves", "root", "seed", "seeds", "flour", "protein", "sugar", "syrup",
  "zest", "essence", "concentrate", "puree", "pulp", "flakes", "chips", "pieces", "bits", "beans", "nibs", "paste", "milk", "water", "acid", "blend",
]);
// Likening something to a material says nothing of what it is made of ("soft as cashmere", "feels like silk").
const simileCues = new Set(["like", "as", "than", "rival", "rivals", "rivalling", "mimic", "mimics", "imitates", "resembles"]);
const textureNouns = new Set(["finish", "sheen", "touch", "feel", "texture", "look", "effect", "glow", "lustre", "luster", "tone", "effect", "pattern", "quilting", "quilted", "stitch", "stitching", "shape", "print"]);
const colourTerms = new Set(["blue", "green", "red", "pink", "yellow", "purple", "grey", "gray", "black", "white", "brown", "beige", "navy", "teal", "colour", "color", "colours", "colors", "shade", "shades", "hue", "hues"]);
const colourWords = new Set([
  "colour", "color", "colours", "colors", "coloured", "colored", "shade", "shades", "hue", "tone", "tones", "finish", "tint", "red", "pink", "green", "yellow",
  "brown", "blue", "white", "black", "grey", "gray", "orange", "purple", "nude", "beige", "tan",
]);
// Metals that also name a colour or a medal, and carbon that also names emissions: a material only with a sign that they are one.
const ambiguousMaterials = new Set(["gold", "silver", "bronze", "platinum", "rose gold", "copper", "carbon fibre"]);
const metalSigns = new Set(["solid", "pure", "fine", "sterling", "real", "genuine", "recycled", "made", "crafted", "cast", "forged", "%", "925", "999"]);
const metalParts = new Set([
  "chain", "chains", "clasp", "clasps", "band", "bands", "ring", "rings", "hoops", "studs", "earrings", "necklace", "pendant", "bracelet", "setting", "settings",
  "posts", "hooks", "rivets", "hardware", "wire", "plating", "plate", "leaf", "foil", "jewellery", "jewelry", "cufflinks", "pipe", "pipes", "fittings", "core",
  "bowl", "body", "frame", "handle", "handles", "charm", "charms", "bead", "beads", "links", "vermeil", "fill", "filled", "plated", "shaft", "shafts",
  "fork", "rim", "rims", "wheels", "blade", "blades", "poles", "tubes", "shell", "case", "weave", "composite", "panel", "panels",
]);
// Words that make a material the thing worked on, not the product's own ("cuts through timber", "drills into concrete").
const workpieceCues = new Set([
  "through", "into", "cut", "cuts", "cutting", "drill", "drills", "drilling", "sand", "sands", "sanding", "grind", "grinds", "grinding", "carve", "carves",
  "fix", "fixes", "fixing", "bond", "bonds", "glue", "glues", "clean", "cleans", "cleaning", "polish", "polishes", "protect", "protects", "detects", "detect",
]);
const nonMaterialMatcher = new PhraseMatcher(nonMaterialPhrases.map((phrase) => ({ forms: [phrase], value: true })));

export type MaterialMatch = PhraseMatch<Material>;

/**
 * The materials, blends and ingredients a text names. In copy (`strict`), a food on the plate
 * ("stir into coffee"), a colour ("cherry red", "available in gold") and an idiom ("a silver
 * lining") are not the product's material; a brief is read as it stands.
 */
export function readMaterials(text: string, strict: boolean): MaterialMatch[] {
  const idioms = strict ? nonMaterialMatcher.find(text) : [];
  const found = [...uncountedMaterialMatcher.find(text), ...countedMaterialMatcher.find(text)]
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
  if (textureNouns.has(next) || colourTerms.has(next)) return false;
  // A colour list ("ocean blue, sage green or warm terracotta"): a colour term near, but not right before, the word.
  if (before.slice(0, -1).some((word) => colourTerms.has(word))) return false;
  if (ambiguousMaterials.has(match.value.id) && !/\d|fib/i.test(match.text)) {
    const previous = wordsBefore(text, match.start, 2);
    return previous.some((word) => metalSigns.has(word) || /^\d+(?:k|kt|ct|%)$/.test(word)) || metalParts.has(next);
  }
  if (!edibleFamilies.has(match.value.family)) return true;
  if (colourWords.has(next) || before.some((word) => servingCues.has(word))) return false;
  return ingredientNouns.has(next) || wordsBefore(text, match.start, 8).some((word) => compositionCues.has(word));
}

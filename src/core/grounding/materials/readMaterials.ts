import {
  ambiguousMaterials, colourMaterials, downLeads, downNouns, colourNames, colourWords, compositionCues, edibleFamilies, fittingParts, ingredientNouns, likenessVerbs, metalParts, metalSigns,
  nonComparingAs, partOnlyMaterials, productForms, readerEntries, servingCues, simileCues, stylingCues, textureNouns, workpieceCommands, workpieceCues,
} from "../lexicon/materialContextWords";
import { nonMaterialPhrases } from "../lexicon/materialTable";
import { words, wordsAfter, wordsBefore } from "../text/clauseContext";
import { PhraseMatcher, type PhraseMatch } from "../text/phraseMatcher";
import { countedMaterialMatcher, uncountedMaterialMatcher, type Material } from "./materialLexicon";

const causeLeads: ReadonlySet<string> = new Set(["thanks", "due", "owing"]);
const combiningVerbs: ReadonlySet<string> = new Set(["pair", "pairs", "pairing", "partners", "teams"]);
const pairingLinks: ReadonlySet<string> = new Set(["with", "well", "nicely", "perfectly", "beautifully", "it", "them", "up", "best", "your", "this", "these", "the", "any", "yours", "one"]);

/** "Pairs niacinamide with …": a combining verb whose object is the material, not the product ("pair it with"). */
function combinesMaterial(word: string, next: string | undefined): boolean {
  return combiningVerbs.has(word) && !pairingLinks.has(next ?? "");
}
const thingAfterArticle = /^(?:[ \t]*(?:[,.;:!?)\n]|$)|[ \t]+(?:on|in|at|over|under|for|from|when|while|that|which|or|to)(?![\p{L}]))/u;
const restsOn = /(?<![\p{L}])(?:stays?(?:[ \t]+put)?|grips?|sits?|rests?|stands?|lies|lays?)[ \t]+(?:firmly[ \t]+|flat[ \t]+|securely[ \t]+)?(?:on|onto)[ \t]+$/iu;
const fillCommand = /(?:^|[.!?\n][ \t]*|(?<![\p{L}])(?:you[ \t]+can|to)[ \t]+)(?:stuff|fill|load|smear)[ \t][^.!?\n]*?(?<![\p{L}])with[ \t][^.!?\n]*$/iu;
const becomesTexture = /(?<![\p{L}])(?:lathers?|lathering|whips?|whipped|froths?|frothing|turns?|turning|melts?|melting|transforms?|foams?|foaming)(?:[ \t]+up)?[ \t]+(?:in)?to[ \t]+(?:a|an)(?![\p{L}])[^.!?;\n]{0,50}$/iu;
// What a product is used on: a material before one of these is the surface's.
const surfaceNouns: ReadonlySet<string> = new Set([
  "floor", "floors", "floorboards", "flooring", "surface", "surfaces", "worktop", "worktops", "countertop", "countertops", "wall", "walls", "tiles", "deck", "decks",
  "decking", "studs", "joists", "beams", "doors", "cabinets", "furniture", "shelves", "tables",
]);
// Verbs of an ingredient at work on skin, hair or make-up, after the list it ends ("… and camellia oils dissolve sunscreen"),
// or giving the product its character ("cedarwood and vanilla give it warmth").
const ingredientAtWork = /^(?:(?:[ \t]*[,&][ \t]*|[ \t]+)[\p{L}-]+){0,5}?[ \t]+(?:cushions?|soothes?|hydrates?|nourish(?:es)?|calms?|conditions?|softens?|moisturi[sz]es?|replenish(?:es)?|plumps?|brightens?|dissolves?|cleanses?|lifts?|helps?|supports?|keeps?|melts?[ \t]+away|work[ \t]+together|team[ \t]+up|give[ \t]+(?:it|them)|gives[ \t]+(?:it|them)|lends?[ \t]+(?:it|them))(?![\p{L}])/iu;
// What the reader adds when serving: "a splash of vanilla", "a scoop of ice cream" ("each scoop of whey" is the product's own;
// "a pinch of black pepper" is a recipe's, so a pinch or a dash is not among these).
const addedMeasures: ReadonlySet<string> = new Set(["dollop", "sprig", "wedge", "slice", "squeeze", "sip"]);
// "The smell of salt air", "grit and pine needles", "a linen shirt", "wide concrete floors": a material's name before another thing's
// noun names that thing, part of a scene around the product.
const garmentNouns: ReadonlySet<string> = new Set(["shirt", "shirts", "dress", "dresses", "trousers", "jeans", "blazer", "jacket", "jumper", "sweater", "coat", "scarf", "tee", "t-shirt"]);
const sceneNouns: ReadonlySet<string> = new Set([
  "air", "breeze", "needles", "cones", "tree", "trees", "forest", "forests", "woods", "grove", "groves", "orchard", "orchards", "fields", "farm", "farms",
  "shop", "shops", "table", "tables", "break", "breaks", "floor", "floors", "spoon", "spoons",
  "run", "lovers", "lover", "date", "dates", "plantation", "plantations", "country", "harvest", "stand", "stall", "cart", "bar", "bars",
]);
// Verbs of cooking or serving with the product ("blend it with", "bake it with"), beside the serving cues.
const cookingVerbs: ReadonlySet<string> = new Set(["blend", "cook", "bake", "roast", "fry", "spoon", "layer", "marinate", "braise", "grill", "top", "finish", "dress"]);
// "Free from parabens" names what the product lacks: the claim is the absence, which the property check reads.
const deniedBefore = /(?<![\p{L}])(?:not|never|instead[ \t]+of|rather[ \t]+than|unlike|without|free[ \t]+(?:of|from))[ \t]+(?:(?:over|on|from|of|in|with|made[ \t]+(?:of|from|with)|a|an|any|the|cheap|cheaper|plain|flimsy)[ \t]+){0,2}$/iu;
const packingVerbs: ReadonlySet<string> = new Set(["packs", "pack", "packed", "squeezes", "crams", "fits", "puts", "houses", "builds", "tucks"]);
const heldChoices = /(?<![\p{L}])(?:holds?|carr(?:y|ies)|keeps?|fits?|stores?|fill(?:s|ed)?)(?![\p{L}])[^.;!?\n]{0,60}$/iu;
const servingCommand = /(?:^|[.!?\n:][ \t]*|[-*•][ \t]+|(?<![\p{L}])(?:and|then|or)[ \t]+)(?:mix|dilute|serve|pour|top[ \t]+up|combine|stir|shake|add|enjoy|try)(?![\p{L}])[^.!?\n]*?(?<![\p{L}])with(?![\p{L}])[^.!?\n]*$/iu;
const listGap = /^(?:[ \t]*,[ \t]*(?:(?:and|or|&|plus)[ \t]+)?|[ \t]+(?:and|or|&|plus)[ \t]+)(?:[\p{L}-]+[ \t]+)?$/iu;
const doseBefore = /(?<![\p{L}\p{N}])\d[\d.,]*[ \t]?(?:mg|mcg|µg|μg|iu|ui)[ \t]+(?:of[ \t]+)?$/iu;
const lineOpening = /(?:^|\n)[ \t]*(?:[-*•·▸►✔✓✅→]+[ \t]*)?$/u;
const nonMaterialMatcher = new PhraseMatcher(nonMaterialPhrases.map((phrase) => ({ forms: [phrase], value: true })));

export type MaterialMatch = PhraseMatch<Material>;

/**
 * The materials, blends and ingredients a text names. In copy (`strict`), a food on the plate
 * ("stir into coffee"), a colour ("cherry red", "available in gold") and an idiom ("a silver
 * lining") are not the product's material; a brief is read as it stands.
 */
export function readMaterials(text: string, strict: boolean, briefMaterials: readonly MaterialMatch[] = []): MaterialMatch[] {
  const idioms = strict ? nonMaterialMatcher.find(text) : [];
  const found = [...uncountedMaterialMatcher.find(text, !strict), ...countedMaterialMatcher.find(text, !strict)]
    .filter((match) => !idioms.some((idiom) => match.start < idiom.end && match.end > idiom.start));
  found.sort((a, b) => a.start - b.start || b.end - a.end);
  sharedHeads(text, found);
  const kept: MaterialMatch[] = [];
  let lastSkipped: MaterialMatch | undefined;
  let last: MaterialMatch | undefined;
  // A match set aside takes the words inside it along: "cane" in a "cane sugar" left unsaid is no rattan.
  let readUpTo = 0;
  let unsaidList: MaterialMatch[] = [];
  // "Crunchy oats, pecans and almonds": a list of foods with no word putting them in the product, some of which the brief
  // gives as the product's, is the product's list.
  const settle = () => {
    if (unsaidList.length >= 2 && unsaidList.some((item) => briefMaterials.some((other) => sameMaterial(other.value, item.value)))) kept.push(...unsaidList);
    unsaidList = [];
  };
  for (const match of found) {
    if (match.start < readUpTo) continue;
    readUpTo = match.end;
    const previous = last;
    last = match;
    if (strict) {
      // A list shares its lead: "cuts wood, metal and plastic", "with eggs, toast or fresh fruit".
      // "With oat milk, a splash of vanilla or a scoop of ice cream": a measure of the next item keeps it in the list.
      const sameList = lastSkipped !== undefined && /^[\s,]*(?:(?:and|or|&|plus)\s+)?(?:(?:a|an)\s+(?:splash|dash|drizzle|scoop|dollop|sprig|pinch|handful|squeeze|spoonful)\s+of\s+|[\p{L}-]+\s+)?$/iu.test(text.slice(lastSkipped.end, match.start));
      // "Black tea with cinnamon": what comes with a material the copy names is in the product too.
      // So is the next thing of a list that the copy has put in it: "with cinnamon, ginger and clove".
      const withMaterial = previous !== undefined && previous !== lastSkipped &&
        (/^\s+with\s+$/i.test(text.slice(previous.end, match.start)) || (previous === kept.at(-1) && /^(?:\s*,\s*(?:(?:and|or|&|plus)\s+)?|\s+(?:and|or|&|plus)\s+)$/i.test(text.slice(previous.end, match.start))));
      const reading = sameList ? "aside" : withMaterial ? "material" : readingOf(text, match);
      const inList = unsaidList.length > 0 && listGap.test(text.slice(unsaidList[unsaidList.length - 1].end, match.start));
      if (reading !== "material") {
        // Only a lead that sets the list aside carries over; a food without a cue says nothing of the next.
        lastSkipped = reading === "aside" ? match : undefined;
        if (reading !== "unsaid" || !inList) settle();
        if (reading === "unsaid") unsaidList.push(match);
        continue;
      }
      // "Oats, almonds, pecans and real maple syrup": a list one of whose things the copy puts in the product is the product's list.
      if (inList) kept.push(...unsaidList);
      else settle();
      unsaidList = [];
    }
    kept.push(match);
  }
  settle();
  return kept.sort((a, b) => a.start - b.start);
}

// "Coconut and castor oils", "shea and cocoa butters": the plural noun after a pair names each of them.
const sharedHead = /^[ \t]+(?:and|&|or)[ \t]+[\p{L}-]+[ \t]+(oils|butters|extracts|waxes|milks|flours|juices)(?![\p{L}])/iu;

/** Each material of a pair that shares its noun, read as named with it ("coconut" in "coconut and castor oils" is coconut oil). */
function sharedHeads(text: string, found: MaterialMatch[]): void {
  for (const [index, match] of found.entries()) {
    const head = sharedHead.exec(text.slice(match.end, match.end + 40))?.[1];
    if (head === undefined) continue;
    const phrase = `${match.text} ${head.toLowerCase().replace(/s$/, "")}`;
    const whole = [...uncountedMaterialMatcher.find(phrase, false), ...countedMaterialMatcher.find(phrase, false)].find((named) => named.start === 0 && named.end === phrase.length);
    if (whole) found[index] = { ...match, value: whole.value };
  }
}

function sameMaterial(a: Material, b: Material): boolean {
  return a.id === b.id || a.ancestors.includes(b.id) || b.ancestors.includes(a.id);
}

/**
 * "material" when the copy says the product is made of it; "aside" when the words around set it
 * apart (a likeness, a colour, a thing worked on, a food served with it); "unsaid" when a food
 * comes with no word that puts it in the product.
 */
function readingOf(text: string, match: MaterialMatch): "material" | "aside" | "unsaid" {
  const before = wordsBefore(text, match.start, 4);
  const next = wordsAfter(text, match.end, 1)[0] ?? "";
  // "Paired with 100 mg vitamin C": an ingredient given a dose is in the product, whatever verb leads to it.
  if (doseBefore.test(text.slice(Math.max(0, match.start - 16), match.start)) && (match.value.family === "supplement" || match.value.family === "cosmetic")) return "material";
  if (isWorkpiece(text, match.start) || before.some((word) => simileCues.has(word)) || isLikeness(before)) return "aside";
  // "Real gold over sterling silver, not over brass", "instead of plastic": a material denied or set against the product's.
  if (deniedBefore.test(text.slice(Math.max(0, match.start - 40), match.start))) return "aside";
  // "Sits right with chinos or denim alike": what the product goes with, listed and closed by "alike".
  if (/^[^.;!?\n]{0,24}?(?<![\p{L}])alike(?![\p{L}])/iu.test(text.slice(match.end, match.end + 40)) && /(?<![\p{L}])with[ \t][^.;!?\n]{0,40}$/iu.test(text.slice(Math.max(0, match.start - 50), match.start))) return "aside";
  // "The warm look of walnut", "the feel of cashmere": a look or a feel the product has, not what it is made of.
  // "A touch of hyaluronic acid" is a little of it, in the product.
  if (before.at(-1) === "of" && textureNouns.has(before.at(-2) ?? "") && before.at(-2) !== "touch") return "aside";
  // "Layers over a fleece", "raise a glass": a material's one-word name after "a" with nothing after it names a thing made of it.
  // "2 fl oz of concentrate per glass": a measure of serving, not what the product is made of.
  if (!/[\s-]/.test(match.text) && /(?<![\p{L}])(?:a|an|per|each|every)[ \t]+$/iu.test(text.slice(Math.max(0, match.start - 6), match.start)) && thingAfterArticle.test(text.slice(match.end, match.end + 12))) return "aside";
  // "From coffee to cocktails", "from bean to cup", "from first coffee to last call": a span of moments or stages, not what the product holds.
  // "From the first coffee on the promenade to the last swim": the moment may take a place with it.
  if (/(?<![\p{L}])from[ \t]+(?:(?:the|your|my|our)[ \t]+)?(?:(?:first|morning|last|early)[ \t]+)?$/iu.test(text.slice(Math.max(0, match.start - 20), match.start)) && /^(?:[ \t]+(?:on|at|in|by)[ \t]+(?:the[ \t]+)?[\p{L}-]+)?[ \t]+(?:to|till|until)[ \t]+\p{L}/iu.test(text.slice(match.end, match.end + 40))) return "aside";
  // "Lathers up into a rich foam", "melts into an oil": what the product turns into in use is its texture, not a material.
  if (becomesTexture.test(text.slice(Math.max(0, match.start - 70), match.start))) return "aside";
  // "Cuts glare off water, snow and wet asphalt": what light is reflected from is a surface around the product.
  if (/(?<![\p{L}])(?:glare|reflections?|reflected[ \t]+light|dazzle)[ \t]+(?:off|from)[ \t]+[^.;!?\n]{0,50}$/iu.test(text.slice(Math.max(0, match.start - 70), match.start))) return "aside";
  // "Stays put on wood or tile": what the product rests on is a surface, whatever follows.
  if (restsOn.test(text.slice(Math.max(0, match.start - 30), match.start))) return "aside";
  // "Stuff the hollow centre with treats or peanut butter": what the reader is told to fill it with is served in it, not made into it.
  if (fillCommand.test(text.slice(Math.max(0, match.start - 80), match.start))) return "aside";
  // "Stays put on wooden floors", "grabs steel studs": the surface the product is used on.
  // "On wooden and tiled floors": the surface noun may close a list of the surfaces' materials.
  const ahead = wordsAfter(text, match.end, 4);
  const surfaceAt = ahead.findIndex((word) => surfaceNouns.has(word));
  const namesSurface = surfaceAt === 0 || (surfaceAt > 0 && ahead.slice(0, surfaceAt).some((word) => word === "and" || word === "or"));
  if (namesSurface && /(?<![\p{L}])(?:on|onto|across|against|over|to|grabs?|grips?|holds?)[ \t]+(?:[\p{L}-]+[ \t]+)?$/iu.test(text.slice(Math.max(0, match.start - 24), match.start))) return "aside";
  const near = wordsBefore(text, match.start, 10);
  // Styling advice is about what is worn or placed with the product; a supplement's or a food's "teamed with chondroitin" is its
  // recipe, and "sold as a pair" is a noun.
  const styled = near.some((word, index) => stylingCues.has(word) && !combinesMaterial(word, near[index + 1]) && !/^(?:a|the|per|each|every)$/.test(near[index - 1] ?? ""));
  if (styled && !edibleFamilies.has(match.value.family)) return "aside";
  // "Plugs for brick and concrete": what the product is for, close before the list.
  if (before.slice(-3).includes("for") && !edibleFamilies.has(match.value.family)) return "aside";
  if (textureNouns.has(next) || colourWords.has(next)) return "aside";
  if (sceneNouns.has(next) && !/[\s-]/.test(match.text)) return "aside";
  // "As right with a linen shirt as with a little black dress": a garment after an article is another thing worn beside it;
  // "Cotton Trousers" names the product.
  if (garmentNouns.has(next) && !/[\s-]/.test(match.text) && /(?<![\p{L}])(?:a|an|your|any)[ \t]+$/iu.test(text.slice(Math.max(0, match.start - 6), match.start))) return "aside";
  // "Down and feather" is a fill; "knock it down and try again" is not.
  const downFill = downNouns.has(next) && (next !== "and" || /^(?:feathers?|duck|goose)$/.test(wordsAfter(text, match.end, 2)[1] ?? ""));
  if (match.value.id === "down" && match.text.toLowerCase() === "down" && !downLeads.has(before[before.length - 1] ?? "") && !downFill) return "aside";
  // A colour list ("ocean blue, sage green or warm terracotta"): a colour term near, but not right before, the word.
  if (colourMaterials.has(match.value.id) && before.slice(0, -1).some((word) => colourNames.has(word))) return "aside";
  if (ambiguousMaterials.has(match.value.id) && !/\d|fib/i.test(match.text)) {
    const previous = wordsBefore(text, match.start, 2);
    // "Carbon 3-piece paddle": a count of pieces between the material and its part leaves the part named.
    const part = /^\d/.test(next) ? wordsAfter(text, match.end, 2)[1] ?? "" : next;
    return previous.some((word) => metalSigns.has(word) || /^\d+(?:k|kt|ct|%)$/.test(word)) || metalParts.has(part) ? "material" : "aside";
  }
  if (partOnlyMaterials.has(match.value.id)) return fittingParts.has(next) ? "material" : "aside";
  // "A sharp, roomy canvas for spreadsheets": the head of "a … X for …" is a thing put to a use, a figure of speech, not what the product is made of.
  if (/(?<![\p{L}])(?:a|an|the)[ \t]+(?:[\p{L}-]+,?[ \t]+){0,3}$/iu.test(text.slice(Math.max(0, match.start - 60), match.start)) && /^[ \t]+for(?![\p{L}])/iu.test(text.slice(match.end, match.end + 6)) && !edibleFamilies.has(match.value.family)) return "aside";
  // "Holds 750 ml of water, coffee or juice", "25 kg of novels, vinyl or pothos": choices of what a container carries, not what it is made of.
  if (heldChoices.test(text.slice(Math.max(0, match.start - 80), match.start)) && /(?<![\p{L}])or(?![\p{L}])/iu.test(text.slice(Math.max(0, match.start - 30), match.end + 30).split(/[.;!?\n]/u)[0] ?? "")) return "aside";
  if (!edibleFamilies.has(match.value.family)) return "material";
  // "Mix one part concentrate with two parts water or milk": a command to the reader, and what to serve the product with.
  if (servingCommand.test(text.slice(Math.max(0, match.start - 80), match.start))) return "aside";
  // "Squalane, ceramides and peptides cushion the skin barrier": the ingredients at work are in the product.
  if (ingredientAtWork.test(text.slice(match.end, match.end + 60))) return "material";
  // The nearest cue decides: "to the garden with sunflower hearts" puts them in the mix, "stir into coffee" does not.
  const lead = wordsBefore(text, match.start, 8);
  for (let index = lead.length - 1; index >= 0; index--) {
    const word = lead[index];
    // "Pairs niacinamide with ceramides": a combining verb whose object is the material puts it in the product; "pairs with cheese" serves it.
    if (combinesMaterial(word, lead[index + 1])) return "material";
    // "Thanks to shea butter", "due to its zinc": what the effect comes from is in the product.
    if (word === "to" && causeLeads.has(lead[index - 1] ?? "")) return "material";
    if (servingCues.has(word)) return "aside";
    // "Enjoy with cold milk", "simmer with honey": the verb before "with" decides. "Make it your own with oat milk" serves it too.
    // "Shake it up with milk": a particle between the serving verb and "with".
    const verbBefore = /^(?:up|through)$/.test(lead[index - 1] ?? "") ? lead[index - 2] ?? "" : lead[index - 1] ?? "";
    if (word === "with" && (servingCues.has(verbBefore) || lead[index - 1] === "own")) return "aside";
    // "Simmer it with garlic", "blend it with a banana": a command to the reader about the product, and what to cook it with.
    // "The recipe pairs it with sweet potato" says what the maker put in: only a command (no "-s") serves it.
    const verb = lead[index - 2] ?? "";
    if (word === "with" && /^(?:it|them|one|some)$/.test(lead[index - 1] ?? "") && !/[^s]s$/.test(verb) && (servingCues.has(verb) || cookingVerbs.has(verb))) return "aside";
    // "A splash of vanilla", "a scoop of ice cream": a measure the reader adds, not an ingredient's share.
    // "The first sip of coffee": the same with a word of time before it.
    if (word === "of" && addedMeasures.has(lead[index - 1] ?? "") && /^(?:a|an|first|last|morning|every|each|your)$/.test(lead[index - 2] ?? "")) return "aside";
    if (compositionCues.has(word)) return "material";
  }
  // "✔ Salmon oil for a glossy coat": a line that opens with an ingredient and what it is for gives it as one of the product's.
  if (lineOpening.test(text.slice(Math.max(0, match.start - 8), match.start)) && /^[ \t]+for[ \t]+(?:a|an|healthy|healthier|strong|stronger|shiny|glossy|soft|smooth|better)(?![\p{L}])/iu.test(text.slice(match.end, match.end + 16))) return "material";
  return ingredientNouns.has(next) || inProductForm(wordsAfter(text, match.end, 8)) ? "material" : "unsaid";
}

/** "Feels like silk", "soft as cashmere": a likeness, not a material. The nearest "like" or "as" decides. */
function isLikeness(before: readonly string[]): boolean {
  for (let index = before.length - 1; index >= 0; index--) {
    const word = before[index];
    const previous = before[index - 1] ?? "";
    if (word === "like") return likenessVerbs.has(previous);
    if (word === "as") return previous !== "" && previous !== "as" && !nonComparingAs.has(previous);
  }
  return false;
}

/** "… in an unflavoured powder", "in every capsule": the clause goes on to put it in the product. */
function inProductForm(after: readonly string[]): boolean {
  const index = after.indexOf("in");
  return index >= 0 && after.slice(index + 1, index + 4).some((word) => productForms.has(word));
}

function isWorkpiece(text: string, start: number): boolean {
  // A cue governs the phrase right after it: "relaxed through the body, finished with mother-of-pearl buttons" works nothing.
  // A comma or a point inside a figure ("10,000 mAh") ends no phrase.
  const phrase = /(?:[^,;:.!?()\n]|(?<=\d)[,.](?=\d))*$/.exec(text.slice(Math.max(0, start - 60), start))?.[0] ?? "";
  const before = words(phrase.replace(/^.*(?<![\p{L}])with(?![\p{L}])/isu, "")).slice(-5);
  // "Sink into plush velvet", "slip into soft merino": the reader goes into the material, which is the product's.
  // "A magnetic hook holds onto steel": what the product grips is worked on, not what it is made of.
  if (/(?<![\p{L}])(?:holds?|hangs?|sticks?|clings?|grips?|grabs?|latches|snaps)[ \t]+(?:on[ \t]*)?to[ \t]+(?:any[ \t]+)?$/iu.test(phrase)) return true;
  // "Packs a 10,000 mAh cell into a slim aluminium shell": what the product's parts are put into is the product.
  const packedInto = words(phrase).some((word) => packingVerbs.has(word));
  if (before.some((word, index) => workpieceCues.has(word) && !(word === "into" && (readerEntries.has(before[index - 1] ?? "") || packedInto)))) return true;
  const command = /(?:^|[.!?\n]\s*)(\p{L}+)[^.!?\n]{0,40}$/u.exec(text.slice(Math.max(0, start - 60), start));
  return command !== null && workpieceCommands.has(command[1].toLowerCase());
}

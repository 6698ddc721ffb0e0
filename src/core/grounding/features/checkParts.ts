import type { GroundingFinding, TextSpan } from "../groundingFinding";
import { partForms, partHeadNouns } from "../lexicon/partTable";
import type { Wording } from "../text/briefWording";
import { words, wordsBefore } from "../text/clauseContext";
import { loosePhrase } from "../text/phraseMatcher";

/** One part, or a run of them naming one thing ("zip pocket"), with each part's forms. */
interface PartMention extends TextSpan {
  readonly parts: readonly (readonly string[])[];
}

// Longest forms first, so "charging case" is read before "case"-like shorter entries could be.
// "Pocket-ready", "drawer-friendly": a part's word heading a compound adjective says where the product goes, not what it has.
const partPattern = new RegExp(
  `(?<![\\p{L}\\p{N}-])(?:${partForms.flat().sort((a, b) => b.length - a.length).map(loosePhrase).join("|")})(?![\\p{L}\\p{N}]|-(?:sized|size|stable|like|ready|friendly|proof|safe|compatible|worthy)|\\s+(?:size|sized)(?![\\p{L}]))(?!\\s+(?:life|nuts|bolts|cards?|bags?|lens(?:es)?|rolls?|of)\\b)(?!\\s+(?:and|&)\\s+go\\b|\\s+(?:it|them)\\s+(?:up|shut|closed)\\b)`,
  "giu",
);
const formsOf = new Map(partForms.flatMap((forms) => forms.map((form) => [form.replace(/[ -]/g, ""), forms] as const)));

// The reader's own things ("slips into your pocket", "your dog's collar") are not the product's parts.
const owners = new Set(["your", "you", "their", "his", "her", "my", "our"]);
// A stated absence ("no zips to scratch") is not an invented part.
// "Fastens with buttons rather than a zip", "instead of a lid": a part the product does without.
const negations = new Set(["no", "not", "without", "never", "zero", "nor", "than", "instead"]);
// Where the product goes ("fits in a pocket", "on the shelf"), not what it has.
const placements = new Set(["in", "into", "inside", "from", "under", "on", "onto", "beside", "behind", "atop", "between", "through", "out", "at", "for"]);
// A room or a shop before a part names the place the product goes ("a bathroom shelf", "the health-food shelf"), not a part of it.
const places = new Set(["desk", "car", "bathroom", "kitchen", "bedroom", "pantry", "garage", "office", "shop", "store", "supermarket", "health-food", "fridge", "hallway", "nursery", "playroom", "studio"]);
// What the product is carried in or worn with ("a jersey pocket", "a pack strap", "a jacket pocket"): that thing's part, not the product's.
const carriers = new Set([
  "jacket", "jersey", "coat", "shirt", "blazer", "trouser", "trousers", "jeans", "pants", "shorts", "apron", "hoodie", "gilet", "vest", "pack", "backpack",
  "rucksack", "daypack", "bag", "handbag", "suitcase", "luggage", "saddle", "bike", "car", "glovebox",
]);
const determiners = new Set(["a", "an", "the", "any", "every", "most", "each", "of"]);
// A part named after the device it fits ("fits Echo Dot speakers", "works with MagSafe chargers") is that device's.
const fitsOthers = new Set(["compatible", "fits", "fit", "works", "pairs", "connects"]);
const introducers = new Set(["a", "an", "the", "its", "with", "featuring", "features", "has", "have", "plus", "includes", "including", "offers", "adds", "boasts", "two", "three", "four", "five", "six", "twin", "dual", "both"]);
// What the product is used on ("Hang shelves", "Tighten wheel nuts") is not a part of it.
const useVerbs = new Set([
  "hang", "hanging", "mount", "mounting", "install", "installing", "fix", "fixing", "build", "building", "assemble", "assembling", "level", "levelling",
  "leveling", "tighten", "tightening", "loosen", "store", "storing", "stack", "organise", "organize", "fill", "clean", "cleaning", "wash", "repair",
  "replace", "attach", "protect", "decorate", "stock", "open", "close", "lock", "unlock", "line", "dust", "wipe", "tackle", "tackling",
  // What the product reaches, suits or matches ("reach the top shelf", "to suit the shelf") is somewhere it goes.
  "reach", "reaches", "reaching", "suit", "suits", "match", "matches", "complement", "complements",
  // What the reader leaves behind for it ("trade the alarm clock for a slower pace", "ditch the charger") is no part of it.
  "trade", "swap", "ditch", "forget", "skip", "escape", "ignore", "switch", "silence", "snooze",
]);
// A sunscreen's "mineral filter" or "UV filter" is what it screens light with, an ingredient rather than a part.
const sunFilterWords = new Set(["mineral", "uv", "uva", "uvb", "chemical", "physical", "sunscreen", "sun", "organic", "inorganic"]);
const brewMethods = /(?<![\p{L}])(?:espresso|pour-over|pour over|cafeti[eè]re|french press|aeropress|moka|cold brew|v60|chemex)(?![\p{L}])/iu;
// Words a part's description never runs back over.
const functionWords = new Set([...determiners, "and", "or", "with", "its", "for", "to", "in", "on", "by", "is", "are", "has", "have", "plus", "includes", "featuring", "two", "three", "four"]);

const phrasalUse = /^[ \t]+(?:(?:up|in|down|on|off)(?![\p{L}])(?![ \t]+front)|(?:the|it|them|your|this)[ \t]+(?:[\p{L}\p{N}-]+[ \t]+){0,3}?(?:closed|shut|open|bag|pouch|tub|box|jar)(?![\p{L}]))/iu;
// A command opens its clause: "Buckle up", "…, then zip up".
const clauseOpening = /(?:^|[.!?:\n][ \t*_#>-]*|,[ \t]*|(?<![\p{L}])(?:and|then|just|to)[ \t]+)$/iu;

export function readParts(text: string): PartMention[] {
  const mentions: PartMention[] = [];
  for (const match of text.matchAll(partPattern)) {
    const forms = formsOf.get(match[0].toLowerCase().replace(/[ -]/g, ""));
    if (!forms) continue;
    const previous = mentions.at(-1);
    if (previous && /^[ \t]+$/.test(text.slice(previous.end, match.index))) {
      const end = match.index + match[0].length;
      mentions[mentions.length - 1] = { start: previous.start, end, text: text.slice(previous.start, end), parts: [...previous.parts, forms] };
      continue;
    }
    // "Buckle up and go", "zip up and head out": a part's name used as a verb with its particle names no part.
    if (phrasalUse.test(text.slice(match.index + match[0].length, match.index + match[0].length + 40)) && clauseOpening.test(text.slice(Math.max(0, match.index - 12), match.index))) continue;
    const start = describedFrom(text, match.index);
    if (endOfSpan(text, start, match.index + match[0].length)) continue;
    // The words describing the part do not hide where it is: "under a pack strap" is a placement.
    if (isReadersOrAbsentOrPlace(text, match.index) || isReadersOrAbsentOrPlace(text, start)) continue;
    const describing = words(text.slice(start, match.index));
    if (describing.some((word) => carriers.has(word) || places.has(word))) continue;
    const verb = wordsBefore(text, start, 2).reverse().find((word) => !determiners.has(word));
    if (!introducedAsItsOwn(text, start) || describing.some((word) => useVerbs.has(word)) || (verb !== undefined && useVerbs.has(verb))) continue;
    if (forms.includes("filter") && describing.some((word) => sunFilterWords.has(word))) continue;
    // "Doubles as a cheerful shelf display": what the product serves as, not a part of it. "The first step to two wheels": cycling.
    if (/(?<![\p{L}])(?:doubles?|works?|serves?)[ \t]+as[ \t]+(?:a|an)[ \t]+(?:[\p{L}-]+[ \t]+){0,2}$/iu.test(text.slice(Math.max(0, match.index - 40), match.index))) continue;
    if (forms.includes("wheel") && /(?<![\p{L}])(?:to|on)[ \t]+two[ \t]+$/iu.test(text.slice(Math.max(0, match.index - 10), match.index))) continue;
    // "Four shimmers for the lid", "blend through the crease": an eyelid in make-up copy.
    if (forms.includes("lid") && /(?<![\p{L}])(?:crease|lash|lashes|brow|eyeshadow|eyeliner|shimmers?|eyelids?)(?![\p{L}])/iu.test(text)) continue;
    // "Pulls a balanced espresso and makes a forgiving filter": among ways of brewing, filter is the coffee, not a part.
    if (forms.includes("filter") && brewMethods.test(/[^.!?\n]*$/.exec(text.slice(Math.max(0, match.index - 80), match.index))?.[0] ?? "")) continue;
    const end = match.index + match[0].length;
    mentions.push({ start, end, text: text.slice(start, end), parts: [forms] });
  }
  return mentions;
}

// "From the campsite to the kitchen drawer", "from pocket to pack": the ends of a span of places the product goes, not its parts.
// A span between two parts ("from the hood to the hem pocket") still walks over the product.
const spanTo = /(?<![\p{L}])from[ \t]+(?:(?:the|a|an|your|any)[ \t]+)?([\p{L}-]+(?:[ \t]+[\p{L}-]+)?)[ \t]+to[ \t]+(?:(?:the|a|an|your|any)[ \t]+)?$/iu;
const spanFrom = /(?<![\p{L}])from[ \t]+(?:(?:the|a|an|your|any)[ \t]+)?$/iu;
const spanEnd = /^[ \t]+to[ \t]+(?:(?:the|a|an|your|any)[ \t]+)?([\p{L}-]+)/iu;

function endOfSpan(text: string, start: number, end: number): boolean {
  const otherEnd = spanTo.exec(text.slice(Math.max(0, start - 60), start))?.[1] ?? (spanFrom.test(text.slice(Math.max(0, start - 16), start)) ? spanEnd.exec(text.slice(end, end + 40))?.[1] : undefined);
  return otherEnd !== undefined && !new RegExp(partPattern.source, "iu").test(otherEnd);
}

/** Where the part's own describing words start ("YKK zip", "4D armrests"), so the finding covers what a reviewer would mark. */
function describedFrom(text: string, offset: number): number {
  let start = offset;
  for (let taken = 0; taken < 3; taken++) {
    const word = /([\p{L}\p{N}][\p{L}\p{N}-]*)[ \t]+$/u.exec(text.slice(Math.max(0, start - 40), start));
    if (!word || functionWords.has(word[1].toLowerCase())) break;
    start -= word[0].length;
  }
  return start;
}

/**
 * Whether the words before a part present it as the product's ("with a hood", "Features:
 * zip pockets", an item of a list) rather than as what the product is used on ("hang
 * shelves", "ready for shelves"), which needs no grammar: the word just before decides.
 */
function introducedAsItsOwn(text: string, start: number): boolean {
  if (/[,:;\u2022]\s*$/.test(text.slice(Math.max(0, start - 8), start))) return true;
  const [before] = wordsBefore(text, start, 1);
  return before === undefined || introducers.has(before);
}

// "Slips into any bag, pocket or glovebox": the later places of a list after "into" are places too.
const placeList = /(?<![\p{L}])(?:in|into|inside|on|onto|under|beside|behind|for)[ \t]+(?:(?:a|an|the|any|every|each|your)[ \t]+)?(?:[\p{L}-]+(?:[ \t]*,[ \t]*(?:(?:or|and|&)[ \t]+)?|[ \t]+(?:or|and|&)[ \t]+)){1,3}$/iu;

// "Packs into its own pocket" goes somewhere: a holding verb followed by where it goes names the product's own part.
const holdingList = /(?<![\p{L}])(?:holds?|fits?|carries|carry|swallows?|stores?|stashes|stash|takes?|packs?|accommodates?|keeps?)[ \t]+(?!(?:into|in|inside|away|down|flat|up|small|neatly|itself|its|it)(?![\p{L}]))(?:up[ \t]+to[ \t]+)?(?:[\p{L}-]+(?:[ \t]*,[ \t]*(?:(?:or|and|&)[ \t]+)?|[ \t]+(?:or|and|&)[ \t]+|[ \t]+)){0,5}(?:a|an|the|your|any)?[ \t]*$/iu;

function isReadersOrAbsentOrPlace(text: string, offset: number): boolean {
  if (placeList.test(text.slice(Math.max(0, offset - 60), offset))) return true;
  // "Swallows layers, lunch and a camera": what the product holds is its contents, not its parts.
  if (holdingList.test(text.slice(Math.max(0, offset - 60), offset))) return true;
  // "Holds 38 litres of clothes, chargers and toiletries": what a measure of the product holds is its contents.
  if (/(?<![\p{L}])(?:holds?|fits?|carries|carry|stores?|takes?|swallows?)[ \t]+[^.;:!?\n]{0,30}?\b(?:litres?|liters?|l|gallons?|kg|lb)[ \t]+of[ \t]+(?:[\p{L}-]+(?:[ \t]*,[ \t]*|[ \t]+(?:and|or|&)[ \t]+|[ \t]+)){0,5}$/iu.test(text.slice(Math.max(0, offset - 90), offset))) return true;
  const clause = wordsBefore(text, offset, 7);
  if (clause.some((word) => fitsOthers.has(word))) return true;
  const before = clause.slice(-4);
  if (before.some((word) => owners.has(word) || /['’]s$/.test(word) || negations.has(word))) return true;
  // The nearest word that is not a determiner or a describing word decides placement: "in a pocket", "into any drawer".
  const nearest = [...before].reverse().find((word) => !determiners.has(word));
  return nearest !== undefined && placements.has(nearest) && before.slice(before.lastIndexOf(nearest) + 1).every((word) => determiners.has(word));
}

/** Parts the copy gives the product when the brief names none of their forms. */
export function checkParts(copy: readonly PartMention[], briefWording: Wording): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const mention of copy) {
    const unbacked = mention.parts.filter((forms) => !forms.some((form) => briefWording.says(form) || saysHeadNoun(form, briefWording)));
    if (unbacked.length === 0) continue;
    const named = unbacked.map((forms) => forms[0]).join(" or ");
    findings.push({ start: mention.start, end: mention.end, text: mention.text, kind: "feature", message: `"${mention.text}": the brief does not say the product has a ${named}.` });
  }
  return findings;
}

function saysHeadNoun(form: string, briefWording: Wording): boolean {
  const head = /\s(\p{L}+)$/u.exec(form)?.[1];
  return head !== undefined && partHeadNouns.has(head) && briefWording.says(head);
}

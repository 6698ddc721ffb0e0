import { words, wordsAfter, wordsBefore } from "../text/clauseContext";
import { unitTable } from "../lexicon/unitTable";
import { numberFromWords, scaleWords } from "./numberWords";
import type { Quantity } from "./quantity";
import { currencyBefore, currencyWordAfter, prefixBefore, unitAfter, unitAfterQualifier } from "./unitsAround";
import { followsResolution, kResolution, resolutionKEnd } from "./videoNotation";

interface Range {
  readonly start: number;
  readonly end: number;
}

const numberWordPattern =
  "half a dozen|a dozen|a pair of|pair of|a pair|a trio of|trio of|a duo of|duo of|a quartet of|quartet of|a quarter|a half|" +
  "(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|" +
  "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" +
  "dozen|half|quarter|twice|double|triple";
const serviceWords = /(?<![\p{L}])(?:support|service|help|helpline|hotline|phone|chat|team|staff|staffed|reception|concierge|desk|monitor(?:ing|ed)?|assistance|agents?|access|security|open|delivery|dispatch)(?![\p{L}])/iu;
// "About a month", "over a tonne", "nearly a litre": one of a unit, which a bound or a rough word before it makes a figure;
// a bare "a month" ("once a month") is a rate's period, no amount.
const oneUnitNouns = "tonnes?|tons?|kilos?|kilograms?|litres?|liters?|gallons?|metres?|meters?|miles?|kilometres?|kilometers?|months?|years?|weeks?|fortnight|days?|hours?|minutes?|pounds?|ounces?|foot|inch|inches|yards?|quarts?|pints?";
const numberToken = new RegExp(
  [
    String.raw`(?<clock>(?<![\p{L}\p{N}])\d{1,2}(?::[0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)(?![\p{L}]))`,
    String.raw`(?<clock24>(?<![\p{L}\p{N}:])[0-2]?\d:[0-5]\d(?![\p{N}:]))`,
    String.raw`(?<allDay>(?<![\p{N}])24\/7(?![\p{N}]))`,
    String.raw`(?<feetInchWords>(?<![\p{N}.,])\d{1,2}[ \u00a0]?(?:ft|feet|foot)\.?[ \u00a0]+(?:and[ \u00a0]+)?\d{1,2}(?:\.\d)?[ \u00a0]?(?:in|inch|inches)\.?(?![\p{L}\p{N}]))`,
    String.raw`(?<feetInches>(?<![\p{N}.,])\d{1,2}['′’]\s?\d{1,2}(?:\.\d)?["″”](?![\p{L}\p{N}]))`,
    String.raw`(?<mixed>(?<![\p{N}/])\d+[ -]\d+\/\d+(?![\p{N}/]))`,
    // "2.4/5 GHz" is two bands, not 2 and four-fifths: a fraction never starts after a decimal point.
    String.raw`(?<fraction>(?<![\p{N}/.,])\d+\/\d+(?![\p{N}/]))`,
    String.raw`(?<digits>(?<![\p{N}.,])(?:\d{1,3}(?:,\d{3})+|\d{1,3}(?:[ \u00a0\u202f]\d{3})+(?=[ \u00a0\u202f]?[\p{L}€$£%])|\d+,\d{1,2}(?=[ \u00a0]?[\p{L}°%])|\d+)(?:\.\d+)?(?![\p{Nd}]|,\d{3}))(?<vulgar>[½¼¾⅓⅔⅛])?`,
    String.raw`(?<oneUnit>(?<=(?<![\p{L}])(?:about|around|roughly|nearly|almost|over|under|approximately|more[ \t]+than|less[ \t]+than|up[ \t]+to|close[ \t]+to|just[ \t]+over|just[ \t]+under|well[ \t]+over|a[ \t]+little[ \t]+over)[ \t]+)an?(?=[ \t]+(?:${oneUnitNouns})(?![\p{L}])))`,
    // "Two hundred and fifty": the tens and units after a hundred or a thousand belong to it.
    String.raw`(?<words>(?<![\p{L}])(?:${numberWordPattern})(?:[\s-]+(?:dozen|hundred|thousand|million|billion))*(?:(?<=(?:hundred|thousand))\s+and\s+(?:${numberWordPattern}))?(?:\s+and\s+a\s+half)?(?![\p{L}]))`,
  ].join("|"),
  "giu",
);
const vulgarFractions: Record<string, number> = { "½": 0.5, "¼": 0.25, "¾": 0.75, "⅓": 1 / 3, "⅔": 2 / 3, "⅛": 0.125 };
// "7¼ in" is written to the quarter: it may have been rounded half a quarter, not half an inch.
const vulgarDenominators: Record<string, number> = { "½": 2, "¼": 4, "¾": 4, "⅓": 3, "⅔": 3, "⅛": 8 };
const approximators = new Set([
  "about", "around", "approximately", "approx", "roughly", "nearly", "almost", "close", "circa", "some", "~", "environ", "aproximadamente", "unos", "unas",
  "etwa", "ungefähr", "rund",
]);
// Numbers that order things rather than measure them: "Step 1", "Tip 3", a numbered list's "2.".
// "EN 71 parts 1, 2 and 3": the later numbers of such a list are numbered as the first is.
const enumerationLead = /(?:\b(?:step|stage|phase|part|chapter|tip|option|rule|reason|round|track|episode|lesson|module|section|figure|table|page|question|no\.|number|day|week)[ \t]*|\b(?:steps|stages|phases|parts|chapters|sections|pages)[ \t]+(?:\d{1,2}[ \t]*(?:,|and|&)[ \t]*)+)$/i;
// "Track 10 million events", "track 500 orders": the lead word is a verb when a scale or a plural noun follows the number.
const countsAfter = /^[ \u00a0]+(?:hundred|thousand|million|billion|[\p{L}]{3,}s)(?![\p{L}])/iu;
// Ways of saying "always" ("365 days a year", "7 days a week", "24 hours a day") state no product figure.
const alwaysIdiom = /^(?:24 hours a day|7 days a week|365 days a year|seven days a week|twenty-four hours a day)\b/i;
const minimumLead = /(?:\bover|(?<!\bno\s)\bmore than|\bat least|\bupwards of|\bin excess of|\bnorth of|\bbeyond)\s*$/i;
const maximumLead = /(?:\bunder|\bless than|\bfewer than|\bbelow|\bno more than|\bat most|\bat the most|\bmax\.?|\bmaximum(?:\s+of)?)\s*$/i;
const addendLead = /(?:\banother|\badditional|\ban extra|\bextra|\ba further|\bplus)\s+(?:up to\s+)?$/i;
const comparative = /^\s*(?:\p{L}+\s+)?(?:\p{L}{2,}er|more|less|fewer|as|the|than)(?![\p{L}])/iu;
// "One serving a day", "one a night", "a month of afternoon tea": a supply reckoned at one a day, or one for each day's occasion.
const oneADayNear = /\b(?:one|1)\s+(?:[\p{L}-]+\s+)?(?:a|per|each)\s+(?:day|night)\b|\b(?:one|1)\s+(?:daily|nightly)\b|\bonce\s+(?:a\s+)?(?:daily|nightly)\b|\bonce\s+a\s+(?:day|night)\b|\bof\s+(?:morning|afternoon|evening|bedtime|daily)\s+[\p{L}-]+|\b(?:every|each)\s+(?:morning|evening|night)\b/iu;
// "Each sponge lasts up to": "each" or "every" and the thing, then a few words of the same clause before the figure.
const eachBefore = /(?<![\p{L}])(?:each|every|a[ \t]+single|one[ \t]+single)[ \t]+[\p{L}-]+(?:[ \t]+[\p{L}-]+){0,4}[ \t]+$/iu;
const supplyWords = new Set(["supply", "lasts", "last", "lasting", "worth", "covers", "cover", "covered", "enough", "daily", "feeds", "feeding"]);
// Prepositions after a number ("sleeps 10 across 4 bedrooms") name nothing it counts.
const nonNouns = new Set([
  "und", "oder", "et", "ou", "y", "o", "e", "to", "and", "or", "of", "the", "a", "an", "in", "on", "at", "by", "per", "for", "from", "with", "x", "is", "are", "each", "more", "than",
  "across", "between", "among", "throughout", "within", "together", "apart", "again", "instead", "alone",
]);
// Things sold as one pair: earrings, footwear, legwear, gloves, eyewear, two-bladed tools.
const pairedThings = new Set([
  "earrings", "hoops", "studs", "huggies", "cufflinks", "socks", "gloves", "mittens", "shoes", "boots", "trainers", "sneakers", "sandals", "slippers",
  "heels", "loafers", "jeans", "trousers", "pants", "leggings", "shorts", "tights", "chinos", "joggers", "pyjamas", "sunglasses", "glasses", "goggles",
  "scissors", "shears", "pliers", "tongs", "headphones", "earbuds", "earplugs", "chopsticks", "skis", "insoles", "laces", "knickers", "briefs", "boxers",
]);
// Things a number word counts in figures of speech ("one step, two jobs", "between two trees"), not in a product.
const figurativeNouns = new Set([
  "ways", "things", "reasons", "jobs", "words", "worlds", "minds", "sides", "steps", "tips", "trees", "people", "friends", "moments", "hands", "feet",
  "eyes", "birds", "cents", "kids", "of", "favourites", "favorites", "options", "choices", "decades", "generations", "seasons", "partners", "heroes",
  "benefits", "secrets", "wins", "moods", "powerhouses", "essentials", "classics", "tone",
]);

// Words ending in "s" that are no plural noun.
const notCountedNouns = new Set(["this", "was", "has", "its", "his", "hers", "ours", "yours", "theirs", "always", "perhaps", "sometimes", "unless", "across", "towards", "does", "goes", "less", "plus", "thus", "whereas"]);
const karatWords = new Set(["gold", "white", "yellow", "rose", "solid", "plated", "vermeil", "karat", "filled", "green"]);
const ordinal = /^(?:st|nd|rd|th)(?![\p{L}])/u;
const goldBefore = /(?<![\p{L}])(?<![\p{N}][ \t]{0,2})(?:gold|or|oro|ouro)(?:[ \t]+(?:jaune|blanc|rose|gris|amarillo|blanco|giallo|bianco))?[ \t]+$/iu;
const goldAfter = /^[ \t]+(?:gold|massif|massive|macizo|de[ \t]+oro|d['’]or)(?![\p{L}])/iu;


/**
 * Every number in a text with what it measures: units and unit words, currencies, ranges and
 * sizes that share a unit, fractions and mixed numbers, number words, counts of things.
 * Numbers inside `skip` (a standard's name, a model code) are left out.
 */
export function readQuantities(given: string, skip: readonly Range[] = [], articles = false): Quantity[] {
  const text = withoutSideLetters(given);
  const found: Quantity[] = [...(articles ? singleUnits(text) : []), ...wholeUnits(text)];
  const halves = andAHalf(text);
  found.push(...halves);
  const skipped = [...skip, ...[...text.matchAll(workdayIdiom), ...text.matchAll(oneAtATime), ...text.matchAll(someDay)].map((idiom) => ({ start: idiom.index, end: idiom.index + idiom[0].length })), ...halves];
  for (const match of text.matchAll(numberToken)) {
    const start = match.index;
    if (skipped.some((range) => start < range.end && start + match[0].length > range.start)) continue;
    found.push(...quantitiesAt(text, match, start));
  }
  return othersAfterList(text, breakdownUnits(text, joinCompounds(text, listedFigures(text, shareUnits(text, found.sort((a, b) => a.start - b.start))))));
}

// "The end of your first 9-to-5": a working day, said as its hours.
// Shop hours ("open 9 to 5") carry no article or possessive before them.
const workdayIdiom = /(?<=(?<![\p{L}])(?:your|a|the|my|our|their|first|daily|usual|regular)[ \t]+)(?:9|nine)[-\s]?to[-\s]?(?:5|five)(?![\p{L}\p{N}])/giu;

// "One cup at a time", "one step at a time": a way of saying "gradually".
const oneAtATime = /(?<![\p{L}])one[ \t]+[\p{L}-]+[ \t]+at[ \t]+a[ \t]+time(?![\p{L}])/giu;

// "Made to be worn every day and, one day, passed down": "one day" as "some day", set off after a clause, not a length of time.
const someDay = /(?<=(?:^|[.!?,;:—–]|(?<![\p{L}])(?:and|but|until|till|perhaps|maybe|that|who|which))[ \t]*)one[ \t]+day(?=[ \t]*,|[ \t]+(?:you|we|they|he|she|your|our|their|it|soon|be|pass|passed|hand|handed|become|find|look|tell)(?![\p{L}]))/gimu;

// "W45 x D45 x H55 cm", as shops write a size: each side's letter before its figure.
const letteredSize = /(?<![\p{L}\p{N}])[WDHL][ \t]?\d+(?:[.,]\d+)?(?:[ \t]*[x×][ \t]*[WDHL][ \t]?\d+(?:[.,]\d+)?)+(?=[ \t]*(?:cm|mm|m|in|inches|")(?![\p{L}]))/gu;

/** A size whose sides carry their letter before the figure, with the letters blanked: "45 x 45 x 55 cm", offsets unchanged. */
function withoutSideLetters(text: string): string {
  return text.replace(letteredSize, (size) => size.replace(/[WDHL]/g, " "));
}

/** "Waist: 28, 30, 32, 34, 36", "sizes 6, 8, 10 or 12": three or more bare figures listed together are choices, no amounts. */
function listedFigures(text: string, quantities: Quantity[]): Quantity[] {
  const result = [...quantities];
  const bare = (quantity: Quantity) => quantity.dimension === "bare" && quantity.span === undefined;
  for (let first = 0; first < result.length; first++) {
    let last = first;
    while (last + 1 < result.length && bare(result[last]) && bare(result[last + 1]) && /^[ \t]*(?:,|,?[ \t]+(?:and|or|&))[ \t]*$/.test(text.slice(result[last].end, result[last + 1].start))) last++;
    if (last - first < 2) continue;
    for (let k = first; k <= last; k++) result[k] = { ...result[k], span: "list" };
    first = last;
  }
  return result;
}

/**
 * "Without formaldehyde, toluene and eight other nasties": the count leaves out the things the list names before it,
 * so the whole is the count and those. The list's first item runs back to where its clause starts, so it may hold a lead
 * ("without formaldehyde"); an earlier segment of more than three words is that first item.
 */
function othersAfterList(text: string, quantities: Quantity[]): Quantity[] {
  return quantities.map((quantity) => {
    if (quantity.dimension !== "count" || !/^[ \t]+(?:other|others|more)(?![\p{L}])/u.test(text.slice(quantity.end, quantity.end + 10))) return quantity;
    const lead = /(?:^|[.!?;:()\n])([^.!?;:()\n]*?)[ \t]*,?[ \t]+(?:and|&|plus)[ \t]+$/u.exec(text.slice(Math.max(0, quantity.start - 160), quantity.start));
    if (!lead) return quantity;
    const segments = lead[1].split(",").map((segment) => words(segment)).reverse();
    let named = 0;
    for (const segment of segments) {
      if (segment.length === 0) break;
      named++;
      if (segment.length > 3) break;
    }
    return named > 0 ? { ...quantity, othersNamed: named } : quantity;
  });
}

// A larger unit and its smaller one written together, and how many of the smaller make one of the larger.
const compoundUnits: readonly { readonly large: string; readonly small: string; readonly per: number }[] = [
  { large: "h", small: "min", per: 60 },
  { large: "lb", small: "oz", per: 16 },
];

/**
 * "3 h 45 min", "2 hours and 10 minutes", "2 lb 7 oz": one figure in the larger unit, which "under three hours" does
 * not reach.
 */
function joinCompounds(text: string, found: Quantity[]): Quantity[] {
  const joined: Quantity[] = [];
  for (const quantity of found) {
    const previous = joined.at(-1);
    const compound = compoundUnits.find((units) => previous?.unitId === units.large && quantity.unitId === units.small && quantity.value < units.per);
    if (previous && compound && /^[ \t\u00a0]*(?:and[ \t]+)?$/.test(text.slice(previous.end, quantity.start))) {
      joined[joined.length - 1] = { ...previous, end: quantity.end, text: text.slice(previous.start, quantity.end), value: previous.value + quantity.value / compound.per, base: previous.base + quantity.base, halfStep: quantity.halfStep / compound.per };
      continue;
    }
    // "An hour and twenty minutes": the hour said as a word, which is read only beside its minutes.
    const anHour = quantity.unitId === "min" && quantity.value < 60 ? /(?<![\p{L}])(?:an|one)[ \t]+hour[ \t]+and[ \t]+$/iu.exec(text.slice(Math.max(0, quantity.start - 20), quantity.start)) : null;
    if (anHour) {
      const start = quantity.start - anHour[0].length;
      joined.push({ ...quantity, start, text: text.slice(start, quantity.end), value: quantity.value + 60, base: quantity.base + 3600 });
      continue;
    }
    joined.push(quantity);
  }
  return joined;
}

function quantitiesAt(text: string, match: RegExpExecArray | RegExpMatchArray, start: number): Quantity[] {
  const token = match[0];
  if (match.groups?.fraction && !gluedToCode(text, start)) {
    const [numerator, denominator] = token.split("/").map(Number);
    if (isValueList(numerator, denominator, unitAfter(text, start + token.length) !== undefined)) return valueList(text, token, start);
  }
  const quantity = quantityAt(text, match, start);
  if (!quantity) return [];
  const always = alwaysIdiom.exec(text.slice(start));
  // The idiom is said whole: "seven days a week", which a finding quotes whole.
  return [always ? { ...quantity, end: Math.max(quantity.end, start + always[0].length), text: text.slice(quantity.start, Math.max(quantity.end, start + always[0].length)), always: true } : quantity];
}

// Denominators of written fractions ("3/4 in", "5/16 in", "1/100 s"): a slash before any other joins two values.
const fractionDenominators = new Set([2, 3, 4, 5, 6, 8, 10, 12, 16, 32, 64, 100, 1000]);

/** "100/450 g", "110/220 V", "5/4 mm": two values that share the unit after the last, not a fraction or a ratio. */
function isValueList(numerator: number, denominator: number, unitFollows: boolean): boolean {
  if (numerator >= denominator) return unitFollows && denominator > 0;
  return numerator > 1 && (!fractionDenominators.has(denominator) || numerator >= 20);
}

/** The figure below zero, read from `start`, where its sign is written. */
function negated(text: string, quantity: Quantity, start: number): Quantity {
  const unit = unitTable.find((entry) => entry.id === quantity.unitId);
  const value = -quantity.value;
  return { ...quantity, start, text: text.slice(start, quantity.end), value, base: value * (unit?.factor ?? 1) + (unit?.offset ?? 0) };
}

function valueList(text: string, token: string, start: number): Quantity[] {
  const [first, second] = token.split("/");
  const secondStart = start + first.length + 1;
  const last = withUnit(text, secondStart, start + token.length, Number(second), stepOf(second), false);
  const head = make(text, { start, end: start + first.length, value: Number(first), dimension: "bare", base: Number(first), halfStep: stepOf(first) });
  return last ? [head, last] : [head];
}

function quantityAt(text: string, match: RegExpExecArray | RegExpMatchArray, start: number): Quantity | undefined {
  const groups = match.groups ?? {};
  const token = match[0];
  if ((enumerationLead.test(text.slice(Math.max(0, start - 30), start)) && !countsAfter.test(text.slice(start + token.length, start + token.length + 24))) || isListMarker(text, start, token) || ratingScale(text, start, token)) return undefined;
  if (groups.clock || groups.clock24) return sceneTime(text, start, start + token.length) ? undefined : clockQuantity(text, token, start);
  // "24/7 comfort": "always", as "24 hours a day" says it. "24/7 phone support", "reach our team 24/7": a service's hours, a figure.
  if (groups.allDay) {
    const allDay = make(text, { start, end: start + token.length, value: 24, dimension: "time", unitId: "h", base: 24 * 3600, halfStep: 0 });
    const around = text.slice(Math.max(0, start - 40), start + token.length + 30);
    return serviceWords.test(around) ? allDay : { ...allDay, always: true };
  }
  if (groups.words) {
    const quantity = wordQuantity(text, token, start);
    // "Minus five degrees Celsius": a sign in words, as "-5 °C" writes it.
    const minus = /(?<![\p{L}])minus[ \t]+$/iu.exec(text.slice(Math.max(0, start - 8), start));
    return quantity && minus && quantity.unitId !== undefined ? negated(text, quantity, start - minus[0].length) : quantity;
  }
  if (groups.oneUnit) return withUnit(text, start, start + token.length, 1, 0.05, true);
  if (groups.feetInches || groups.feetInchWords) return feetAndInches(text, token, start);
  if (gluedToCode(text, start)) return undefined;
  let value: number;
  let halfStep: number;
  if (groups.mixed) {
    const [whole, fraction] = token.split(/[ -]/);
    value = Number(whole) + fractionValue(fraction);
    halfStep = 1 / (2 * Number(fraction.split("/")[1]));
  } else if (groups.fraction) {
    const [numerator, denominator] = token.split("/").map(Number);
    // "18/8 steel", "60/40 blend": a ratio, read as its two numbers.
    if (numerator >= denominator || denominator === 0) return ratioQuantity(text, token, start);
    value = numerator / denominator;
    halfStep = 1 / (2 * denominator);
  } else {
    const digits = groups.digits ?? "";
    value = Number(plainDigits(digits)) + (groups.vulgar ? vulgarFractions[groups.vulgar] : 0);
    halfStep = groups.vulgar ? 1 / (2 * vulgarDenominators[groups.vulgar]) : stepOf(digits);
  }
  // "Rated 7 out of 10" is the brief's "7/10": a score on its scale, read as the fraction.
  const outOf = groups.digits ? /^[ \t]+out[ \t]+of[ \t]+(\d+)(?![\d.,%])/.exec(text.slice(start + token.length, start + token.length + 16)) : null;
  if (outOf && Number(outOf[1]) > value) return { ...make(text, { start, end: start + token.length, value, dimension: "bare", base: value, halfStep }), outOf: Number(outOf[1]) };
  let startAt = start;
  // A minus sign stands after a space, a bracket or a colon ("-5 °C", "(-10 °C)"); "90°-125°" is a range's dash.
  if (/[-−]/.test(text[start - 1] ?? "") && /^$|[\s([{:~≈,;=]/u.test(text[start - 2] ?? "")) {
    value = -value;
    startAt = start - 1;
  }
  return withUnit(text, startAt, start + token.length, value, halfStep, false);
}

function wordQuantity(text: string, token: string, start: number): Quantity | undefined {
  const lower = token.toLowerCase();
  const value = numberFromWords(lower);
  if (value === undefined) return undefined;
  const end = start + token.length;
  if (/^(?:twice|double|triple)$/.test(lower)) {
    // Only a comparison ("twice as fast", "double the battery") states a figure.
    const next = wordsAfter(text, end, 1)[0];
    return next === "as" || next === "the" ? make(text, { start, end, value, dimension: "count", base: value, halfStep: 0, noun: "times" }) : undefined;
  }
  // "Cuts the time in half", "by half": a share.
  if (lower === "half" && /\b(?:in|by)\s+$/i.test(text.slice(Math.max(0, start - 4), start))) {
    return make(text, { start: start - (/\S+\s+$/.exec(text.slice(Math.max(0, start - 4), start))?.[0].length ?? 0), end, value: 50, dimension: "percent", unitId: "pct", base: 50, halfStep: 0 });
  }
  // "Two-fifths argan oil", "three quarters": a share, as a percentage would give it.
  const parts = /^[-‐ ](halves|thirds|quarters|fourths|fifths|sixths|eighths|tenths)(?![\p{L}])/iu.exec(text.slice(end));
  // "Three-quarters of an inch", "two-thirds of a litre": a share of one unit is a measure in it.
  const ofUnit = parts ? /^[ \t]+of[ \t]+(?:a|an|one)(?=[ \t])/iu.exec(text.slice(end + parts[0].length)) : null;
  const unitOfShare = parts && ofUnit ? unitAfter(text, end + parts[0].length + ofUnit[0].length) : undefined;
  if (parts && unitOfShare) {
    const share = value / fractionNouns[parts[1].toLowerCase()];
    return make(text, { start, end: unitOfShare.end, value: share, dimension: unitOfShare.entry.dimension, unitId: unitOfShare.entry.id, base: share * unitOfShare.entry.factor + (unitOfShare.entry.offset ?? 0), halfStep: 0.05, approximate: true });
  }
  if (parts) {
    const share = (100 * value) / fractionNouns[parts[1].toLowerCase()];
    return make(text, { start, end: end + parts[0].length, value: share, dimension: "percent", unitId: "pct", base: share, halfStep: 0.5, approximate: true });
  }
  // "Buy two for $230", "3 for £10": a multi-buy counts the things its price is for.
  // "One for $9.50" is the price of one, no multi-buy.
  if (/^[ \t]+for[ \t]+(?:[$€£¥]|US\$)/u.test(text.slice(end, end + 10))) return value === 1 ? undefined : make(text, { start, end, value, dimension: "count", base: value, halfStep: 0, noun: "items" });
  const quantity = withUnit(text, start, end, value, 0.5, true);
  if (!quantity) return undefined;
  // "one" and "half" are everyday words: they state a figure only with a unit ("one-year warranty").
  if ((lower === "one" || lower === "half" || lower === "quarter" || lower === "a half" || lower === "a quarter") && quantity.unitId === undefined) return undefined;
  // "No two stones are alike": an idiom of uniqueness, which counts nothing.
  const noTwoAlike = lower === "two" && /(?<![\p{L}])no[ \t]+$/iu.test(text.slice(Math.max(0, start - 4), start)) && /^[^.;!?\n]{0,30}?(?<![\p{L}])(?:alike|the same|identical)(?![\p{L}])/iu.test(text.slice(end, end + 40));
  return noTwoAlike || (quantity.noun !== undefined && figurativeNouns.has(quantity.noun)) ? { ...quantity, figurative: true } : quantity;
}

function withUnit(text: string, start: number, numberEnd: number, value: number, halfStep: number, fromWords: boolean): Quantity | undefined {
  let end = numberEnd;
  let scaled = value;
  const scale = /^[ \u00a0]+(hundred|thousand|million|billion|trillion)(?![\p{L}])/iu.exec(text.slice(end));
  if (scale && !fromWords) {
    const factor = scaleWords.get(scale[1].toLowerCase()) ?? 1;
    scaled = value * factor;
    halfStep *= factor;
    end += scale[0].length;
  }
  // "21+1 clutch settings": a count written as a sum counts what follows its last part, as each part does.
  const sumTail = fromWords ? null : /^\+\d{1,3}(?=[ \u00a0]+\p{L})/u.exec(text.slice(end, end + 6));
  if (sumTail) {
    const noun = nounAfter(text, end + sumTail[0].length);
    if (noun !== undefined) return make(text, { start, end: end + sumTail[0].length, value: scaled, dimension: "count", base: scaled, halfStep, approximate: false, noun });
  }
  if (text[end] === "+") end++;
  const resolutionEnd = fromWords ? undefined : resolutionKEnd(text, end, scaled);
  if (resolutionEnd !== undefined) return make(text, { start, end: resolutionEnd, value: scaled, dimension: kResolution, unitId: kResolution, base: scaled, halfStep: 0 });
  if (!fromWords && followsResolution(text, start) && !unitAfter(text, end)) {
    return make(text, { start, end, value: scaled, dimension: "frame-rate", unitId: "fps", base: scaled, halfStep });
  }
  // "2700K", "6500 K": a light's colour in kelvin. Gold is 24 karat at most, and ten thousand is written "10K", not "10000K".
  const kelvin = fromWords ? null : /^[ \u00a0]?K(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 3));
  if (kelvin && scaled >= 1000 && scaled <= 12000) return make(text, { start, end: end + kelvin[0].length, value: scaled, dimension: "colour-temperature", unitId: "kelvin", base: scaled, halfStep, approximate: isApproximate(text, start) });
  // "Your next 10K time", "a 5K race": a race's distance, which is the runner's, not the product's.
  if (!fromWords && /^[kK][ \u00a0]+(?:run|runs|race|races|time|times|PB|PR|training|event|events|finish|distance)(?![\p{L}])/u.test(text.slice(end, end + 14))) {
    return { ...make(text, { start, end: end + 1, value: scaled * 1000, dimension: "bare", base: scaled * 1000, halfStep, approximate: false }), figurative: true };
  }
  // "26K DPI", "10k steps": a thousand, unless a carat of gold follows ("14k gold").
  const thousands = /^[kK](?=[ \u00a0]+(\p{L}+))/u.exec(text.slice(end, end + 30));
  if (thousands && !fromWords && !karatWords.has((/^[kK][ \u00a0]+(\p{L}+)/u.exec(text.slice(end, end + 30))?.[1] ?? "").toLowerCase())) {
    scaled *= 1000;
    halfStep *= 1000;
    end += 1;
  } else if (!fromWords && /^[MB](?=[ \u00a0]+\p{Ll}|\/)/u.test(text.slice(end, end + 3))) {
    // "1M events/month", "2B rows": a million, a billion.
    const factor = text[end] === "M" ? 1e6 : 1e9;
    scaled *= factor;
    halfStep *= factor;
    end += 1;
  }
  const approximate = isApproximate(text, start);
  const currency = currencyBefore(text, start);
  if (currency) {
    return make(text, { start: currency.start, end, value: scaled, dimension: currency.dimension, unitId: currency.dimension, base: scaled, halfStep, approximate });
  }
  const side = fromWords ? undefined : sideLetterEnd(text, start, end);
  if (side !== undefined) {
    // "78 H x 72 W x 76 D cm": the letter names a side (not watts, not denier); the last side carries the unit for all.
    const sideUnit = unitAfter(text, side);
    if (sideUnit && sideUnit.entry.dimension === "length") {
      return make(text, { start, end: sideUnit.end, value: scaled, dimension: "length", unitId: sideUnit.entry.id, base: scaled * sideUnit.entry.factor, halfStep, approximate });
    }
    return make(text, { start, end: side, value: scaled, dimension: "bare", base: scaled, halfStep, approximate });
  }
  let unit = unitAfter(text, end) ?? unitAfterQualifier(text, end);
  // "Or 18 carats", "oro de 18 quilates", "18 carats massif": carats of gold are its karat, as French and Spanish write it.
  if (unit?.entry.id === "carat" && (goldBefore.test(text.slice(Math.max(0, start - 16), start)) || goldAfter.test(text.slice(unit.end, unit.end + 12)))) {
    const karat = unitTable.find((entry) => entry.id === "karat");
    if (karat) unit = { ...unit, entry: karat };
  }
  // "Ages 12m+", "aged 18m": a child's age in months, as toy labels write it, not metres.
  if (unit?.entry.id === "m" && (text[unit.end] === "+" || /(?<![\p{L}])(?:ages?|aged)[ \t]*$/iu.test(text.slice(Math.max(0, start - 8), start)))) {
    const month = unitTable.find((entry) => entry.id === "month");
    if (month) unit = { ...unit, entry: month };
  }
  // "40p a day": pence; a video's lines are 144p at the fewest.
  if (unit?.entry.id === "p" && !fromWords && scaled < 100) return make(text, { start, end: unit.end, value: scaled, dimension: "money-gbp", unitId: "money-gbp", base: scaled / 100, halfStep: halfStep / 100, approximate: isApproximate(text, start) });
  // "100% satisfaction", "100% money-back": a promise of service, no share of anything.
  if (unit?.entry.id === "pct" && scaled === 100 && /^[ \t]*(?:customer[ \t]+)?(?:satisfaction|satisfied|happiness|happy|money[- ]back|risk[- ]free)(?![\p{L}])/iu.test(text.slice(unit.end, unit.end + 30))) {
    return { ...make(text, { start, end: unit.end, value: scaled, dimension: "percent", unitId: "pct", base: scaled, halfStep, approximate: false }), figurative: true };
  }
  if (unit && !(unit.entry.id === "denier" && scaled < 10)) {
    // "Eight hours to go", "ten minutes left": a wait in a scene, not the product's.
    if (fromWords && /^[ \t]+(?:to[ \t]+go|left)(?![\p{L}])/iu.test(text.slice(unit.end, unit.end + 10))) return { ...make(text, { start, end: unit.end, value: scaled, dimension: unit.entry.dimension, unitId: unit.entry.id, base: scaled * unit.entry.factor + (unit.entry.offset ?? 0), halfStep, approximate }), figurative: true };
    return make(text, {
      start, end: unit.end, value: scaled, dimension: unit.entry.dimension, unitId: unit.entry.id,
      base: scaled * unit.entry.factor + (unit.entry.offset ?? 0), halfStep, approximate,
    });
  }
  const currencyWord = currencyWordAfter(text, end);
  if (currencyWord) return make(text, { start, end: currencyWord.end, value: scaled, dimension: currencyWord.dimension, unitId: currencyWord.dimension, base: scaled * currencyWord.factor, halfStep: halfStep * currencyWord.factor, approximate });
  const prefix = prefixBefore(text, start);
  if (prefix) return make(text, { start: prefix.start, end, value: scaled, dimension: `prefix:${prefix.id}`, unitId: prefix.id, base: scaled, halfStep, approximate });
  const date = fromWords ? undefined : dateAt(text, start, end, scaled);
  if (date) return make(text, { ...date, dimension: "date", unitId: "date", base: date.value, halfStep: 0 });
  const rest = text.slice(end);
  // "10x slower", "2× faster": a multiple.
  if (/^[x×](?![\p{L}\p{N}])/u.test(rest)) return make(text, { start, end: end + 1, value: scaled, dimension: "count", base: scaled, halfStep, approximate, noun: "times" });
  if (ordinal.test(rest)) return make(text, { start, end: end + 2, value: scaled, dimension: "bare", base: scaled, halfStep, approximate });
  // "45x45x55cm", "3840x2160": a side of a size written without spaces, read as "45 x 45 x 55 cm" is.
  if (!fromWords && sideGlued.test(rest)) return make(text, { start, end, value: scaled, dimension: "bare", base: scaled, halfStep, approximate });
  // A number glued to letters that are no unit ("3D", "X2") is a name, not a figure.
  if (/^\p{L}/u.test(rest)) return undefined;
  const container = /\b(pack|set|box|case|bundle|carton|bag|tub|bottle|jar|tin|kit|lot|multipack|sleeve|roll|pair|tray|crate|batch|family|group|party|household|team|crew)s? of\s*$/i.exec(text.slice(Math.max(0, start - 20), start));
  // "Sleeps three", "seats up to eight": the verb says what is counted.
  // "Sleeping up to eight" says it as "sleeps up to eight" does.
  const capacity = /\b(sleep|seat|serve|accommodate|feed)(?:s|ing)\s+(?:up to\s+)?$/i.exec(text.slice(Math.max(0, start - 24), start))?.[1] ??
    // "Room for three": how many a tent or a sofa takes, as "sleeps three" says it.
    (/\broom\s+for\s+(?:up\s+to\s+)?$/i.test(text.slice(Math.max(0, start - 16), start)) ? "sleep" : undefined);
  // "If you take two at a time": a number of doses.
  const doses = /\b(?:take|takes|taking|swallow|chew)\s+$/i.test(text.slice(Math.max(0, start - 10), start)) && /^\s+(?:at\s+a\s+time|a\s+day|daily|together|with)\b/i.test(text.slice(end, end + 14));
  // "Breakfast for two", "a table for four": a meal, a room or a ticket counts the people it is for.
  const forPeople = /(?<![\p{L}])(?:breakfast|brunch|lunch|dinner|meals?|afternoon[ \t]+tea|room|suite|table|entry|admission|tickets?|seats?|spa[ \t]+day|treatments?|massage|tour|class|lesson|package|picnic|hamper)[ \t]+for[ \t]+$/iu.test(text.slice(Math.max(0, start - 24), start));
  const noun = forPeople ? "guests" : nounAfter(text, end) ?? container?.[1].toLowerCase() ?? (capacity ? `${capacity.toLowerCase()}s` : doses ? "doses" : undefined);
  // "Sold as a pair" and "a dozen" count on their own ("40 g a pair" is a rate); other number words need the thing they count.
  if (fromWords && !noun && (!/pair|dozen/i.test(text.slice(start, end)) || /\d[^\d\n]{0,12}$/.test(text.slice(Math.max(0, start - 14), start)))) return undefined;
  // "There's a pair for the toddler": one pair handed to someone, the way a pair of boots is sold, not a count of two.
  if (fromWords && !noun && /pair/i.test(text.slice(start, end)) && pairForSomeone.test(text.slice(end, end + 16))) return undefined;
  // "Buy one for $9.50", "grab one today": one of the product, bought, no figure of it.
  if (fromWords && scaled === 1 && /(?<![\p{L}])(?:buy|grab|get|order|pick|add)[ \t]+$/iu.test(text.slice(Math.max(0, start - 8), start)) && /^[ \t]*(?:for|or|and|now|today|[,.!;]|$)/iu.test(text.slice(end, end + 8))) return undefined;
  if (!fromWords && modelNumber(text, start, end, noun)) return { ...make(text, { start, end, value: scaled, dimension: "bare", base: scaled, halfStep, approximate }), model: true };
  const quantity = make(text, { start, end, value: scaled, dimension: noun ? "count" : "bare", base: scaled, halfStep, approximate, noun });
  // "The two smaller sizes", "the three largest": some of the things named, picked out by a comparison, a figure only where the brief counts them.
  if (/(?<![\p{L}])the[ \t]+$/iu.test(text.slice(Math.max(0, start - 4), start)) && /^[ \t]+\p{L}+(?:er|est)[ \t]+\p{L}/iu.test(text.slice(end, end + 24)) && !/^[ \t]+(?:other|under|over|after|silver|copper|leather|rubber|paper|water|power|laser|timer|filter|sticker|heater|speaker|charger|holder|cover|layer|player|driver|number)(?![\p{L}])/iu.test(text.slice(end, end + 16))) return { ...quantity, subset: true };
  // "The first step to two wheels", "life on two wheels": cycling, said as its idiom.
  if (fromWords && scaled === 2 && /^[ \t]+wheels(?![\p{L}])/iu.test(text.slice(end, end + 10)) && /(?<![\p{L}])(?:to|on)[ \t]+$/iu.test(text.slice(Math.max(0, start - 4), start))) return { ...quantity, figurative: true };
  // "A four-season tent", "4-way stretch", "3-ply", "a 5-speed motor": a rating joined to its number, which only the brief's own
  // rating of the same kind backs, never arithmetic on its other counts (two doors and two vestibules make no four seasons).
  if (/^[-‐](?:season|way|ply|layer|speed|zone)(?![\p{L}])/iu.test(text.slice(end, end + 10))) return { ...quantity, rating: true };
  // "A pair of hoops you can wear every day", "a pair of socks": one product that comes as a pair by nature, unless the brief counts them.
  if (fromWords && /pair/i.test(text.slice(start, end)) && noun !== undefined && pairedThings.has(noun.toLowerCase())) return { ...quantity, onePair: true };
  // "Two belts in one", "three looks in one": what a single product does, a figure of speech unless the brief counts those things.
  // In figures ("16 Tools in One") it is a count of a multi-tool's functions.
  if (fromWords && /^[ \t]+(?:[\p{L}-]+[ \t]+){1,2}in[ \t]+one(?![\p{L}])(?![ \t]+\p{L})/iu.test(text.slice(end, end + 30))) return { ...quantity, figurative: true };
  // "Three or four drops", "2 or 3 coats": neighbouring numbers offered as a choice are a rough amount, a figure only where the brief counts those things.
  return vagueAlternative(text, start, end, scaled) ? { ...quantity, figurative: true } : quantity;
}

// "x" or "×" between two numbers with no space: the sides of one size.
const sideGlued = /^[x×](?=\d)/;

const sideLetter = /^[ \t]?[HWDL]\.?(?![\p{L}\p{N}])/u;
// The first side: the next one carries a letter too, so "65 W x 2" (two chargers) stays watts.
const nextLetteredSide = /^[ \t]*[x×][ \t]*\d+(?:[.,]\d+)?[ \t]?[HWDL]\.?(?![\p{L}\p{N}])/u;
const lastLetteredSide = /\d[ \t]?[HWDL]\.?[ \t]*[x×][ \t]*$/u;

/** Where a side's letter after its figure ends ("78 H x 72 W"), in a size whose sides all carry one. */
function sideLetterEnd(text: string, start: number, end: number): number | undefined {
  const letter = sideLetter.exec(text.slice(end, end + 4));
  if (!letter) return undefined;
  const after = end + letter[0].length;
  return nextLetteredSide.test(text.slice(after, after + 16)) || lastLetteredSide.test(text.slice(Math.max(0, start - 14), start)) ? after : undefined;
}

/**
 * "Dual stereo microphones", "triple filtration": an adjective of multiplicity counts what it qualifies, as "two" or "three" would.
 * Read apart from the figures: it backs a count, but is no factor of the brief's arithmetic ("dual microphones" and "30 fps" make no 60 fps).
 */
export function multiplicityCounts(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(/(?<![\p{L}-])(dual|triple|quad|quadruple)[- ](\p{L}+)/giu)) {
    const value = multiplicity[match[1].toLowerCase()];
    found.push(make(text, { start: match.index, end: match.index + match[1].length, value, dimension: "count", base: value, halfStep: 0, noun: match[2].toLowerCase() }));
  }
  return found;
}

/** "Lasts up to a year", "an hour's walk": one of a unit, read in a brief, where "a" is a figure the copy may give as "12 months". */
function singleUnits(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(/\b(?:a|an)\s+(year|month|week|day|hour|night|minute)\b(?!-)/gi)) {
    const unit = unitTable.find((entry) => entry.forms.includes(match[1].toLowerCase()));
    if (unit) found.push(make(text, { start: match.index, end: match.index + match[0].length, value: 1, dimension: unit.dimension, unitId: unit.id, base: unit.factor, halfStep: 0 }));
  }
  // A fact that says only "pair" ("sold as: pair") counts two, as "a pair" does.
  for (const match of text.matchAll(/(?<![\p{L}\p{N}][ \u00a0]?|\b(?:a|per|the)\s+)\bpair\b(?!\s+of)/giu)) {
    found.push(make(text, { start: match.index, end: match.index + match[0].length, value: 2, dimension: "count", base: 2, halfStep: 0, noun: "pair" }));
  }
  return found;
}

const multiplicity: Record<string, number> = { dual: 2, triple: 3, quad: 4, quadruple: 4 };

const pairForSomeone = /^[ \t]+for[ \t]+(?:the|a|an|every|each|your|any|his|her|their|one|him|them|you|everyone|anyone)(?![\p{L}])/iu;

/** "4.6/5", "4.8 out of 5": the scale a rating is given on, which counts nothing; "2.4/5 GHz" gives a second figure in a unit. */
function ratingScale(text: string, start: number, token: string): boolean {
  return /^(?:5|10|100)$/.test(token) && unitAfter(text, start + token.length) === undefined && /\d(?:[.,]\d+)?[ \t]*(?:\/|out[ \t]+of)[ \t]*$/i.test(text.slice(Math.max(0, start - 12), start));
}

/** "Three or four drops", "2 or 3 coats": one of two neighbouring numbers offered as a choice. */
function vagueAlternative(text: string, start: number, end: number, value: number): boolean {
  if (!Number.isInteger(value) || unitAfter(text, end) !== undefined) return false;
  const after = /^[ \t]+or[ \t]+([\p{L}]+|\d+)(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 20))?.[1];
  const before = /(?<![\p{L}\p{N}])([\p{L}]+|\d+)[ \t]+or[ \t]+$/u.exec(text.slice(Math.max(0, start - 20), start))?.[1];
  const valueOf = (word: string | undefined) => (word === undefined ? undefined : /^\d+$/.test(word) ? Number(word) : numberFromWords(word));
  return valueOf(after) === value + 1 || valueOf(before) === value - 1;
}

// Systems whose versions are numbered: "Android 10", "iOS 16", "Windows 11".
const versionedSystems = /(?<![\p{L}])(?:Android|iOS|iPadOS|macOS|watchOS|tvOS|visionOS|Windows|Windows Server|Ubuntu|Debian|Fedora|ChromeOS|Chrome OS|Wear OS|HarmonyOS|Fire OS|OS X|Office|Python|Java|PHP|Node|Node\.js|Excel|Photoshop)[ \u00a0]?v?$/u;
const packingWords = new Set(["pack", "set", "piece", "pc", "pcs", "count", "ct", "box", "case", "bundle", "pair", "pairs", "kit", "bag", "pouch"]);

/**
 * "Android 10", "iOS 16": a version. "Vector 2 Smartwatch", "ClearFlow 600 Canister Filter": a number between two capitalised
 * words of a name, before a singular word, is the model's number. Neither measures anything.
 */
function modelNumber(text: string, start: number, end: number, noun: string | undefined): boolean {
  const lead = text.slice(Math.max(0, start - 16), start);
  if (versionedSystems.test(lead)) return true;
  // "SOC 2", "SAML 2.0", "HDMI 2.1": a standard's acronym and its number name one thing; "EU 42" and "UK 8" are sizes.
  if ((noun === undefined || !/s$/.test(noun)) && /(?<![\p{L}\p{N}-])(?!(?:EU|UK|US|FR|IT|JP|AU|DE|ES|CN|MX|BR)[ \u00a0]$)\p{Lu}{3,6}[ \u00a0]$/u.test(lead)) return true;
  if (!/(?<![\p{L}])\p{Lu}[\p{L}]*[ \u00a0]$/u.test(lead) || /^[ \u00a0]?[-‐]/.test(text.slice(end, end + 2))) return false;
  const next = /^[ \u00a0]+(\p{Lu}[\p{L}-]*)(?![\p{L}])/u.exec(text.slice(end, end + 30))?.[1];
  return next !== undefined && noun !== undefined && next.toLowerCase() === noun && !/s$/i.test(next) && !packingWords.has(noun);
}

const monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
/** A month's name or its abbreviation, captured: shared with monthRanges.ts. */
export const monthPattern = String.raw`(January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)`;
const monthAfter = new RegExp(String.raw`^(?:st|nd|rd|th)?[ \u00a0]+(?:of[ \u00a0]+)?${monthPattern}\.?(?![\p{L}])`, "u");
const monthBefore = new RegExp(String.raw`(?<![\p{L}])${monthPattern}\.?[ \u00a0]+$`, "u");

/** "14 June", "June 14th": a day of a month, one date however it is ordered. Its value is month × 100 + day. */
function dateAt(text: string, start: number, end: number, value: number): { start: number; end: number; value: number } | undefined {
  if (!Number.isInteger(value) || value < 1 || value > 31) return undefined;
  const after = monthAfter.exec(text.slice(end, end + 20));
  if (after) return { start, end: end + after[0].length, value: monthIndex(after[1]) * 100 + value };
  const before = monthBefore.exec(text.slice(Math.max(0, start - 12), start));
  if (!before || /^[\p{L}\p{N}]/u.test(text.slice(end).replace(/^(?:st|nd|rd|th)/, ""))) return undefined;
  const ordinalEnd = end + (/^(?:st|nd|rd|th)(?![\p{L}])/u.exec(text.slice(end))?.[0].length ?? 0);
  return { start: start - before[0].length, end: ordinalEnd, value: monthIndex(before[1]) * 100 + value };
}

export function monthIndex(name: string): number {
  return monthNames.findIndex((month) => month.toLowerCase().startsWith(name.toLowerCase().slice(0, 3))) + 1;
}

// A full year is 12 months of 30 days as well as 365 days: the calendar's own rounding.
const calendarSlack = 0.02;

/** "A full year of history", "a whole week": one of a unit, stated as a figure in copy as in a brief. */
/** "An inch and a half", "20 and a half inches": a figure and a half, which a conversion writes to the nearest half. */
function andAHalf(text: string): Quantity[] {
  const found: Quantity[] = [];
  for (const match of text.matchAll(/(?<![\p{L}\p{N}])(?:(an?|one)[ \t]+(\p{L}+)[ \t]+and[ \t]+a[ \t]+half|(\d{1,4})[ \t]+and[ \t]+a[ \t]+half[ \t]+(\p{L}+))(?![\p{L}])/giu)) {
    const word = (match[2] ?? match[4] ?? "").toLowerCase();
    const unit = unitTable.find((entry) => entry.forms.includes(word));
    // "A month and a half of servings": a span said with "a", as "a month" is, is read only where the brief's figures are.
    if (!unit || (match[3] === undefined && (unit.dimension === "time" || unit.dimension === "nights"))) continue;
    const value = (match[3] === undefined ? 1 : Number(match[3])) + 0.5;
    found.push(make(text, { start: match.index, end: match.index + match[0].length, value, dimension: unit.dimension, unitId: unit.id, base: value * unit.factor + (unit.offset ?? 0), halfStep: 0.25, approximate: true }));
  }
  return found;
}

function wholeUnits(text: string): Quantity[] {
  const found: Quantity[] = [];
  // "A full day's kit" is what a pack holds, not how long anything lasts; "a full day on the water" is the reader's outing.
  for (const match of text.matchAll(/\b(?:a|one)\s+(?:full|whole|complete|entire)\s+(year|month|week|day|night)\b(?!-)(?!['’]s\s+(?:kit|gear|essentials|supplies|food|snacks|water|clothes|clothing|layers|provisions|adventures?|hiking|exploring|wear|outfits?|shopping|errands)\b)(?!\s+(?:on|at|in)\s+the\s+(?!(?:go|job)\b)|\s+(?:out|outdoors|outside)\b|\s+(?:on\s+site|at\s+work|at\s+the\s+office)\b)/gi)) {
    const unit = unitTable.find((entry) => entry.forms.includes(match[1].toLowerCase()));
    if (unit) found.push(make(text, { start: match.index, end: match.index + match[0].length, value: 1, dimension: unit.dimension, unitId: unit.id, base: unit.factor, halfStep: calendarSlack }));
  }
  return found;
}

/** "5'3\"", "7′7″", "5 ft 3 in": feet and inches, read as inches. */
function feetAndInches(text: string, token: string, start: number): Quantity | undefined {
  // "10'6\"" and "10 ft 6 in" are one length.
  const [feet, inches] = (/^(\d+)\D+?(\d+(?:\.\d)?)/.exec(token) ?? []).slice(1).map(Number);
  if (feet === undefined || inches === undefined) return undefined;
  const inch = unitTable.find((entry) => entry.id === "in");
  if (!inch || inches >= 12) return undefined;
  const value = feet * 12 + inches;
  return make(text, { start, end: start + token.length, value, dimension: inch.dimension, unitId: inch.id, base: value * inch.factor, halfStep: 0.5, approximate: isApproximate(text, start) });
}

const fractionNouns: Record<string, number> = { halves: 2, thirds: 3, quarters: 4, fourths: 4, fifths: 5, sixths: 6, eighths: 8, tenths: 10 };

function clockQuantity(text: string, token: string, start: number): Quantity {
  const [, hourText, minuteText, meridiem] = /^(\d{1,2})(?::(\d{2}))?\s?([ap])?/i.exec(token) ?? [];
  let hour = Number(hourText) % (meridiem ? 12 : 24);
  if (meridiem?.toLowerCase() === "p") hour += 12;
  const value = hour + Number(minuteText ?? 0) / 60;
  return make(text, { start, end: start + token.length, value, dimension: "clock", unitId: "clock", base: value, halfStep: 0 });
}

/** "A 2 am exit", "that 6 am alarm": a time of day that names a moment of a scene, not a schedule the product keeps. */
function sceneTime(text: string, start: number, end: number): boolean {
  // "Nobody climbs over anybody at 3 a.m.": the small hours set a scene; no product keeps a schedule then.
  const smallHour = /^(?:[1-4]|12)(?::[0-5]\d)?\s?a\.?m\b/i.test(text.slice(start, end)) && /(?<![\p{L}])at\s+$/iu.test(text.slice(Math.max(0, start - 4), start));
  if (smallHour) return true;
  // "Order by 3pm for next-day delivery": a shop's cut-off, part of the delivery promise the inclusions check reads.
  if (/(?<![\p{L}])(?:order|ordered|orders)[ \t]+(?:by|before)[ \t]+$/iu.test(text.slice(Math.max(0, start - 16), start))) return true;
  // "It's 11 p.m. and the deadline is tomorrow": the hour a scene opens at.
  if (/(?:^|[.!?\n][ \t]*)(?:it['’]s|it[ \t]+is)[ \t]+$/iu.test(text.slice(Math.max(0, start - 12), start))) return true;
  return /(?<![\p{L}])(?:a|an|that|those|every|your|the odd)\s+$/iu.test(text.slice(Math.max(0, start - 10), start)) && /^[ \t]*[-‐]?[ \t]*\p{L}/u.test(text.slice(end, end + 4));
}

function ratioQuantity(text: string, token: string, start: number): Quantity {
  const value = Number(token.replace("/", "."));
  return make(text, { start, end: start + token.length, value, dimension: "ratio", base: value, halfStep: 0 });
}

interface QuantityParts {
  start: number;
  end: number;
  value: number;
  dimension: string;
  unitId?: string;
  base: number;
  halfStep: number;
  approximate?: boolean;
  noun?: string;
}

function make(text: string, parts: QuantityParts): Quantity {
  const before = wordsBefore(text, parts.start, 3);
  // "Sizes: 7-13": an attribute line's key names its value, across the colon.
  const key = /(?:^|\n)[ \t]*([\p{L}][\p{L} \t'-]{0,30}):[ \t]*(?:[\d.,]+[ \t]*(?:[-–—x×/]|to)[ \t]*)?$/u.exec(text.slice(Math.max(0, parts.start - 50), parts.start))?.[1];
  // "Ports: 2 x USB-C, 1 x USB-A": the key names every figure of its line, not only the first.
  const lineKey = key ?? /(?:^|\n)[ \t]*([\p{L}][\p{L} \t'-]{0,30}):[^\n:]*$/u.exec(text.slice(Math.max(0, parts.start - 120), parts.start))?.[1];
  if (lineKey) before.unshift(...words(lineKey).slice(-3));
  // "Blades: 200 mm, 250 mm": a key over a short list of figures names each of them; over a sentence it is a heading.
  const listKey = /(?:^|\n)[ \t]*([\p{L}][\p{L} \t'-]{0,30}):[ \t]*\d(?:[^\n:!?.]|\.\d){0,40}$/u.exec(text.slice(Math.max(0, parts.start - 80), parts.start))?.[1];
  const after = wordsAfter(text, parts.end, 3);
  const lead = text.slice(Math.max(0, parts.start - 24), parts.start);
  const bound = minimumLead.test(lead) || /^\+/.test(text.slice(parts.end - 1, parts.end)) ? "min" : maximumLead.test(lead) ? "max" : undefined;
  const per = /^[ \t]+(?:a|an|per|each|every)[ \t]+(day|week|month|year|night)(?![\p{L}])/iu.exec(text.slice(parts.end, parts.end + 16))?.[1].toLowerCase();
  const unitPrice = parts.dimension.startsWith("money-")
    ? (/^[ \t]*(?:(?:per|a|an|each|every|\/)[ \t]*(\p{L}[\p{L}-]*)|(each))(?![\p{L}])/iu.exec(text.slice(parts.end, parts.end + 24)) ?? undefined)
    : undefined;
  return {
    per,
    ...(unitPrice ? { unitPrice: (unitPrice[1] ?? unitPrice[2]).toLowerCase() } : {}),
    ...(differenceAfter.test(text.slice(parts.end, parts.end + 30)) || differenceBefore.test(text.slice(Math.max(0, parts.start - 30), parts.start)) ? { difference: true } : {}),
    basis: basisOf(text, parts.start, parts.end),
    total: totalAfter.test(text.slice(parts.end, parts.end + 48)) || totalBefore.test(text.slice(Math.max(0, parts.start - 24), parts.start)),
    start: parts.start,
    end: parts.end,
    text: text.slice(parts.start, parts.end),
    value: parts.value,
    dimension: parts.dimension,
    unitId: parts.unitId,
    base: parts.base,
    halfStep: parts.halfStep,
    approximate: parts.approximate ?? false,
    bound,
    addend: addendLead.test(lead),
    comparison: parts.noun === "times" && comparative.test(text.slice(parts.end, parts.end + 40)),
    unitBorrowed: false,
    noun: parts.noun,
    supply: parts.dimension === "time" && ([...wordsBefore(text, parts.start, 5), ...after].some((word) => supplyWords.has(word)) ||
      // "At one a day that's a full 120 days": the clause reckons the span at the rate it gives.
      /(?<![\p{L}])at[ \t]+(?:one|1)[ \t]+(?:[\p{L}-]+[ \t]+)?(?:a|per|each)[ \t]+(?:day|night)(?![\p{L}])[^.;!?\n]{0,30}$/iu.test(text.slice(Math.max(0, parts.start - 60), parts.start)) || /^\s+(?:(?:if|when)\s+(?:you\s+)?(?:take|use|have|drink|eat|give|feed)\s+)?(?:at\s+)?(?:one|\d+|two)(?:\s?(?:g|kg|ml|oz|cups?|scoops?|servings?|capsules?|tablets?|gummies|gummy|softgels?|doses?|pods?|sachets?))?\s+(?:a|per|each)\s+(?:day|night)\b/i.test(text.slice(parts.end, parts.end + 48)) ||
      // "Two months of restful nights at one a night": a span of use, reckoned at a rate the clause gives.
      /^[^.;!?\n]{0,30}?\bat\s+(?:one|1|two|2)\s+(?:[\p{L}-]+\s+)?(?:a|per|each)\s+(?:day|night)\b/iu.test(text.slice(parts.end, parts.end + 60)) ||
      // "Two months in every bottle": what one pack holds, in days of use.
      /^[\s*_]*(?:of\s+\p{L}+\s+)?(?:in|per)\s+(?:every|each|a|one|the)\s+(?:bottle|pack|packet|tub|jar|bag|box|pouch|tin|container|canister|refill)s?(?![\p{L}])/iu.test(text.slice(parts.end, parts.end + 40))),
    perPair: parts.unitId !== undefined && (/^[ \t]*(?:(?:the|a|per|for the|for a)[ \t]+pair|for both)(?![\p{L}])/iu.test(text.slice(parts.end, parts.end + 16)) ||
      // "The pair weighs 480 g", "das Paar also 480 g", "la paire pèse 480 g": the pair named just before the figure.
      /(?<![\p{L}])(?:the|each|every|das|la|el)\s+(?:pair|paar|paire|par)\s+(?:\p{L}+\s+)?$/iu.test(text.slice(Math.max(0, parts.start - 28), parts.start))),
    perUnit: perUnitAfter(text, parts.end) ?? perUnitBefore(text, parts.start, parts.end),
    forOne: eachBefore.test(text.slice(Math.max(0, parts.start - 50), parts.start)) || /^[ \t]+each(?![\p{L}])/iu.test(text.slice(parts.end, parts.end + 8)) ||
      (parts.unitId !== undefined && multiplierBefore.test(text.slice(Math.max(0, parts.start - 16), parts.start))),
    perMonth: parts.dimension.startsWith("money-") && /^[^.;:\n]{0,20}?(?:per|a|an|\/)\s*(?:month|mo)(?![\p{L}])/iu.test(text.slice(parts.end, parts.end + 32)),
    perYear: parts.dimension.startsWith("money-") && (/^[^.;:\n]{0,20}?(?:per|a|an|\/)\s*(?:year|yr|annum)(?![\p{L}])/iu.test(text.slice(parts.end, parts.end + 32)) ||
      /(?<![\p{L}])(?:annual|annually|yearly)(?![\p{L}])[^.;\n\d$€£]{0,20}$/iu.test(text.slice(Math.max(0, parts.start - 30), parts.start))),
    oneADay: oneADayNear.test(text.slice(Math.max(0, parts.start - 40), parts.end + 48)),
    context: [...before, ...after],
    labels: [...labelsAround(text, parts.start, parts.end), ...keyLabel(key ?? listKey)],
  };
}

// "26 Wh below the limit", "a $26 saving", "the remaining 7.5%", "an extra 60 cm", "a 5 cm extender" (a 45 cm chain that
// extends to 50 cm): a difference of two figures.
const differenceAfter = /^[ \t]+(?:\p{L}+[ \t]+)?(?:below|under|above|over|less|more|fewer|short|cheaper|lighter|heavier|longer|shorter|off|saving|saved|savings|extender|extenders|extension|extensions)(?![\p{L}])/iu;
const differenceBefore = /(?<![\p{L}])(?:remaining|rest|other|balance|saving|save|saves|savings|difference)[ \t]+(?:of[ \t]+)?(?:just[ \t]+|only[ \t]+)?$/iu;

// "2 x 4.0 Ah", "two 4.0 Ah batteries": a measure after a count of the things it measures is given for each of them.
const multiplierBefore = /(?:(?<![\p{L}\p{N}.,])\d+[ \t]*[x×][ \t]*|(?<![\p{L}])(?:two|three|four|five|six|seven|eight|nine|ten|twin|dual)[ \t]+)$/iu;

// Words between a label and its figure ("hot for up to 12 hours", "EPA: just 300 mg"), passed over to reach the label.
const labelFillers = new Set(["for", "up", "down", "to", "of", "just", "only", "about", "around", "roughly", "nearly", "almost", "approximately", "over", "under", "a", "an", "the", "is", "are", "at", "by"]);
// Words next to a figure that say nothing of what it measures.
const notLabels = new Set([
  "and", "or", "with", "from", "per", "each", "every", "in", "on", "into", "its", "it's", "your", "our", "their", "this", "that", "these", "all", "both",
  "plus", "then", "so", "you", "get", "gets", "has", "have", "had", "was", "were", "be", "will", "can", "than", "more", "less", "total", "in", "as", "long",
  "extra", "another", "additional", "further", "full", "whole", "pack", "set", "box", "case", "bag", "pair", "piece", "pieces", "x",
]);

/** The content word a figure is attached to on each side within its phrase: a comma, bracket or any mark ends the phrase. */
function labelsAround(text: string, start: number, end: number): string[] {
  // One end of a range or a size ("40–45 cm", "180 x 90 cm") is read with the other, not as a figure of its own.
  // A list's next line ("- 800 fill power") is no other end: the range stays on its line.
  if (/(?:[-–—‐/x×]|\bto|\band)[ \t]*\d[\d.,]*[ \t]*$/i.test(text.slice(Math.max(0, start - 16), start)) || /^[ \t]*(?:[-–—‐/x×]|to\b)[ \t]*\d/i.test(text.slice(end, end + 8))) return [];
  const labels: string[] = [];
  const phraseBefore = /[^,.;:!?()[\]\n—–"“”=→]*$/u.exec(text.slice(Math.max(0, start - 60), start))?.[0] ?? "";
  let generic = false;
  for (const word of words(phraseBefore).reverse()) {
    if (labelFillers.has(word)) continue;
    if (isLabel(word)) labels.push(word);
    // "Comfort rating 0 °C": a word any figure could have ("rating", "limit") is named by the word before it, as on an attribute line.
    if (!generic && genericKeyWords.has(word)) {
      generic = true;
      continue;
    }
    break;
  }
  // "500 mg sodium" and "1 g of sodium" name the same thing.
  // "A 7-day lift pass.": a phrase of two words after the figure is named by its last, the head noun, as much as by its first.
  const afterPhrase = /^(?:[ \t\u00a0]+|[-‐])(?:of[ \t\u00a0]+)?(\p{L}[\p{L}-]*)(?:[ \t]+(\p{L}[\p{L}-]*)(?=[ \t]*(?:[.,;:!?)\n—–]|$)))?/u.exec(text.slice(end, end + 40));
  const [first, second] = [afterPhrase?.[1]?.toLowerCase(), afterPhrase?.[2]?.toLowerCase()];
  if (first !== undefined && isLabel(first)) labels.push(first, ...(second !== undefined && isLabel(second) ? [second] : []));
  return labels;
}

// "40 W of total output", "a combined 40 W", "60 W in total": a total.
// "125 kg across all five shelves", "between them": a total over several things.
// "1,000 mg of EPA and DHA together": the two things it is the total of may come between.
// "24 hours with case": a battery's figure with its charging case counts the case's charges and the first one.
const totalAfter = /^[ \t]+(?:of[ \t]+(?:[\p{L}\p{N}-]+[ \t]+(?:and|\+|&)[ \t]+[\p{L}\p{N}-]+[ \t]+(?=together|combined|in[ \t]+total))?)?(?:total|combined|together|in[ \t]+total|in[ \t]+all|altogether|overall|between[ \t]+them|(?:with|including|incl\.)[ \t]+(?:the[ \t]+)?(?:charging[ \t]+)?case|across[ \t]+(?:all|every|the)(?:[ \t]+[\p{L}\p{N}]+)?[ \t]+\p{L}+s)(?![\p{L}])/iu;
const totalBefore = /(?<![\p{L}])(?:a[ \t]+total[ \t]+of|total(?:ling|ing)?|combined|in[ \t]+all)[ \t]+(?:of[ \t]+)?$/iu;
// What a figure is given for: "200 mg per serving", "400 mg of magnesium in each serving", "Each serving provides 400 mg".
const basisNouns = "serving|scoop|portion|dose";
// "200 mg elemental magnesium per serving", "400 mg of magnesium in each serving": what the figure is for, a few words on.
const basisAfter = new RegExp(String.raw`^(?:[ \t]+(?:of[ \t]+)?[\p{L}-]+(?:[ \t]+[\p{L}-]+){0,2}?)?[ \t]+(?:in[ \t]+)?(?:per|each|every|a|an)[ \t]+(${basisNouns})(?![\p{L}])`, "iu");
// "Each two-capsule serving of our blend provides 400 mg": the serving may be described by a word or two.
const basisBefore = new RegExp(String.raw`(?<![\p{L}])(?:each|every)(?:[ \t]+[\p{L}\p{N}-]+){0,2}?[ \t]+(${basisNouns})(?![\p{L}])[^.,;:!?\n\d]{0,40}$`, "iu");

function basisOf(text: string, start: number, end: number): string | undefined {
  return (basisAfter.exec(text.slice(end, end + 60)) ?? basisBefore.exec(text.slice(Math.max(0, start - 60), start)))?.[1].toLowerCase();
}

const doseUnits = "capsule|tablet|softgel|gummy|gummie|caplet|lozenge|sachet|scoop|stick|chew|pill|vegicap|drop";
// "400 mg of magnesium in every capsule", "200 mg elemental magnesium per capsule".
const perUnitPattern = new RegExp(String.raw`^(?:[ \t]+of(?:[ \t]+[\p{L}\p{N}+&-]+){1,4}?|(?:[ \t]+\p{L}[\p{L}\p{N}+&-]*){1,3}?)?[ \t]+(?:in|per)[ \t]+(?:(?:each|every|one|a|an|the|single)[ \t]+){0,2}(${doseUnits})s?(?![\p{L}])`, "iu");

/** "400 mg of magnesium in every capsule": the dose unit a figure is given for. */
function perUnitAfter(text: string, end: number): { noun: string; end: number } | undefined {
  const match = perUnitPattern.exec(text.slice(end, end + 60));
  return match ? { noun: match[1].toLowerCase(), end: end + match[0].length } : undefined;
}

const perUnitLead = new RegExp(String.raw`(?<![\p{L}])(?:each|every|one|a[ \t]+single|per)[ \t]+(${doseUnits})[ \t]+(?:provides|contains|delivers|gives|has|holds|packs|supplies|offers)[ \t]+(?:you[ \t]+)?(?:a[ \t]+)?(?:full[ \t]+|whole[ \t]+)?$`, "iu");

/** "Each capsule provides 200 mg": the dose unit named before the figure, with a verb of giving. */
function perUnitBefore(text: string, start: number, end: number): { noun: string; end: number } | undefined {
  const match = perUnitLead.exec(text.slice(Math.max(0, start - 50), start));
  return match ? { noun: match[1].toLowerCase(), end } : undefined;
}

/** "Comfort: -5 °C": an attribute line's key labels its figure. */
function keyLabel(key: string | undefined): string[] {
  const keyWords = key === undefined ? [] : words(key);
  const last = keyWords.at(-1);
  if (last === undefined || !isLabel(last)) return [];
  // "Comfort rating: 0 °C": a key ending in a word any figure could have ("rating", "level") is named by the word before it.
  const before = keyWords.at(-2);
  return genericKeyWords.has(last) && before !== undefined && isLabel(before) ? [last, before] : [last];
}

const genericKeyWords = new Set(["rating", "ratings", "level", "levels", "range", "value", "score", "class", "grade", "setting", "limit"]);

function isLabel(word: string): boolean {
  return word.length >= 3 && /^\p{L}/u.test(word) && !notLabels.has(word) && !labelFillers.has(word);
}

/** "7 nights (4 camping, 3 hotel)": the parts of a measured total, in brackets after it, are in its unit. */
function breakdownUnits(text: string, quantities: Quantity[]): Quantity[] {
  const result = [...quantities];
  for (let i = 0; i < result.length; i++) {
    const total = result[i];
    if (total.unitId === undefined || total.span !== undefined) continue;
    const open = /^(?:[ \t]+[\p{L}-]+){0,2}[ \t]*\(/u.exec(text.slice(total.end, total.end + 40));
    if (!open) continue;
    const from = total.end + open[0].length;
    const close = text.indexOf(")", from);
    if (close < 0) continue;
    for (let k = i + 1; k < result.length && result[k].end <= close; k++) {
      const part = result[k];
      if (part.start < from || part.unitId !== undefined || (part.dimension !== "count" && part.dimension !== "bare") || part.value >= total.value || /s$/.test(part.noun ?? "")) continue;
      const unit = unitTable.find((entry) => entry.id === total.unitId);
      result[k] = { ...part, dimension: total.dimension, unitId: total.unitId, base: unit ? part.value * unit.factor + (unit.offset ?? 0) : part.value, noun: undefined };
    }
  }
  return result;
}

/** "7–8 mm", "180 x 90 cm", "between 10 and 25 kg": the first number takes the unit of the last. */
function shareUnits(text: string, quantities: Quantity[]): Quantity[] {
  const result = [...quantities];
  for (let i = result.length - 2; i >= 0; i--) {
    const current = result[i];
    const next = result[i + 1];
    if (current.dimension !== "bare" && current.dimension !== "count") continue;
    const between = text.slice(current.end, next.start);
    // "Shoe sizes 8–12", "15–20 mmHg": a range's ends with no unit the table knows are still ends, no figures to work with.
    if (next.unitId === undefined && (next.dimension === "bare" || next.dimension === "count") && /^(?:[-–—‐]|\s+to\s+)$/.test(between) && next.span === undefined) {
      result[i] = { ...current, span: "range" };
      result[i + 1] = { ...next, span: "range" };
      continue;
    }
    // "VESA 100x100", "Rug 160x230": sides of a size with no unit are still sides, no counts to multiply ("3 x 4 bars" is a pack).
    if (next.unitId === undefined && (next.dimension === "bare" || next.dimension === "count") && /^\s*[x×]\s*$/.test(between) && (/^[x×]$/.test(between) || (current.value >= 10 && next.value >= 10))) {
      result[i] = { ...current, span: "size", noun: undefined, dimension: "bare" };
      result[i + 1] = { ...next, span: "size", noun: undefined, dimension: "bare" };
      continue;
    }
    if (next.unitId === undefined || next.dimension === "clock" || next.dimension === "ratio") continue;
    // "## Pulse 3\n\n- 8 hours": a list's next line is no other end of a range.
    if (between.includes("\n")) continue;
    // "6 and 12 in": two bare numbers joined by "and" share the unit after the last, as a range does.
    // "20, 22 or 24 in": a list's earlier figures share its unit too.
    // "H 180 x W 60 x D 35 cm": a side may carry its letter.
    const joined = /^\s*(?:[-–—‐/]|to|x|×|by|or)\s*(?:[HWDL]\.?[ \t]*[:=]?[ \t]*)?$/i.test(between) || (/^\s*(?:and|und|et|y|e)\s*$/i.test(between) && (current.dimension === "bare" || /between\s*$/i.test(text.slice(0, current.start)))) ||
      (/^[ \t]*,[ \t]*$/.test(between) && current.dimension === "bare" && next.unitBorrowed && next.span === "range");
    if (!joined) continue;
    const unit = unitTable.find((entry) => entry.id === next.unitId);
    const base = unit ? current.value * unit.factor + (unit.offset ?? 0) : current.value;
    // "3 x 30 ml" is three of a measure; "60 × 40 cm" and "100–200 L" give sides and ends of one thing.
    const multiplied = /^\s*(?:x|×|by)\s*(?:[HWDL]\.?[ \t]*[:=]?[ \t]*)?$/i.test(between);
    const span = !multiplied ? "range" : next.dimension === "length" || next.dimension === "area" ? "size" : undefined;
    // "Sizes: 25, 30 and 35 cm diameter": what the unit's figure is labelled names the figures that borrow its unit too; "2 x 2.0 Ah batteries" counts them.
    const labels = span === undefined ? current.labels : [...new Set([...current.labels, ...next.labels])];
    result[i] = { ...current, dimension: next.dimension, unitId: next.unitId, base, noun: undefined, unitBorrowed: true, span, labels };
    // "Widths 2 and 2.5 cm", "lengths 40, 60 and 80 cm": the label before the first names the rest too.
    result[i + 1] = { ...next, labels: [...new Set([...next.labels, ...current.labels])], span: span ?? next.span };
    for (let k = i + 2; k < result.length && result[k - 1].unitBorrowed; k++) result[k] = { ...result[k], labels: [...new Set([...result[k].labels, ...current.labels])] };
  }
  return result;
}

function isListMarker(text: string, start: number, token: string): boolean {
  return /^\d{1,2}$/.test(token) && /^[.)][ \t]/.test(text.slice(start + token.length)) && /(?:^|\n)[ \t>]*$/.test(text.slice(Math.max(0, start - 8), start));
}

function fractionValue(fraction: string): number {
  const [numerator, denominator] = fraction.split("/").map(Number);
  return denominator ? numerator / denominator : 0;
}

/** "4.4" was rounded to a tenth, "330" perhaps to ten; "12" to one. */
function stepOf(digits: string): number {
  const plain = plainDigits(digits);
  const decimals = plain.includes(".") ? plain.split(".")[1].length : 0;
  if (decimals > 0) return 0.5 * 10 ** -decimals;
  const zeros = /0*$/.exec(plain)?.[0].length ?? 0;
  // Only a figure of three or more digits is written rounded to its tens ("330 lb" for 150 kg), and its first two digits stand:
  // 250 kg is "550 lb", never "600 lb".
  return plain.length > zeros && plain.length >= 3 ? 0.5 * 10 ** Math.min(zeros, plain.length - 2) : 0.5;
}

/** "1,000" and "5 400" group thousands; "0,75" and "1,5" (a comma and one or two digits) are decimals, as written across most of Europe. */
function plainDigits(digits: string): string {
  return /^\d+,\d{1,2}$/.test(digits) ? digits.replace(",", ".") : digits.replace(/[, \u00a0\u202f]/g, "");
}

/** B12, E27, PS5, KSM-66, Omega-3: a name with digits in it, not a figure. */
function gluedToCode(text: string, start: number): boolean {
  const previous = text[start - 1] ?? "";
  // "US M9", "UK W7": a sizing system, then the letter for men's or women's sizes, is a size and no code.
  if (/(?<![\p{L}])(?:US|UK|EU)[ \u00a0][MWmw]$/u.test(text.slice(Math.max(0, start - 5), start))) return false;
  // "45x45x55cm": the next side of a size, after the "x" that joins it to the last.
  if (/[x×]/.test(previous) && /\d/.test(text[start - 2] ?? "")) return false;
  if (/\p{L}/u.test(previous)) return !/[$€£¥]/.test(previous);
  if (previous === "#") return true;
  // "2700K-6500K", "5mm-8mm": a hyphen after a figure's unit joins the ends of a range, as after the figure itself.
  if (/(?<![\p{L}])\d+(?:[.,]\d+)?[ \u00a0]?\p{L}{1,3}[-‐]$/u.test(text.slice(Math.max(0, start - 12), start))) return false;
  // "Under-28 discount", "over-50s": an age limit, no code.
  if (/(?<![\p{L}])(?:under|over|ages?)[-‐]$/iu.test(text.slice(Math.max(0, start - 6), start))) return false;
  return /[-‐]/.test(previous) && /\p{L}/u.test(text[start - 2] ?? "");
}

function isApproximate(text: string, start: number): boolean {
  if (/~\s*$/.test(text.slice(Math.max(0, start - 2), start))) return true;
  return wordsBefore(text, start, 2).some((word) => approximators.has(word));
}

function nounAfter(text: string, end: number): string | undefined {
  const rest = text.slice(end);
  const hyphened = /^[-‐]([\p{L}]+)/u.exec(rest);
  if (hyphened) return hyphened[1].toLowerCase();
  const next = wordsAfter(text, end, 4);
  if (next.length === 0 || !/^\s/.test(rest)) return undefined;
  // "Five shelves, three of them adjustable": a share of things named before, counted by what sets it apart, as "two adjustable" is.
  if (next[0] === "of" && /^(?:them|these|those)$/.test(next[1] ?? "") && next[2] !== undefined && !nonNouns.has(next[2]) && !/^(?:are|is|were|can|will|have|come)$/.test(next[2])) return next[2];
  // "Three 72-tooth ratchets": a measure joined to a word describes the things counted, which the next word names.
  if (/^\d+(?:[.,]\d+)?-\p{L}+$/u.test(next[0]) && next[1] !== undefined && !nonNouns.has(next[1])) return next[1];
  if (nonNouns.has(next[0]) || /^\d/.test(next[0])) return /^\d/.test(next[0]) ? "item" : undefined;
  // "Two aluminium poles", "15 travel days", "three full top-ups": a word before a plural noun qualifies it; the plural names what is counted.
  const second = next[1];
  if (second !== undefined && !/s$/.test(next[0]) && /^\p{L}[\p{L}-]+[^su]s$/u.test(second) && !notCountedNouns.has(second) && /^[ \t]+[\p{L}-]+[ \t]+\p{L}/u.test(rest)) return second;
  return next[0];
}

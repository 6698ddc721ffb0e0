import { currencyTable, prefixUnits, unitTable, type UnitEntry } from "../lexicon/unitTable";
import { inCapitals } from "../text/capitals";
import { escapeRegExp } from "../text/phraseMatcher";

/** The unit, currency or naming word around a number: "30-day", "$15", "SPF 30". */

export function currencyBefore(text: string, start: number): { start: number; dimension: string } | undefined {
  for (const currency of currencyTable) {
    for (const sign of currency.signs) {
      const from = start - sign.length;
      if (from >= 0 && text.slice(from, start) === sign) return { start: from, dimension: currency.dimension };
    }
  }
  return undefined;
}

const currencyWords = currencyTable.flatMap((currency) => [
  ...(currency.hundredths ?? []).map((word) => ({ dimension: currency.dimension, factor: 0.01, pattern: new RegExp(String.raw`^[ \u00a0]*${escapeRegExp(word)}(?![\p{L}])`, "u") })),
  ...currency.words.map((word) => ({ dimension: currency.dimension, factor: 1, pattern: new RegExp(String.raw`^[ \u00a0]+${escapeRegExp(word)}(?![\p{L}])`, "u") })),
]);

/** A currency's word after an amount ("15 dollars", "45 cents"): its dimension, and what one of the word is worth in the currency. */
export function currencyWordAfter(text: string, end: number): { end: number; dimension: string; factor: number } | undefined {
  const rest = text.slice(end, end + 24);
  for (const word of currencyWords) {
    const match = word.pattern.exec(rest);
    if (match) return { end: end + match[0].length, dimension: word.dimension, factor: word.factor };
  }
  return undefined;
}

const prefixPatterns = prefixUnits.flatMap((prefix) => prefix.forms.map((form) => ({ id: prefix.id, pattern: new RegExp(String.raw`(?<![\p{L}])${escapeRegExp(form)}[ \u00a0]?$`, "u") })));

export function prefixBefore(text: string, start: number): { start: number; id: string } | undefined {
  const lead = text.slice(Math.max(0, start - 12), start);
  for (const prefix of prefixPatterns) {
    const match = prefix.pattern.exec(lead);
    if (match) return { start: start - match[0].length, id: prefix.id };
  }
  return undefined;
}

export interface UnitMatch {
  readonly entry: UnitEntry;
  readonly end: number;
}

const unitMatchers = buildUnitMatchers();
const inchUnit = unitTable.find((entry) => entry.id === "in");

export function unitAfter(text: string, end: number): UnitMatch | undefined {
  const found = unitIn(text.slice(end, end + 40), end);
  if (found) return found;
  // "A 50 × 50 in top": "in" closing a size of sides is its unit, whatever word follows.
  const sizeInch = /^[ \u00a0]?in(?![\p{L}\p{N}])/u.exec(text.slice(end, end + 4));
  if (sizeInch && inchUnit && /\d[ \t]*[x×][ \t]*\d+(?:[.,]\d+)?$/u.test(text.slice(Math.max(0, end - 16), end))) return { entry: inchUnit, end: end + sizeInch[0].length };
  // "85 G (3 OZ)", "18 CM (7.1 IN)", "7-DAY LIFT PASS": copy set in capitals writes its units so too. A lone "M" after a
  // number there is as often a width of fit ("SIZES 7 TO 13 M") as metres, and is left alone.
  const capitals = /^[ \u00a0]?[-‐]?[ \u00a0]?(\p{Lu}+)(?![\p{L}])/u.exec(text.slice(end, end + 8));
  return capitals && capitals[1] !== "M" && inCapitals(text, end) ? unitIn(text.slice(end, end + 40).toLowerCase(), end) : undefined;
}

function unitIn(rest: string, end: number): UnitMatch | undefined {
  // "in" is an inch only where no word follows it on its line ("(about 2.4 in)", "width: 1.5 in") or a word of extent does
  // ("6 in long", "32 in wide", "12 in x 9 in") or another measure does ("72 × 27 in and 5 mm thick"); "a 27 in monitor" is left alone.
  // "27in", "1/4in": "in" glued to its number is an inch whatever follows, as no preposition is written so ("3in1" is a name).
  // "25 in inseam", "30-40 in waist": a garment's or a body's measure named after it is what the inches measure.
  // "1/16 in to 1/4 in in 1/64 in steps": a range of inches, the step between sizes, and "in" twice, the first a unit.
  // "28 in (regular)": a bracket's note is no object of "in"; "7 in (18 cm)": a bracket's metric length converts the inches.
  const inch = /^(?:in(?![\p{L}\p{N}])|[ \u00a0]?in(?=[)\].,;:!?]|[ \u00a0]*(?:\r?\n|$)|[ \u00a0]+\((?!\d)|[ \u00a0]+\((?=(?:about|approx\.?|approximately|c\.|~)?[ \u00a0]*\d[\d.,]*[ \u00a0]?(?:mm|cm|m)\))|[ \u00a0]+(?:long|wide|tall|high|deep|thick|across|diameter|square|x|×|by|[Ii]nseams?|[Ii]nside [Ll]eg|[Dd]rop|[Rr]ise|[Ww]aist|[Cc]hest|[Bb]ust|[Hh]ips?|[Nn]eck|[Ss]leeve|[Ww]rist|[Hh]ead|[Ll]eg|[Gg]irth)(?![\p{L}])|[ \u00a0]+and[ \u00a0]+\d|[ \u00a0]+(?:up[ \u00a0]+)?to[ \u00a0]+\d[\d/.,]*[ \u00a0]?in(?![\p{L}])|[ \u00a0]+(?:steps|increments)(?![\p{L}])|[ \u00a0]+in[ \u00a0]))/u.exec(rest);
  if (inch && inchUnit) return { entry: inchUnit, end: end + inch[0].length };
  let best: UnitMatch | undefined;
  for (const matcher of unitMatchers) {
    const match = matcher.pattern.exec(rest);
    if (!match) continue;
    const form = match[1];
    const entry = matcher.byForm.get(matcher.caseSensitive ? form : form.toLowerCase());
    if (entry && (!best || end + match[0].length > best.end)) best = { entry, end: end + match[0].length };
  }
  return best;
}

function buildUnitMatchers(): { pattern: RegExp; byForm: Map<string, UnitEntry>; caseSensitive: boolean }[] {
  const exact = new Map<string, UnitEntry>();
  const folded = new Map<string, UnitEntry>();
  for (const entry of unitTable) {
    for (const form of entry.forms) {
      if (form.length <= 3 || /[^\p{L}\s]/u.test(form)) exact.set(form, entry);
      else folded.set(form.toLowerCase(), entry);
    }
  }
  const build = (forms: Map<string, UnitEntry>, caseSensitive: boolean) => {
    const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length).map((form) => escapeRegExp(form).replace(/ /g, "[ \\u00a0]?"));
    // A unit follows its number directly, after a space, or after a hyphen ("30-day").
    const pattern = new RegExp(String.raw`^(?:[ \u00a0]?[-‐][ \u00a0]?|[ \u00a0]*)(${alternatives.join("|")})(?![\p{L}\p{N}²³])`, caseSensitive ? "u" : "iu");
    return { pattern, byForm: forms, caseSensitive };
  };
  return [build(exact, true), build(folded, false)];
}

// "7 consecutive days", "2 extra hours", "10 full years": a word that qualifies the unit, not what is counted.
// "2,000 free build minutes", "500 bonus minutes": a word of allowance, and perhaps one word more, before the unit.
const unitQualifiers = [
  /^[ \u00a0]+(?:consecutive|full|straight|whole|additional|extra|more|further|continuous|uninterrupted|solid|entire|free|bonus|included)(?=[ \u00a0])/i,
  /^[ \u00a0]+(?:free|bonus|included)[ \u00a0]+\p{Ll}[\p{Ll}-]+(?=[ \u00a0])/iu,
];

/** A unit after a qualifying word ("7 consecutive days"); the quantity spans the word too. */
export function unitAfterQualifier(text: string, end: number): UnitMatch | undefined {
  for (const pattern of unitQualifiers) {
    const qualifier = pattern.exec(text.slice(end, end + 32));
    if (!qualifier) continue;
    const unit = unitAfter(text, end + qualifier[0].length);
    // Only a unit written as a word: "3 more m" is no way to write it.
    if (unit && /^[ \u00a0]+\p{L}{3,}/u.test(text.slice(end + qualifier[0].length, unit.end))) return unit;
  }
  return undefined;
}

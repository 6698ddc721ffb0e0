import type { GroundingFinding } from "../groundingFinding";
import { words } from "../text/clauseContext";
import { readLetterSizes } from "./letterSizes";
import { sameNoun } from "./nouns";
import { numberFromWords } from "./numberWords";
import type { Quantity } from "./quantity";

/** A list the brief gives under a heading ("ingredients: cocoa mass, cane sugar, cocoa butter"): its length counts the heading's things. */
export interface ListLength {
  readonly nouns: readonly string[];
  readonly length: number;
}

// A comma inside a figure ("0–1,650 RPM") separates thousands, not items.
const separators = /\s*(?:(?<!\d),|,(?!\d{3}(?!\d))|;|\/|&|\band\b|\bplus\b)\s*/i;

// "Blend of jojoba, sweet almond and apricot kernel oils": a list whose last item ends in the plural noun that names them all.
const namedList = /(?:^|\bof\s+|\bwith\s+)((?:[\p{L}-]+\s+){0,2}[\p{L}-]+(?:,\s*(?:[\p{L}-]+\s+){0,2}[\p{L}-]+)*,?\s+(?:and|&)\s+(?:[\p{L}-]+\s+){0,2}(\p{L}+s))\s*$/iu;
// "Two USB-C ports, one USB-A": counts of one kind of thing, given part by part; their total counts the line's things.
const countedPart = /^\s*(\d+|[a-z]+)\s+\S/i;

/**
 * The lists of a brief's lines that follow a heading and a colon or dash, with the heading's
 * words; lists named by their last word; and lines that count a thing part by part.
 */
export function readListLengths(text: string): ListLength[] {
  const lists: ListLength[] = [];
  for (const line of text.split("\n")) {
    const headed = /^([^:\n]{2,40}?)\s*(?::|\s[-–—]\s)\s*(.+)$/.exec(line);
    if (headed) {
      // "Feather angle: 0°, 30°, 45°, 60°": a list of figures counts as one of words does.
      const items = headed[2].split(separators).filter((item) => /[\p{L}\p{N}]/u.test(item));
      if (items.length >= 2) lists.push({ nouns: words(headed[1]), length: items.length });
      // "USB: 2× USB-A, 1× USB-C", "Ports: 2 x HDMI, 1 x DisplayPort": items each counted add up to the heading's things.
      const counted = items.map((item) => /^\s*(\d+)\s*[x×]\s*\S/iu.exec(item)?.[1]);
      if (items.length >= 2 && counted.every((count) => count !== undefined)) lists.push({ nouns: words(headed[1]), length: counted.reduce((sum, count) => sum + Number(count), 0) });
    }
    // "Lengths 50, 55 and 60 cm": figures after the plural noun they are, as a list counts them.
    const figures = headed ? null : /^[\s*•-]*(\p{L}+s)[ \t]+(\d+(?:[.,]\d+)?(?:[ \t]*(?:,|\band\b|\bor\b|&)[ \t]*\d+(?:[.,]\d+)?)+)/iu.exec(line);
    if (figures) lists.push({ nouns: [figures[1].toLowerCase()], length: figures[2].split(/[ \t]*(?:,|\band\b|\bor\b|&)[ \t]*/i).length });
    const named = namedList.exec(line);
    if (named) lists.push({ nouns: [named[2].toLowerCase()], length: named[1].split(/\s*(?:,|\band\b|&)\s*/i).filter((item) => /\p{L}/u.test(item)).length });
    const tally = partTally(headed ? headed[2] : line);
    if (tally !== undefined) lists.push(tally);
    const pieces = pieceTally(headed ? headed[2] : line);
    if (pieces !== undefined) lists.push(pieces);
  }
  return [...lists, ...sizeCounts(text), ...numberedSizeCounts(text), ...setTotal(text), ...steppedCounts(text), ...sharedNounTallies(text)];
}

// A fact that only counts one kind of thing: "24 washable markers", "12 crayons".
const countedThingLine = /^[ \t*•-]*(\d{1,4})[ \t]+(?:[\p{L}-]+[ \t]+){0,2}(\p{L}+s)[ \t]*$/u;

/**
 * "24 washable markers", "12 crayons", "12 coloured pencils", fact by fact: what the set holds in all
 * (48), whatever the copy calls them ("48 colourful tools"). Only a brief of two or more such facts.
 */
function setTotal(text: string): ListLength[] {
  const counts = text.split("\n").map((line) => countedThingLine.exec(line)).filter((match): match is RegExpExecArray => match !== null);
  if (counts.length < 2 || new Set(counts.map((match) => match[2].toLowerCase())).size < counts.length) return [];
  return [{ nouns: [anyThings], length: counts.reduce((sum, match) => sum + Number(match[1]), 0) }];
}

const anyThings = "*";

/** "Feather angle 0–60° in 15° steps": five positions, the ends and every step between. */
function steppedCounts(text: string): ListLength[] {
  const found: ListLength[] = [];
  for (const match of text.matchAll(/(\d+(?:[.,]\d+)?)[ \t]*°?[ \t]*(?:[-–—]|to)[ \t]*(\d+(?:[.,]\d+)?)[ \t]*(?:°|[\p{L}%]{1,4})?[ \t]+in[ \t]+(\d+(?:[.,]\d+)?)[ \t]*(?:°|[\p{L}%]{1,4})?[ \t-]*(?:steps|increments|stages)(?![\p{L}])/giu)) {
    const [low, high, step] = [match[1], match[2], match[3]].map((figure) => Number(figure.replace(",", ".")));
    if (step <= 0 || high <= low || (high - low) / step > 50 || !Number.isInteger(Math.round(((high - low) / step) * 1000) / 1000)) continue;
    found.push({ nouns: ["positions", "settings", "angles", "steps", "levels", "options", "stops"], length: Math.round((high - low) / step) + 1 });
  }
  return found;
}

// The kinds are names or codes ("USB-A", "HDMI"), capitalised: "1 wand, 4 replacement attachments" counts two things.
const countedKind = String.raw`\d+[ \t]*[x×]?[ \t]*\p{Lu}[\p{L}\p{N}-]*`;
const sharedNounLine = new RegExp(String.raw`^[^\d\n]{0,30}?((?:${countedKind}[ \t]*(?:\+|,|and|&)[ \t]*)+${countedKind})[ \t]+(\p{Ll}+s)[ \t]*$`, "u");

/** "2 USB-A + 1 USB-C ports": counted kinds whose plural noun, named once at the end, they share. */
function sharedNounTallies(text: string): ListLength[] {
  const found: ListLength[] = [];
  for (const line of text.split("\n")) {
    const match = sharedNounLine.exec(line);
    if (!match) continue;
    const counts = [...match[1].matchAll(/(?:^|\+|,|and|&)[ \t]*(\d+)/giu)].map((count) => Number(count[1]));
    if (counts.length >= 2) found.push({ nouns: [match[2].toLowerCase()], length: counts.reduce((sum, count) => sum + count, 0) });
  }
  return found;
}

/** "Sizes: 5-10" are six sizes; "30-44in waist (even sizes only)" eight. */
function numberedSizeCounts(text: string): ListLength[] {
  const found: ListLength[] = [];
  for (const line of text.split("\n")) {
    const range = /(?<![\p{L}])sizes?\b[^\d\n]{0,12}(\d{1,3})[ \t]*(?:[-–—]|to|through|thru)[ \t]*(\d{1,3})(?![\d.,])/iu.exec(line);
    if (!range) continue;
    const [low, high] = [Number(range[1]), Number(range[2])];
    if (high <= low || high - low > 40) continue;
    const increment = /\bin[ \t]+(\d+(?:\.\d+)?)[- ]?(?:inch|in|cm|mm)?[- ]?(?:increments|steps)\b/i.exec(line)?.[1];
    const step = increment !== undefined ? Number(increment) : /\b(?:even|odd)\b/i.test(line) ? 2 : /\bhalf[ -]?sizes\b/i.test(line) ? 0.5 : 1;
    found.push({ nouns: ["sizes"], length: Math.floor((high - low) / step) + 1 });
  }
  return found;
}

/** "Sizes XS–XXL" are six sizes, "S, M, L" three: a run of letter sizes counts the sizes it spans. */
function sizeCounts(text: string): ListLength[] {
  const { sizes, runs } = readLetterSizes(text);
  return runs.flatMap((run) => {
    const own = sizes.filter((size) => size.start >= run.start && size.end <= run.start + run.text.length && size.scale === run.scale).map((size) => size.rank);
    if (own.length < 2 || own.some((rank) => rank < 0)) return [];
    // "S/M, M/L": sizes joined by a slash are one size each.
    const spanned = run.text.includes("/") ? run.text.split(/\s*(?:,|\band\b|\bor\b|&)\s*/).length
      : /^[^,&]*?(?:[-–—]|\bto\b|\bthrough\b|\bthru\b)/.test(run.text) && own.length === 2 ? Math.max(...own) - Math.min(...own) + 1 : new Set(own).size;
    return [{ nouns: ["sizes"], length: spanned }];
  });
}

/**
 * The total of a line made only of counted parts whose later parts leave out the thing counted
 * ("Two USB-C ports, one USB-A": three ports). Parts that name their own things ("two doors,
 * two vestibules") add up to no one count.
 */
function partTally(line: string): ListLength | undefined {
  const parts = line.split(partSeparators).filter((part) => part.trim().length > 0);
  if (parts.length < 2) return undefined;
  let total = 0;
  for (const [index, part] of parts.entries()) {
    const lead = countedPart.exec(part);
    const value = lead ? (/^\d+$/.test(lead[1]) ? Number(lead[1]) : numberFromWords(lead[1])) : undefined;
    if (value === undefined || !Number.isInteger(value) || value < 1) return undefined;
    const partWords = words(part);
    // "Two feeders and three perches included": a later part that names its own things anywhere adds to no count of the first's.
    // "Two front pockets plus one inner zip pocket" names the same things again, and adds to them.
    const sameThings = index > 0 && sameNoun(partWords.at(-1) ?? "", words(parts[0]).at(-1) ?? "");
    // "One USB-A" leaves the thing out and names its kind by a code; "1 condo" names another thing, singular as it is.
    const ownNoun = /(?:^|[ \t])\p{Ll}[\p{Ll}'’]+[ \t]*$/u.test(part) && !/\p{Lu}|\d/u.test(part.replace(countedPart, ""));
    if (index > 0 && !sameThings && (partWords.length > 3 || partWords.slice(1).some((word) => /[^s]s$/.test(word)) || ownNoun)) return undefined;
    total += value;
  }
  const noun = words(parts[0]).at(-1);
  return noun === undefined ? undefined : { nouns: [noun], length: total };
}

const partSeparators = /\s*(?:,|;|\+|\band\b|\bplus\b)\s*/i;
// A part of one to three words that names no plural ("robot mouse", "a carry case"): one thing.
const singleThing = /^(?:(?:a|an|the|one)[ \t]+)?(?:\p{L}[\p{L}-]*[ \t]+){0,2}\p{L}[\p{L}-]*(?<![^s]s)$/u;
// Words for what a set is made of, whatever its things are.
const pieceNouns = ["piece", "pieces", "pc", "pcs", "item", "items"];

/** "Set: 1 duvet cover + 2 pillowcases": a line made only of counted parts holds their total in pieces, a "three-piece set". */
function pieceTally(line: string): ListLength | undefined {
  // "Set includes 1 duvet cover and 2 pillowcases": what the line says before its parts is no part.
  const listed = line.replace(/^[\s*•-]*(?:(?:the[ \t]+)?(?:set|kit|box|pack|bundle)[ \t]+)?(?:includes?|contains?|comes[ \t]+with|in[ \t]+the[ \t]+box)[ \t]*:?[ \t]*/iu, "");
  const parts = listed.split(partSeparators).filter((part) => part.trim().length > 0);
  if (parts.length < 2) return undefined;
  let total = 0;
  let counted = 0;
  for (const part of parts) {
    const lead = countedPart.exec(part);
    const value = lead ? (/^\d+$/.test(lead[1]) ? Number(lead[1]) : numberFromWords(lead[1])) : undefined;
    if (value !== undefined && Number.isInteger(value) && value >= 1) {
      total += value;
      counted++;
    } else if (singleThing.test(part.trim())) {
      // "Robot mouse, 30 coding cards, 16 tiles": a thing named without a count, among counted ones, is one of it.
      total += 1;
    } else {
      return undefined;
    }
  }
  return counted >= 1 && parts.length >= 2 ? { nouns: pieceNouns, length: total } : undefined;
}

/** "Just three ingredients" when the brief lists three under "ingredients". */
export function listBacksCount(quantity: Quantity, lists: readonly ListLength[]): boolean {
  // "Three nourishing oils": the noun may follow a describing word.
  const nouns = [quantity.noun, ...quantity.labels, ...quantity.context.slice(0, 3)].filter((word): word is string => word !== undefined && word.length > 2);
  return nouns.length > 0 && lists.some((list) => list.length === quantity.value && list.nouns.some((word) => (word === anyThings && quantity.noun !== undefined) || nouns.some((noun) => sameNoun(word, noun))));
}

// "Moon, star and sun charms": one-word items before the noun they name, which counts them. Found from its conjunction
// ("and sun charms"), then read back to its first item.
const listTail = /,? (?:and|or|&) (\p{L}[\p{L}-]*) (\p{L}+)(?![\p{L}])/gu;
// The list must open its clause or follow a word that introduces one: "silver, moon and star charms" is two phrases.
const listLead = /(?:^\s*|[.!?:;\n•*(-]\s*|\b(?:with|includes?|including|featuring|plus)\s+)$/i;

/** Lists in the copy whose length differs from the brief's count of the same things ("2 charms" in the brief). */
export function checkListedCounts(text: string, brief: readonly Quantity[]): GroundingFinding[] {
  const counted = brief.filter((quantity) => quantity.dimension === "count" && quantity.noun !== undefined);
  if (counted.length === 0) return [];
  const findings: GroundingFinding[] = [];
  for (const tail of text.matchAll(listTail)) {
    const noun = tail[2].toLowerCase();
    const counts = counted.filter((quantity) => sameNoun(quantity.noun ?? "", noun));
    if (counts.length === 0) continue;
    // Three items at least: "front and back pockets" names sides, not a count.
    const head = /(?:\p{L}[\p{L}-]*, )+\p{L}[\p{L}-]*$/u.exec(text.slice(Math.max(0, tail.index - 80), tail.index));
    if (!head) continue;
    const start = tail.index - head[0].length;
    if (/[\p{L}\p{N}]/u.test(text[start - 1] ?? "") || !listLead.test(text.slice(Math.max(0, start - 12), start))) continue;
    const length = head[0].split(", ").length + 1;
    if (counts.some((count) => count.value === length)) continue;
    const end = tail.index + tail[0].length;
    const span = text.slice(start, end);
    findings.push({ start, end, text: span, kind: "count", message: `"${span}" names ${length}: the brief says ${counts[0].text}.`, briefValue: counts[0].text });
  }
  return findings;
}

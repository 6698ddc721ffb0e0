import type { GroundingFinding } from "../groundingFinding";
import { unitTable } from "../lexicon/unitTable";
import type { Wording } from "../text/briefWording";
import { countsFeatures, countsPeople, deriveFigures, isCount, type Derivations } from "./deriveFigures";
import { listBacksCount, readListLengths, type ListLength } from "./listCounts";
import { sameNoun, singular } from "./nouns";
import { numberFromWords } from "./numberWords";
import { words } from "../text/clauseContext";
import type { Quantity } from "./quantity";
import { scaledFigures } from "./referenceAmounts";
import { multiplicityCounts } from "./readQuantities";

const secondsPerDay = 86_400;
const servingNouns: ReadonlySet<string> = new Set(["serving", "dose", "portion", "scoop", "shot"]);
const approximateShare = 0.05;
// Arithmetic on the brief gives an exact figure: copy that rounds it says so ("close to 4 litres").
const derivedShare = 0.005;

/** The brief's figures, read once for every figure of the copy. */
export interface FigureEvidence {
  readonly quantities: readonly Quantity[];
  readonly derived: Derivations;
  readonly wording: Wording;
  /** For a percentage of a material ("60% cotton"), the material it is a share of. */
  readonly shareOf: ReadonlyMap<Quantity, string>;
  /** Lists under a heading ("ingredients: a, b, c"), whose lengths back counts of the heading's things. */
  readonly lists: readonly ListLength[];
  /** "Dual microphones", "triple filtration": counts that back a count, but take no part in arithmetic. */
  readonly multiples: readonly Quantity[];
  /** The product's name, the brief's first line. */
  readonly name: string;
  /** Figures given per 100 g, per litre or per kg, scaled to the brief's other amounts (a serving, a can, a day's portion). */
  readonly scaled: readonly Quantity[];
}

export function figureEvidence(quantities: readonly Quantity[], shareOf: ReadonlyMap<Quantity, string>, wording: Wording): FigureEvidence {
  // "Open 24 hours a day" says "always": it backs the same saying, never a 24-hour battery; "three ways to wear" counts nothing to back.
  const figures = quantities.filter((quantity) => !quantity.always && !quantity.figurative);
  const nameEnd = wording.text.includes("\n") ? wording.text.indexOf("\n") : wording.text.length;
  // "StrideBand 2": a bare number in the name names the model; it backs a figure written the same, but multiplies nothing.
  const factors = figures.filter((quantity) => !(quantity.start < nameEnd && quantity.dimension === "bare" && quantity.noun === undefined));
  return {
    quantities: figures, derived: deriveFigures(factors), shareOf, wording, lists: readListLengths(wording.text), multiples: multiplicityCounts(wording.text), name: wording.text.slice(0, nameEnd),
    scaled: scaledFigures(factors, wording.text),
  };
}

/**
 * The copy's figures that the brief does not give: not as written, not in another unit or
 * another way of writing it, not by exact arithmetic on its figures, not in the product name.
 */
export function checkQuantities(copyQuantities: readonly Quantity[], copyShareOf: ReadonlyMap<Quantity, string>, brief: FigureEvidence, copyText = ""): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  const workedOut = new Set([...rescaledRates(copyQuantities, copyText, brief), ...workedExamples(copyQuantities, copyText, brief)]);
  const conversions = convertedFigures(copyQuantities, copyText);
  for (const quantity of copyQuantities) {
    if (workedOut.has(quantity)) continue;
    // "Four lengths to pick from — 80, 90, 100 or 110 cm": a count of the list the copy gives beside it, whose items are checked themselves.
    if (quantity.dimension === "count" && countsItsList(copyText, quantity, brief.lists)) continue;
    const material = copyShareOf.get(quantity);
    const source = conversions.get(quantity);
    // "7.5 cm, about 4 inches": a conversion stands for the figure it converts, and the brief's other figures do not back a wrong one.
    const misconverted = source !== undefined && !converts(quantity, source) && !brief.quantities.some((candidate) => candidate.unitId === quantity.unitId && candidate.value === quantity.value);
    let verdict = misconverted ? { supported: false, counterpart: source } : material !== undefined ? checkShare(quantity, material, brief) : checkFigure(quantity, brief);
    // "An extra 60 cm, or about 23.6 in": a right conversion of a figure the brief backs is backed with it.
    if (!verdict.supported && source !== undefined && !misconverted && checkFigure(source, brief).supported) verdict = { supported: true };
    // "460 g the pair" from "230 g per pole": half of it is the brief's figure for one.
    if (!verdict.supported && quantity.perPair) {
      const one = { ...quantity, value: quantity.value / 2, base: quantity.base / 2, halfStep: quantity.halfStep / 2, perPair: false };
      if (checkFigure(one, brief).supported) verdict = { supported: true };
    }
    if (verdict.supported) {
      const serving = quantity.perUnit && servingOf(quantity.perUnit.noun, brief.wording.text);
      if (serving && quantity.perUnit && !sharedOut(quantity, serving, brief)) {
        findings.push({ start: quantity.start, end: quantity.perUnit.end, text: quantity.text, kind: "number", message: `"${quantity.text}": the brief gives it for a serving of ${serving}, not for one ${quantity.perUnit.noun}.`, briefValue: serving });
      }
      continue;
    }
    const counterpart = verdict.counterpart ?? counterpartOf(quantity, brief.quantities);
    if (misconverted && source) {
      findings.push({ start: quantity.start, end: quantity.end, text: quantity.text, kind: "number", message: `"${quantity.text}" is no conversion of ${source.text}.`, briefValue: source.text });
      continue;
    }
    findings.push({
      start: quantity.start,
      end: quantity.end,
      text: quantity.text,
      kind: quantity.dimension === "count" ? "count" : "number",
      message: counterpart
        ? counterpart.perPair && quantity.forOne === true && counterpart.base === quantity.base
          ? `"${quantity.text}": the brief gives ${counterpart.text} for a pair, not for one.`
          : quantity.perPair && !counterpart.perPair && counterpart.base === quantity.base
            ? `"${quantity.text}": the brief gives ${counterpart.text} for one, not for a pair.`
            : policyOf(quantity) !== undefined && policyOf(counterpart) !== undefined && policyOf(quantity) !== policyOf(counterpart)
              ? `"${quantity.text}": the brief gives ${counterpart.text} for ${policyNames[policyOf(counterpart) ?? "returns"]}, not for ${policyNames[policyOf(quantity) ?? "returns"]}.`
              : `"${quantity.text}": the brief says ${counterpart.text}.`
        : `"${quantity.text}": the brief gives no such figure.`,
      ...(counterpart ? { briefValue: counterpart.text } : {}),
    });
  }
  return findings;
}

/** What two shares have in common: 90 and 10 make 9 parts to 1 over 10; 60 and 40, 3 to 2 over 20. */
function commonDivisor(first: number, second: number): number {
  let [a, b] = [Math.round(first), Math.round(second)];
  while (b > 0) [a, b] = [b, a % b];
  return Math.max(a, 1);
}

const listItems = /[ \t]*(?:,[ \t]*(?:(?:and|or|&)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)[ \t]*/iu;

/** Whether a count names how many items a list right beside it in the copy holds, after or before a dash, colon or bracket. */
function countsItsList(text: string, quantity: Quantity, briefLists: readonly ListLength[]): boolean {
  // "Two languages, English and Portuguese": a comma right after the counted noun opens the list too.
  // A decimal point ("HDMI 2.0") ends no list.
  const after = /^[^.;!?\n—–:(]{0,40}?[ \t]*[—–:(][ \t]*((?:[^.;!?\n—–)]|(?<=\d)\.(?=\d)){3,120})/u.exec(text.slice(quantity.end, quantity.end + 170)) ??
    /^[ \t]+\p{L}+s,[ \t]*([^.;!?\n—–)]{3,120})/u.exec(text.slice(quantity.end, quantity.end + 170));
  const before = /([^.;!?\n—–:(]{3,120})[ \t]*[—–:(][ \t]*[^.;!?\n—–:(]{0,20}$/u.exec(text.slice(Math.max(0, quantity.start - 150), quantity.start));
  return [after?.[1], before?.[1]].some((list) => {
    if (list === undefined) return false;
    const items = list.split(listItems).filter((item) => /[\p{L}\p{N}]/u.test(item));
    if (items.length === quantity.value && items.length >= 2 && items.every((item) => item.trim().split(/[ \t]+/).length <= 4)) return true;
    // "Three inputs (two HDMI 2.0 and one DisplayPort 1.4)": parts each counted, which are checked themselves, add up to it,
    // where the brief's own parts ("Ports: 2x HDMI 2.0, 1x DisplayPort 1.4") make the same total.
    if (!briefLists.some((briefList) => briefList.length === quantity.value)) return false;
    const parts = items.map((item) => /^[ \t]*(\d+|[a-z]+)[ \t]+\S/iu.exec(item)?.[1]).map((lead) => (lead === undefined ? undefined : /^\d+$/.test(lead) ? Number(lead) : numberFromWords(lead)));
    return parts.length >= 2 && parts.every((part) => part !== undefined && Number.isInteger(part) && part >= 1) && parts.reduce<number>((sum, part) => sum + (part ?? 0), 0) === quantity.value;
  });
}

const measuringWords: ReadonlySet<string> = new Set(["width", "wide", "length", "long", "height", "high", "tall", "depth", "deep", "diameter", "thickness", "thick", "size", "weight", "weighs"]);

interface Verdict {
  readonly supported: boolean;
  readonly counterpart?: Quantity;
}

/** "80% cotton" against the brief's share of cotton, when it gives one. */
function checkShare(quantity: Quantity, material: string, brief: FigureEvidence): Verdict {
  if (finenessShare(quantity, brief)) return { supported: true };
  const shares = brief.quantities.filter((candidate) => candidate.dimension === "percent" && brief.shareOf.get(candidate) === material);
  if (shares.length > 0) {
    const same = shares.find((share) => share.value === quantity.value);
    return same ? { supported: true } : { supported: false, counterpart: shares[0] };
  }
  if (quantity.value === 100 && singleIngredient.test(brief.wording.text)) return { supported: true };
  // The brief gives no share of this material; whether the copy may name the material at all is the material check's question.
  return { supported: brief.quantities.some((candidate) => candidate.dimension === "percent" && candidate.value === quantity.value) };
}

function checkFigure(quantity: Quantity, brief: FigureEvidence): Verdict {
  // "A single bracket is rated for 25 kg" where the brief gives 25 kg per pair: the pair's figure given to one of it.
  if (quantity.forOne === true && !quantity.perPair) {
    const pairs = brief.quantities.filter((candidate) => candidate.perPair && sameMeasure(quantity, candidate));
    if (pairs.length > 0 && !brief.quantities.some((candidate) => !candidate.perPair && sameMeasure(quantity, candidate))) return { supported: false, counterpart: pairs[0] };
  }
  // "240 g per pair" where the brief gives 240 g per pole: one's figure given to the two.
  if (quantity.perPair) {
    const ones = brief.quantities.filter((candidate) => sameMeasure(quantity, candidate) && !candidate.perPair && (candidate.forOne === true || perOneAfter.test(brief.wording.text.slice(candidate.end, candidate.end + 24))));
    if (ones.length > 0 && !brief.quantities.some((candidate) => sameMeasure(quantity, candidate) && candidate.perPair)) return { supported: false, counterpart: ones[0] };
  }
  // "60-day colour guarantee" where the brief's 60 days are for free returns: a policy's term moved onto another policy.
  const policy = policyOf(quantity);
  if (policy !== undefined) {
    const same = brief.quantities.filter((candidate) => sameMeasure(quantity, candidate));
    if (same.length > 0 && same.every((candidate) => policyOf(candidate) !== undefined && policyOf(candidate) !== policy)) return { supported: false, counterpart: same[0] };
  }
  // Worked out from the brief whatever the figure is labelled: a share in another form, a vitamin's other unit, a price for one.
  if (finenessShare(quantity, brief) || vitaminDEquivalent(quantity, brief) || pricedPerUnit(quantity, brief)) return { supported: true };
  // "Rated 7 out of 10" where the brief gives "7/10": the score as the fraction of its scale.
  const outOf = quantity.outOf;
  if (outOf !== undefined && brief.quantities.some((candidate) => isCount(candidate) && candidate.value < 1 && close(candidate.value * outOf, quantity.value, 1e-6))) return { supported: true };
  // "£24, a 20% saving on the usual £30", "save $30 (23%)": the share a price is below the brief's compare-at price, correctly rounded.
  // The words around a bracketed share may not say "save"; rounding to the exact figure is rare enough by chance.
  if (quantity.dimension === "percent" && discountShares(brief).some((share) => Math.abs(share - quantity.value) <= quantity.halfStep)) return { supported: true };
  // "Packs down to 50% of its size" where the brief says it "compresses to half its size": a fraction written as a share.
  if (quantity.dimension === "percent" && fractionWords.some(([share, words]) => share === quantity.value && words.test(brief.wording.text))) return { supported: true };
  // "100% beef liver" on a brief whose product is a single ingredient: the whole of it is that one.
  if (quantity.dimension === "percent" && quantity.value === 100 && singleIngredient.test(brief.wording.text)) return { supported: true };
  // "Sold as a pair" where the brief gives a figure "per pair": the product comes as two.
  if (/^(?:a|one)[ \t]+pair$/i.test(quantity.text) && /(?<![\p{L}])pairs?(?![\p{L}])/iu.test(brief.wording.text)) return { supported: true };
  // "Filled 90/10" where the brief gives 90% down and 10% feathers: the shares, written as a ratio.
  if (quantity.dimension === "ratio") {
    const [first, second] = quantity.text.split("/").map(Number);
    const percents = brief.quantities.filter((candidate) => candidate.dimension === "percent").map((candidate) => candidate.value);
    if (first + second === 100 && percents.includes(first) && percents.includes(second)) return { supported: true };
  }
  // "VoltPack 20K", "a 10K run": a capital K after a number is thousands as often as karats, and the brief's 20,000 of anything backs it.
  if (quantity.unitId === "karat" && /\dK$/.test(quantity.text) && brief.quantities.some((candidate) => candidate.value === quantity.value * 1000)) return { supported: true };
  // "2x faster", "twice as long": a comparison with something else, backed only by the brief making the same comparison, not by any 2 it holds.
  // "Ten times the 40-lumen low mode" where the brief gives 400 and 40 lumens: the ratio of two of its figures.
  if (quantity.comparison) return { supported: brief.quantities.some((candidate) => candidate.noun === "times" && candidate.value === quantity.value) || (quantity.context.some((word) => /\d/.test(word)) && brief.derived.figures.some((figure) => figure.ratio === true && close(figure.base, quantity.value, 1e-6))) };
  // "Swap three bottles for one bar" on a shampoo bar: a unit's word that is the product's own noun counts the product, when the brief measures nothing in that unit.
  const unitWord = quantity.unitId === undefined ? undefined : /(\p{L}+)$/u.exec(quantity.text)?.[1]?.toLowerCase();
  if (unitWord !== undefined && singular(unitWord) === productNoun(brief.name) && !brief.quantities.some((candidate) => candidate.dimension === quantity.dimension)) {
    return quantity.value === 1 ? { supported: true } : checkFigure({ ...quantity, dimension: "count", unitId: undefined, base: quantity.value, noun: unitWord }, brief);
  }
  // "Stay warm down to 0 °C" where the brief gives 0 °C as the limit and 5 °C as the comfort rating: warmth is the comfort rating's to promise.
  if (quantity.dimension === "temperature" && quantity.context.slice(0, 3).some((word) => warmthWords.has(word))) {
    const rated = brief.quantities.filter((candidate) => candidate.dimension === "temperature");
    const comfort = rated.filter((candidate) => candidate.labels.some((label) => label.startsWith("comfort")));
    const limits = rated.filter((candidate) => candidate.labels.some((label) => limitLabels.has(label)) && !comfort.includes(candidate));
    if (comfort.length > 0 && limits.some((limit) => backsLabelled(quantity, limit)) && !comfort.some((candidate) => backsLabelled(quantity, candidate))) return { supported: false, counterpart: comfort[0] };
  }
  // "Minimum stay one week" where the brief says 7 nights: a stay's week is seven nights.
  if (quantity.unitId === "week" && brief.quantities.some((candidate) => candidate.dimension === "nights" && close(candidate.value, 7 * quantity.value, 1e-9))) return { supported: true };
  // "Dashing for the 8:15 train", "the 2 a.m. wake-ups": a time of day in a scene names nothing of a product whose brief keeps
  // no hours. A time the copy ties to a schedule ("check-in from 3 pm", "departs 8:00") is checked even then.
  if (quantity.dimension === "clock" && !brief.quantities.some((candidate) => candidate.dimension === "clock") && !quantity.context.some((word) => scheduleWords.has(word))) return { supported: true };
  // "Seven days a week" says "always", unless the brief gives another figure for the same week ("6 days a week").
  if (quantity.always) {
    const sameFrame = brief.quantities.filter((candidate) => candidate.unitId === quantity.unitId && candidate.per === quantity.per);
    // "Support 24/7" against "weekdays 9am–5pm": opening hours the brief gives are no "always".
    const hours = brief.quantities.filter((candidate, index) => candidate.dimension === "clock" && brief.quantities[index + 1]?.dimension === "clock" && brief.quantities[index + 1].start - candidate.end <= 4);
    if (hours.length > 0 && !sameFrame.some((candidate) => candidate.value === quantity.value)) return { supported: false, counterpart: hours[0] };
    return { supported: sameFrame.length === 0 || sameFrame.some((candidate) => candidate.value === quantity.value), counterpart: sameFrame[0] };
  }
  if (quantity.subset) return { supported: !brief.quantities.some((candidate) => countsThingsOf(quantity, candidate) && candidate.value < quantity.value) };
  // "Two steps" and "three ways" are figures of speech, unless the brief counts those very things ("Steps: 5").
  if (quantity.figurative && !brief.quantities.some((candidate) => countsThingsOf(quantity, candidate))) return { supported: true };
  if (quantity.rating) {
    // "Season: 3" and "Speeds: 2" give the rating as an attribute's value.
    const rated = brief.quantities.filter((candidate) => countsThingsOf(quantity, candidate) || candidate.labels.some((label) => sameNoun(label, quantity.noun ?? "")));
    return { supported: rated.some((candidate) => candidate.value === quantity.value), counterpart: rated[0] };
  }
  // "A pair of hoops" on a brief that counts no pairs or hoops (its "20 mm Silver Hoops" measures them); "3 pairs" would decide.
  if (quantity.onePair) {
    const counts = brief.quantities.filter((candidate) => candidate.dimension === "count" && candidate.noun !== undefined && (sameNoun(candidate.noun, quantity.noun ?? "") || /^pairs?$/i.test(candidate.noun)));
    return { supported: counts.length === 0 || counts.some((candidate) => candidate.value === quantity.value || (/^pairs?$/i.test(candidate.noun ?? "") && candidate.value === 1)), counterpart: counts[0] };
  }
  // "Each serving provides 400 mg" where the brief gives 200 mg per serving: its figure for the same serving decides, not arithmetic.
  const sameBasis = quantity.basis === undefined ? [] : brief.quantities.filter((candidate) => candidate.basis === quantity.basis && candidate.dimension === quantity.dimension);
  if (sameBasis.length > 0) return { supported: sameBasis.some((candidate) => backsLabelled(quantity, candidate)), counterpart: sameBasis[0] };
  // "500 mg EPA" when the brief says "EPA 300 mg": a figure the brief gives for the same thing is the only one that can back it.
  const labelled = brief.quantities.filter((candidate) => sharesLabel(quantity, candidate));
  if (labelled.length > 0 && !quantity.addend && !quantity.supply) {
    // "Two 20 W drivers for 40 W of total output": a total of the labelled figures is exact arithmetic on them.
    // "6 h per charge, 24 h total with the case": a brief that gives the total itself leaves nothing to add up.
    const totalled = quantity.total && !labelled.some((candidate) => candidate.total === true) && brief.derived.figures.some((figure) => figure.dimension === quantity.dimension && (close(figure.base, quantity.base, Math.abs(quantity.base) * derivedShare + 1e-9) || withinBound(quantity, quantity.base, figure.base)) && !figure.rest);
    // "240 g each" where the brief gives "480 g per pair": half the pair's figure is one's.
    const halved = labelled.some((candidate) => candidate.perPair && !quantity.perPair && backsLabelled(quantity, { ...candidate, value: candidate.value / 2, base: candidate.base / 2, halfStep: candidate.halfStep / 2 }));
    // "25 ml of essence" in each of 5 masks is "125 ml of essence in every pack": the same thing's figure times one of the brief's counts.
    // "200 mg per 2 capsules": a count the figure is given per is what it is for, never a multiplier of it.
    const lasting = quantity.dimension === "time" || quantity.dimension === "nights";
    const counts = brief.quantities.filter((candidate) => candidate.dimension === "count" && Number.isInteger(candidate.value) && candidate.value > 1 && !countsFeatures(candidate) && !(lasting && countsPeople(candidate)) && !perBefore.test(brief.wording.text.slice(Math.max(0, candidate.start - 24), candidate.start)));
    // "Each sponge lasts 6 months": a figure the copy gives for one of the pack is no total of the pack.
    const multiplied = !forOne(quantity) && labelled.some((candidate) => counts.some((count) => close(candidate.base * count.value, quantity.base, Math.abs(quantity.base) * derivedShare + 1e-15)));
    // "600 mg of EPA + DHA in every softgel" where the brief gives 1,200 mg per 2 softgels: the serving's figure shared out over its units.
    const serving = quantity.perUnit && servingOf(quantity.perUnit.noun, brief.wording.text);
    const shared = serving !== undefined && serving !== "" && sharedOut(quantity, serving, brief);
    // "A 215 x 130 cm floor" where the brief's "Floor" names another figure too: the brief's same figure, named by nothing, is this one.
    // "A 25 mm blade" where the brief's "26 ft blade" is the blade's length and "Blade width 25 mm" its width: a figure the brief
    // names only by a measuring word (width, depth) is the same figure of the thing the copy names.
    const unnamed = brief.quantities.some((candidate) => (candidate.labels.length === 0 || candidate.labels.every((label) => measuringWords.has(label))) && candidate.dimension === quantity.dimension && backsLabelled(quantity, candidate));
    // "16 inches long, with a 2-inch extender for up to 18 inches": the sum of two figures, as a bound or a total.
    const summed = (quantity.bound === "max" || quantity.total === true) && brief.derived.figures.some((figure) => figure.sum === true && figure.dimension === quantity.dimension && close(figure.base, quantity.base, Math.abs(quantity.base) * derivedShare + 1e-9));
    // "A 50 g serving gives you 6 g of protein" where the brief gives 12 g per 100 g: the same figure for another amount.
    const rescaled = brief.scaled.some((candidate) => sharesLabel(quantity, candidate) && roundsTo(quantity, candidate.base));
    return { supported: totalled || halved || multiplied || shared || unnamed || summed || rescaled || labelled.some((candidate) => backsLabelled(quantity, candidate)), counterpart: labelled[0] };
  }
  // "Three channels" on a "3.1-channel" soundbar: a layout counts its main channels, then the subwoofer's, then the height ones.
  if (quantity.noun !== undefined && /^channels?$/.test(quantity.noun) && channelLayouts(brief.wording.text).some((total) => total.includes(quantity.value))) return { supported: true };
  if (isCount(quantity)) {
    // "Nine parts down to one part feather" on a 90% / 10% fill: the shares of a blend as a ratio of parts.
    if (quantity.noun !== undefined && /^parts?$/.test(quantity.noun)) {
      const shares = brief.quantities.filter((candidate) => candidate.dimension === "percent" && candidate.base > 0 && candidate.base < 100).map((candidate) => candidate.base);
      if (shares.some((first) => shares.some((second) => second < first && [first, second].some((share) => close(Math.round(share) / commonDivisor(first, second), quantity.value, 1e-6))))) return { supported: true };
    }
    // "Formaldehyde, toluene and eight other nasties" on a brief's 10 nasties: the two named and the eight make ten.
    if (quantity.othersNamed !== undefined && checkFigure({ ...quantity, value: quantity.value + quantity.othersNamed, base: quantity.base + quantity.othersNamed, othersNamed: undefined }, brief).supported) return { supported: true };
    // "Adds three full top-ups" from a case that gives 32 h in all at 8 h a charge.
    if (quantity.noun !== undefined && chargeWords.test(quantity.noun) && brief.derived.charges.some((charges) => close(charges, quantity.value, quantity.approximate ? 0.5 : 1e-6))) return { supported: true };
    // Any of the brief's figures backs a count: the words after a number ("take 4 daily", "4 tablets") name what it counts too loosely to tell.
    const sameThings = brief.quantities.filter((candidate) => countsSameThings(quantity, candidate));
    // "30 servings" when the brief says "about 15 servings": its count of those things decides, not its "30 g".
    const counted = brief.quantities.filter((candidate) => isCount(candidate) && countsThingsOf(quantity, candidate));
    // "Three USB-C ports" where the brief gives "2× USB-C, 1× USB-A": the kind named decides which of its counts backs it.
    const sameKind = counted.filter((candidate) => sharesKind(quantity, candidate));
    if (sameKind.length > 0 && sameKind.length < counted.length) {
      return { supported: sameKind.some((candidate) => candidate.value === quantity.value || withinBound(quantity, quantity.value, candidate.value, candidate.bound)), counterpart: sameKind[0] };
    }
    if (counted.length > 0) return { supported: backsCountOf(quantity, counted, brief), counterpart: sameThings[0] ?? counted[0] };
    const backers = brief.quantities.filter((candidate) => sameAttribute(quantity, candidate, brief.wording.text));
    // "Serves 11" is no "cooks in 11 minutes", "room for three" no "3-season": how many a product serves or sleeps is never a
    // figure the brief measures in a unit or counts other things by.
    const headcount = quantity.noun !== undefined && headcountNouns.has(quantity.noun.toLowerCase());
    const countsOthers = (candidate: Quantity) => candidate.unitId !== undefined || (candidate.noun !== undefined && !headcountNouns.has(candidate.noun.toLowerCase()));
    const supported = backers.some((candidate) => (candidate.value === quantity.value && !(headcount && countsOthers(candidate))) || (isCount(candidate) && withinBound(quantity, quantity.value, candidate.value, candidate.bound))) ||
      brief.derived.figures.some((figure) => figure.dimension === "count" && close(figure.base, quantity.value, quantity.approximate ? 0.5 : 1e-9)) || ratioHolds(quantity, brief) ||
      listBacksCount(quantity, brief.lists) || brief.multiples.some((multiple) => multiple.value === quantity.value) || pairsBack(quantity, brief.quantities) ||
      // "90 capsules, or 45 servings" at the brief's 2 capsules a serving: a pack shared out by a dose.
      (quantity.noun !== undefined && servingNouns.has(singular(quantity.noun)) && brief.derived.supplyDays.includes(quantity.value));
    return { supported, counterpart: sameThings[0] };
  }
  // "2000 bar" on a brief that says "2000 PSI": the brief says what its 2000 measures, so a bare 2000 (in the name) no longer backs another unit.
  const measuredAs = brief.quantities.some((candidate) => candidate.dimension === quantity.dimension && candidate.value === quantity.value && candidate.unitId !== quantity.unitId && !candidate.unitBorrowed);
  for (const candidate of brief.quantities) {
    if (measuredAs && candidate.dimension === "bare") continue;
    if (readings(quantity).some((copyReading) => briefReadings(candidate, quantity).some((briefReading) => sameFigure(copyReading, briefReading)))) return { supported: true };
  }
  const tolerance = quantity.approximate ? toleranceOf(quantity) : Math.abs(quantity.base) * derivedShare + 1e-9;
  // "230 kcal a serving" from 460 kcal per 100 g and a 50 g serving.
  if (brief.scaled.some((candidate) => candidate.dimension === quantity.dimension && roundsTo(quantity, candidate.base))) return { supported: true };
  // "Over a tonne in total" on five shelves of 250 kg: a bound the pack's total meets. "More than 80% protein" from 25 g in a 30 g scoop.
  if (brief.derived.figures.some((figure) => figure.dimension === quantity.dimension && (close(figure.base, quantity.base, tolerance) || (quantity.total === true && figure.times === true && withinBound(quantity, quantity.base, figure.base)) || (quantity.dimension === "percent" && quantity.bound !== undefined && !figure.rest && !figure.sum && withinBound(quantity, quantity.base, figure.base))) && !(figure.sum && quantity.addend) && (!figure.rest || quantity.addend || quantity.difference === true) && !(figure.times && forOne(quantity)) && (!figure.monthly || quantity.perMonth === true) && !(figure.width && quantity.span !== undefined))) return { supported: true };
  if (quantity.value === 1 && quantity.unitId !== undefined && singleUnitSaid(quantity, brief.wording)) return { supported: true };
  if (quantity.supply && suppliedFor(quantity, brief)) return { supported: true };
  // "$36 for the set, saving you $9" where the brief prices one at $15: what three bought apart cost beyond the set's price.
  if (quantity.dimension.startsWith("money-") && (savingLead.test(quantity.context.join(" ")) || quantity.difference === true) && savingsOf(quantity.dimension, brief).some((saving) => close(saving, quantity.base, Math.abs(quantity.base) * derivedShare + 1e-9))) return { supported: true };
  // "0 g sugar" on a brief that says "Zero sugar" or "sugar-free": none of it, written as a figure.
  if (quantity.value === 0 && quantity.labels.some((label) => new RegExp(String.raw`(?<![\p{L}])(?:zero|no|0)[ \t]+${label}|${label}[- ]free`, "iu").test(brief.wording.text))) return { supported: true };
  // "€0" on a brief that says the plan is free: no price, written as a figure.
  if (quantity.value === 0 && quantity.dimension.startsWith("money") && saysFree.test(brief.wording.text)) return { supported: true };
  return { supported: false };
}

const fluidOunce = unitTable.find((entry) => entry.id === "floz");
const celsius = unitTable.find((entry) => entry.id === "c");
const metre = unitTable.find((entry) => entry.id === "m");
const metresPerBar = 10;

/** "A 20 oz tumbler" holds fluid ounces, "ten cups" may count servings, "wash at 30 degrees" is Celsius: such a figure is read both ways. */
function readings(quantity: Quantity): Quantity[] {
  const grouped = thousandsReading(quantity);
  return grouped ? [...unitReadings(quantity), ...unitReadings(grouped)] : unitReadings(quantity);
}

/** "11.000 U/min", "1.200 W": a full stop that groups thousands, as German, Spanish and much of Europe write them, read as a grouping too. */
function thousandsReading(quantity: Quantity): Quantity | undefined {
  const grouped = /^[^\d]{0,3}(\d{1,3}(?:\.\d{3})+)(?![\d.,])/.exec(quantity.text);
  if (!grouped) return undefined;
  const factor = 1000 ** (grouped[1].split(".").length - 1);
  return { ...quantity, value: quantity.value * factor, base: quantity.base * factor, halfStep: quantity.halfStep * factor };
}

function unitReadings(quantity: Quantity): Quantity[] {
  if (quantity.unitId === "oz" && fluidOunce) return [quantity, { ...quantity, unitId: fluidOunce.id, dimension: fluidOunce.dimension, base: quantity.value * fluidOunce.factor }];
  if (quantity.unitId === "deg" && celsius) return [quantity, { ...quantity, unitId: celsius.id, dimension: celsius.dimension, base: quantity.value * celsius.factor }];
  if (quantity.unitId === "cup") return [quantity, { ...quantity, unitId: undefined, dimension: "count", base: quantity.value }];
  // A watch's water resistance: 10 bar, 10 ATM and 100 m are one rating, by the trade's convention of 10 m a bar.
  if ((quantity.unitId === "bar" || quantity.unitId === "atm") && metre) {
    const rating = { ...quantity, unitId: "atm", dimension: "water-rating", base: quantity.value };
    return [quantity, ...(quantity.unitId === "bar" ? [rating] : []), { ...quantity, unitId: metre.id, dimension: metre.dimension, value: quantity.value * metresPerBar, base: quantity.value * metresPerBar, halfStep: quantity.halfStep * metresPerBar }];
  }
  if (quantity.unitId === "m" && Number.isInteger(quantity.value / metresPerBar)) return [quantity, { ...quantity, unitId: "atm", dimension: "water-rating", value: quantity.value / metresPerBar, base: quantity.value / metresPerBar, halfStep: quantity.halfStep / metresPerBar }];
  return [quantity];
}

/** "Serving: 2 capsules", "400 mg per serving (2 capsules)": a serving of more than one of the unit, where the brief gives no dose for one. */
function servingOf(unit: string, briefText: string): string | undefined {
  if (new RegExp(String.raw`\b(?:per|each|every|a|one)[ \t]+${unit}\b`, "i").test(briefText)) return undefined;
  // "200 mg per 2 capsules": the brief's figure is for several units together.
  const several = new RegExp(String.raw`\bper[ \t]+((?:\d+|two|three|four|five|six)[ \t]+${unit}s)\b`, "i").exec(briefText);
  if (several) return several[1];
  // "2 g sugar per two-gummy serving": the serving named by its count of units.
  const hyphened = new RegExp(String.raw`\b(\d+|two|three|four|five|six)-${unit}[ \t]+(?:serving|dose|portion)\b`, "i").exec(briefText);
  if (hyphened && !/^(?:1|one)$/i.test(hyphened[1])) return `${hyphened[1]} ${unit}s`;
  const serving = new RegExp(String.raw`\bserving(?:[ \t]+size)?[ \t]*(?:[:(=]|is|of)?[ \t]*(\d+|two|three|four|five|six)[ \t]+${unit}s\b`, "i").exec(briefText);
  return serving ? serving[0].replace(/^serving(?:[ \t]+size)?[ \t]*(?:[:(=]|is|of)?[ \t]*/i, "") : undefined;
}

/** "100 mg in each capsule" on "200 mg per serving" of "2 capsules": the serving's figure shared out over its units is right. */
function sharedOut(quantity: Quantity, serving: string, brief: FigureEvidence): boolean {
  const units = numberOf(serving.split(/[ \t]/)[0]);
  if (units === undefined || units < 2) return false;
  return brief.quantities.some((candidate) => candidate.dimension === quantity.dimension && candidate.unitId === quantity.unitId && close(candidate.value, quantity.value * units, 1e-9));
}

const smallNumbers: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6 };

function numberOf(word: string): number | undefined {
  return /^\d+$/.test(word) ? Number(word) : smallNumbers[word.toLowerCase()];
}

/** A bound in the copy holds for the brief's figure: "over 1,000" for 1,300; "less than 5 g" for 2 g. */
function withinBound(quantity: Quantity, copyValue: number, briefValue: number, briefBound?: "min" | "max"): boolean {
  // Two thresholds ("for cats over 2.5 kg") must be the same threshold.
  if (briefBound !== undefined) return false;
  if (quantity.bound === "min") return briefValue >= copyValue;
  if (quantity.bound === "max") return briefValue <= copyValue;
  return false;
}

function sharesLabel(quantity: Quantity, candidate: Quantity): boolean {
  // A count's words name the things counted ("2 capsules", "180 capsules"), not which of the brief's figures it is.
  if (quantity.dimension === "count" || !quantity.labels.some((label) => candidate.labels.some((other) => sameLabel(label, other)))) return false;
  // "3840 x 2160 IPS": a side of a size with no unit stands only for a side of the brief's.
  if (quantity.dimension === "bare" && quantity.span === "size") return candidate.span === "size";
  // A bare number ("hot for 24") stands for the labelled figure whatever its unit; a measure only for one of its own dimension.
  return quantity.dimension === "bare" ? candidate.dimension !== "count" : candidate.dimension === quantity.dimension;
}

/** "Comfortable to -5 °C" and "Comfort: -5 °C": one word, or one that goes on from the other. */
function sameLabel(a: string, b: string): boolean {
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  // "Ice-cold for 36 hours" and "Cold: 24 hrs": a compound names what its last word does.
  if (longer.includes("-") && longer.split("-").at(-1) === shorter) return true;
  return shorter === longer || (shorter.length >= 5 && longer.startsWith(shorter) && /^(?:able|ably|ed|er|ing|s|es)$/.test(longer.slice(shorter.length)));
}

function backsLabelled(quantity: Quantity, candidate: Quantity): boolean {
  if (isCount(quantity)) return candidate.value === quantity.value || (isCount(candidate) && withinBound(quantity, quantity.value, candidate.value, candidate.bound));
  return readings(quantity).some((copyReading) => briefReadings(candidate, quantity).some((briefReading) => sameFigure(copyReading, briefReading)));
}

const sideUnits = ["mm", "cm", "m", "in", "ft"].map((id) => unitTable.find((entry) => entry.id === id)).filter((entry) => entry !== undefined);
// Words that make a level in decibels a reduction: "cuts noise by up to 35 dB" is the brief's "-35 dB".
const reductionWords: ReadonlySet<string> = new Set(["by", "cut", "cuts", "cutting", "reduce", "reduces", "reducing", "reduction", "block", "blocks", "blocking", "cancel", "cancels", "cancelling", "canceling", "cancellation", "anc", "attenuation", "lowers", "quieter"]);

/**
 * The brief's figure and the ways copy may rightly restate it: a side of a size with no unit ("Rug 160x230") in any unit of
 * length, since the copy says which; a reduction in decibels ("-35dB") as the level it takes off.
 */
function briefReadings(candidate: Quantity, quantity: Quantity): Quantity[] {
  const plain = readings(candidate);
  if (candidate.span === "size" && candidate.dimension === "bare" && quantity.dimension === "length") {
    return [...plain, ...sideUnits.map((unit) => ({ ...candidate, dimension: unit.dimension, unitId: unit.id, base: candidate.value * unit.factor }))];
  }
  if (candidate.dimension === "sound" && candidate.value < 0 && quantity.value > 0 && quantity.context.some((word) => reductionWords.has(word))) {
    return [...plain, { ...candidate, value: -candidate.value, base: -candidate.base }];
  }
  return plain;
}

// What joins a figure to its conversion: "64 cm (about 25 in)", "7.5 cm, about 4 inches", "380 g — about 13.4 oz".
const conversionLink = /^[ \t]*(?:(?:in[ \t]+(?:all|total)|altogether|combined)[ \t]*)?(?:\([ \t]*(?:(?:about|approx\.?|approximately|roughly|around|or|c\.|~|just[ \t]+(?:over|under)|a[ \t]+little[ \t]+(?:over|under|more[ \t]+than|less[ \t]+than))[ \t]*)?|(?:,|[—–]|[ \t]or)[ \t]*(?:about|approx\.?|approximately|roughly|around|or about|which is about|that['’]s about|(?:or[ \t]+)?(?:just|a[ \t]+little|a[ \t]+touch|a[ \t]+shade)[ \t]+(?:over|under|more[ \t]+than|less[ \t]+than)|(?:or[ \t]+)?(?:nearly|almost|close[ \t]+to))[ \t]+)$/iu;
// "A little over 11 ounces", "just under 9 oz": a conversion rounded one way says so, and is a bound on the figure.
const roughLead = /(?:just|a[ \t]+little|a[ \t]+touch|a[ \t]+shade|nearly|almost|close[ \t]+to)[ \t]+(?:over|under|more[ \t]+than|less[ \t]+than)?[ \t]*$/iu;

/** Each figure the copy gives as the conversion of the figure just before it, with that figure. */
function convertedFigures(quantities: readonly Quantity[], text: string): Map<Quantity, Quantity> {
  const pairs = new Map<Quantity, Quantity>();
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [from, to] = [quantities[i], quantities[i + 1]];
    if (from.unitId === undefined || to.unitId === undefined || from.unitId === to.unitId || from.dimension !== to.dimension || from.dimension === "nights") continue;
    // "12 × 330 ml (3.96 litres in total)": a total in brackets is a sum, no conversion.
    // "320 grams in all, or a little over 11 ounces": a total may be converted; a total in brackets after a figure is a sum.
    if ([from, to].some((quantity) => quantity.span !== undefined || quantity.unitBorrowed || quantity.forOne || quantity.perPair) || to.total || from.bound !== undefined || (to.bound !== undefined && !roughLead.test(text.slice(from.end, to.start)))) continue;
    if (conversionLink.test(text.slice(from.end, to.start))) pairs.set(to, from);
  }
  return pairs;
}

/** Whether `to` is `from` in another unit, correctly rounded. */
function converts(to: Quantity, from: Quantity): boolean {
  // "Just under 10 ounces" for 290 g (10.2 oz) rounds the wrong way: a rough conversion's bound must hold.
  const holds = (reading: Quantity, source: Quantity) => to.bound === undefined || (to.bound === "min" ? source.base >= reading.base * (1 - 1e-9) : source.base <= reading.base * (1 + 1e-9));
  // "Just over a pound" for 480 g: a rough one says which way it rounds and stays near, a quarter of the figure at most.
  const slack = (reading: Quantity) => (to.bound === undefined ? toleranceOf(reading) : Math.max(toleranceOf(reading), Math.abs(reading.base) * 0.25));
  return readings(to).some((reading) => readings(from).some((source) => reading.dimension === source.dimension && close(source.base, reading.base, slack(reading)) && holds(reading, source)));
}

function sameFigure(quantity: Quantity, candidate: Quantity): boolean {
  // A number in the product name, or one whose unit the brief left to its neighbour, backs any unit.
  // A size ("sizes 8–13") is no measure: it backs no "8 mm"; an age ("ages 3+") only years.
  const attribute = attributeNamed(candidate);
  // A version or a model's number ("Android 10", "Vector 2") measures nothing: it backs "10 days" no more than "10 m".
  const bareMeasure = candidate.dimension === "bare" && (quantity.unitId === undefined || (!candidate.model && (attribute === undefined || (attribute === "age" && quantity.unitId === "year"))));
  // A borrowed unit is a guess, but not one that crosses into another measure: "100 to 135 cm" is no "100% carbon".
  const borrowedFits = (candidate.unitBorrowed || quantity.unitBorrowed) && (candidate.dimension === quantity.dimension || isUnitless(candidate) || isUnitless(quantity));
  if ((bareMeasure || borrowedFits) && candidate.value === quantity.value) return true;
  if (candidate.dimension !== quantity.dimension) return false;
  if (withinBound(quantity, quantity.base, candidate.base, candidate.bound)) return true;
  if (candidate.unitId === quantity.unitId) {
    if (candidate.value === quantity.value) return true;
    return quantity.approximate && close(candidate.value, quantity.value, Math.abs(candidate.value) * approximateShare);
  }
  return close(candidate.base, quantity.base, toleranceOf(quantity));
}

/** "5.1.2-channel": the main channels, with the subwoofer's and the height ones added, each a count of channels the layout backs. */
function channelLayouts(briefText: string): number[][] {
  return [...briefText.matchAll(/(?<![\d.])(\d{1,2})\.(\d)(?:\.(\d))?(?=[ -]?(?:channel|ch\b|surround|soundbar|sound bar|speaker|system))/giu)].map((layout) => {
    const [main, sub, height] = [layout[1], layout[2], layout[3] ?? "0"].map(Number);
    return [main, main + sub, main + height, main + sub + height];
  });
}

/** "Each sponge lasts 6 months", "500 ml each": a figure the copy gives for one of the pack, never the pack's total. */
function forOne(quantity: Quantity): boolean {
  return quantity.forOne === true;
}

function isUnitless(quantity: Quantity): boolean {
  return quantity.dimension === "bare" || quantity.dimension === "count";
}

/** How far a converted figure may be from the exact conversion and still be correctly rounded. */
function toleranceOf(quantity: Quantity): number {
  const unit = unitTable.find((entry) => entry.id === quantity.unitId);
  // A figure exactly half a step away is where rounding could go either way: "1 kg" does not round 500 g.
  const rounding = quantity.halfStep * (unit?.factor ?? 1) * (1 - 1e-6);
  // The allowance for floating-point error scales with the figure: in grams a fixed one would swallow the half-step guard ("1 g" for 500 mg).
  return (quantity.approximate ? Math.max(rounding, Math.abs(quantity.base) * approximateShare) : rounding) + 1e-9 * Math.abs(quantity.base) + 1e-15;
}

/** "A 45-day supply" from 90 capsules taken 2 a day; "a four-month supply" from 120 taken daily. */
function suppliedFor(quantity: Quantity, brief: FigureEvidence): boolean {
  const days = quantity.base / secondsPerDay;
  const unit = unitTable.find((entry) => entry.id === quantity.unitId);
  const tolerance = quantity.halfStep * ((unit?.factor ?? secondsPerDay) / secondsPerDay) + 1e-9;
  // "60 tablets" lasts 60 days only at one a day: unless the brief or the copy says so, the count alone says nothing of how long.
  // "Makes about 40 cups": cups are a pack's servings as much as a count of them is.
  const cups = brief.quantities.filter((candidate) => candidate.unitId === "cup").map((candidate) => candidate.value);
  const packDays = quantity.oneADay || dailyUse.test(brief.wording.text) ? [...brief.derived.packCounts, ...cups] : [];
  return [...brief.derived.supplyDays, ...packDays].some((count) => close(count, days, tolerance) || withinBound(quantity, days, count));
}

// "Free for up to 3 users", "free plan"; not "gluten-free" or "free of parabens", which say what a product lacks.
const saysFree = /(?:^|[:,(]|\b(?:is|are|always|forever|completely|totally|entirely|stays|remains))[ \t]*free\b(?![ \t]+(?:of|from)\b|-)/imu;

// "240 g per pole", "each": a figure the brief gives for one of the things a pair is made of.
const perOneAfter = /^[ \t]*(?:each(?![\p{L}])|(?:per|for[ \t]+(?:one|each|a))[ \t]+(?:single[ \t]+)?(?!pairs?(?![\p{L}]))(?:pole|shoe|boot|sock|glove|earring|stud|hoop|wheel|side|piece|unit|one|item|speaker|earbud|bud|cup|insole|ski|blade|paddle|dumbbell|weight|bracket)(?![\p{L}]))/iu;

// A money-back guarantee is a return policy; any other guarantee or warranty promises the product lasts.
const returnWords = /^(?:returns?|refunds?|money-back|trial|exchanges?)$/;
const warrantyWords = /^(?:warrant(?:y|ies)|guarantee[ds]?)$/;

/** The same measure as the copy's figure, to exact arithmetic's precision. */
function sameMeasure(quantity: Quantity, candidate: Quantity): boolean {
  return candidate.dimension === quantity.dimension && close(candidate.base, quantity.base, Math.abs(quantity.base) * derivedShare + 1e-9);
}

/** Whether a figure is `base` as written: to its last digit ("4 mg" for 3.96 mg), or a hair off exact arithmetic. */
function roundsTo(quantity: Quantity, base: number): boolean {
  const unit = quantity.value === 0 ? 0 : quantity.base / quantity.value;
  return Math.abs(base - quantity.base) <= Math.max(Math.abs(quantity.halfStep * unit), Math.abs(quantity.base) * derivedShare) + 1e-12;
}

const policyNames = { returns: "returns", warranty: "a warranty or guarantee" } as const;

/** Which of a shop's promises a duration is the term of, by the words around it: returns, or a warranty. */
function policyOf(quantity: Quantity): "returns" | "warranty" | undefined {
  if (quantity.dimension !== "time" && quantity.dimension !== "nights") return undefined;
  // The words the figure is attached to first ("a 100-night trial and a ten-year warranty"), then those around it ("returns within 60 days").
  for (const words of [quantity.labels, quantity.context]) {
    if (words.some((word) => returnWords.test(word))) return "returns";
    if (words.some((word) => warrantyWords.test(word))) return "warranty";
  }
  return undefined;
}

/** How far, in percent, each of the brief's prices is below a higher one in the same currency: a price and its compare-at price. */
function discountShares(brief: FigureEvidence): number[] {
  const prices = brief.quantities.filter((candidate) => candidate.dimension.startsWith("money-") && candidate.value > 0);
  return prices.flatMap((price) => prices.filter((other) => other.dimension === price.dimension && other.value > price.value).map((other) => (100 * (other.value - price.value)) / other.value));
}

const scheduleWords: ReadonlySet<string> = new Set([
  "check-in", "checkin", "check-out", "checkout", "check", "departs", "depart", "departure", "departures", "leaves", "pickup", "pick-up", "collection",
  "opens", "open", "opening", "closes", "close", "closing", "until", "till", "from", "starts", "start", "begins", "arrival", "arrive", "arrives", "returns",
  "return", "entry", "order", "orders", "cut-off", "cutoff", "dispatch", "delivery", "tour", "tours", "daily", "served", "session", "sessions", "class",
  "classes", "available", "runs", "ends", "last", "first", "kick-off", "curfew", "hours", "service", "reception", "boarding", "sailing", "flight",
]);

const headcountNouns: ReadonlySet<string> = new Set(["serves", "sleeps", "seats", "feeds", "people", "person", "persons", "guests", "servings", "portions", "adults", "diners", "sleeper", "sleepers", "seater",
  "employees", "users", "members", "staff", "players", "riders", "passengers", "travellers", "travelers", "children", "kids", "participants", "attendees",
]);

// Only a fraction of the thing itself ("half its size", "a quarter of the weight"); "half-zip" or "half price" gives no share to restate.
const fractionWords: readonly (readonly [number, RegExp])[] = [
  [50, /(?<![\p{L}-])(?:half|one half)[ \t]+(?:its|the|their|of)(?![\p{L}])/iu],
  [25, /(?<![\p{L}-])(?:a|one)[ \t]+quarter[ \t]+(?:of|its|the)(?![\p{L}])/iu],
  [75, /(?<![\p{L}-])three[ \t-]+quarters[ \t]+(?:of|its|the)(?![\p{L}])/iu],
];

const singleIngredient = /\b(?:single|one|only one|1)[ \t-]+ingredient\b|\bsingle-ingredient\b/i;
const dailyUse = /\b(?:daily|a day|per day|each day|every day|a night|per night|nightly)\b/i;

/** "In one day" and a brief's "day trip", "one-year" and a brief's "year-long": one of a unit the brief names. */
function singleUnitSaid(quantity: Quantity, wording: Wording): boolean {
  const unit = unitTable.find((entry) => entry.id === quantity.unitId);
  // Only time is said this way ("a day trip", "year-long"); "carat" in a brief is no single carat.
  return unit !== undefined && (unit.dimension === "time" || unit.dimension === "nights") && unit.forms.some((form) => form.length > 2 && !form.endsWith("s") && wording.says(form));
}

/** The brief's figure for the same thing: same dimension, most words in common; else the same number in another unit. */
function counterpartOf(quantity: Quantity, candidates: readonly Quantity[]): Quantity | undefined {
  const sameDimension = candidates.filter((candidate) => readings(candidate).some((reading) => reading.dimension === quantity.dimension) && !(isCount(quantity) && candidate.noun !== undefined && quantity.noun !== undefined && !sameNoun(candidate.noun, quantity.noun) && overlap(candidate, quantity) === 0));
  if (sameDimension.length > 0) {
    if (isCount(quantity)) {
      const related = sameDimension.filter((candidate) => (candidate.noun && quantity.noun && sameNoun(candidate.noun, quantity.noun)) || overlap(candidate, quantity) > 0);
      return best(related, quantity);
    }
    return best(sameDimension, quantity);
  }
  return candidates.find((candidate) => candidate.value === quantity.value && !isCount(candidate));
}

function best(candidates: readonly Quantity[], quantity: Quantity): Quantity | undefined {
  let chosen: Quantity | undefined;
  let score = -1;
  for (const candidate of candidates) {
    const candidateScore = overlap(candidate, quantity) + (candidate.noun && quantity.noun && sameNoun(candidate.noun, quantity.noun) ? 2 : 0);
    if (candidateScore > score) {
      chosen = candidate;
      score = candidateScore;
    }
  }
  return chosen;
}

function overlap(a: Quantity, b: Quantity): number {
  const words = new Set(a.context.filter((word) => word.length > 2));
  return b.context.filter((word) => words.has(word)).length;
}

// Words for how things are packed, not what they are: "a 4-pack" and "four bulbs" count the same thing.
const packingNouns = new Set(["pack", "set", "piece", "pc", "pcs", "count", "ct", "box", "case", "bundle", "pair", "item", "kit", "bag", "pouch", "tub", "jar", "bottle", "in", "x"]);

// Words that name what a bare number is ("ages 3 to 12", "sizes 8–13"): the brief's number must be one of those too.
// A sizing system before the number names a size too ("UK 8", "EU 42").
const attributeLeads = new Map([["ages", "age"], ["age", "age"], ["aged", "age"], ["old", "age"], ["sizes", "size"], ["size", "size"], ["uk", "size"], ["eu", "size"]]);

function attributeNamed(quantity: Quantity): string | undefined {
  return quantity.context.slice(0, 3).reverse().map((word) => attributeLeads.get(word)).find((attribute) => attribute !== undefined);
}

function sameAttribute(quantity: Quantity, candidate: Quantity, briefText: string): boolean {
  // The nearest word before the number names it: "sizes for ages 4" gives ages.
  const lead = attributeNamed(quantity);
  if (lead === undefined || candidate.context.some((word) => attributeLeads.get(word) === lead)) return true;
  // "Children 6–15 travel at half price": a range beside the children it is for gives their ages.
  if (lead === "age" && candidate.span === "range" && candidate.context.some((word) => /^(?:children|child|kids|juniors|infants|toddlers|teens)$/.test(word))) return true;
  // "Waist: 28, 30, 32, 34, 36": a list of bare figures offers sizes to choose from, whatever its key calls them.
  if (lead === "size" && candidate.span === "list") return true;
  // "Sizes S (36–38), M (39–42)": the line's first word names every figure on it, brackets and all.
  const lineStart = briefText.lastIndexOf("\n", candidate.start - 1) + 1;
  const first = words(briefText.slice(lineStart, candidate.start))[0];
  return first !== undefined && attributeLeads.get(first) === lead;
}

function countsSameThings(quantity: Quantity, candidate: Quantity): boolean {
  return quantity.dimension === "count" && candidate.dimension === "count" && !!quantity.noun && !!candidate.noun && !isPacking(quantity.noun) && sameNoun(quantity.noun, candidate.noun);
}

/** A brief's count of the copy's things: it counts them ("15 servings") or names them beside it ("capsules per bottle: 180"). */
function countsThingsOf(quantity: Quantity, candidate: Quantity): boolean {
  const noun = quantity.noun;
  if (quantity.dimension !== "count" || noun === undefined) return false;
  // "Five boxes" against "2 large boxes, 3 small boxes": where the brief counts the very boxes, they are the product, not its packing.
  if (isPacking(noun)) return candidate.noun !== undefined && sameNoun(candidate.noun, noun);
  return (candidate.noun !== undefined && sameNoun(candidate.noun, noun)) || candidate.context.some((word) => sameNoun(word, noun));
}

/** One of the brief's counts of the same things, their total, or one of them times or shared by another of its counts (3 packs of 4 bars; 180 capsules, 2 a serving). */
function backsCountOf(quantity: Quantity, counted: readonly Quantity[], brief: FigureEvidence): boolean {
  const value = quantity.value;
  const near = (figure: number) => close(figure, value, quantity.approximate ? 0.5 : 1e-9);
  // "Six shelves" where the brief gives "5 shelves" and 180 x 30 cm: its own count of these things decides, not a ratio of two measures.
  const sameThings = counted.filter((candidate) => candidate.noun !== undefined && quantity.noun !== undefined && sameNoun(candidate.noun, quantity.noun));
  if (ratioHolds(quantity, brief) && !sameThings.some((candidate) => candidate.span === undefined && candidate.bound === undefined)) return true;
  // "120 capsules, which works out at 60 servings" at 2 capsules a serving: a pack shared out by its dose.
  if (quantity.noun !== undefined && servingNouns.has(singular(quantity.noun)) && brief.derived.supplyDays.includes(value)) return true;
  // One end of a range ("sleeps 2–4") is no figure a bound holds for: "up to 6" is not the range's.
  if (counted.some((candidate) => near(candidate.value) || (candidate.span !== "range" && withinBound(quantity, value, candidate.value, candidate.bound)))) return true;
  // Nor do a range's ends add up to anything ("sleeps 2–4" is no 6).
  // "1 wand + 5 refills": where the brief counts these very things, only those counts add up; the wand is no refill.
  const parts = (sameThings.length > 0 ? sameThings : counted).filter((candidate) => candidate.span !== "range");
  if (parts.length > 1 && near(parts.reduce((sum, candidate) => sum + candidate.value, 0))) return true;
  if (pairsBack(quantity, brief.quantities)) return true;
  // "60 pieces: 40 squares, 16 triangles, 4 large squares" has 56 tiles of the standard size: some of one line's parts, added.
  // Where the brief counts these very things ("2 platforms"), the other parts are no more of them.
  if (sameThings.length === 0 && lineSubsetSums(brief).some(near)) return true;
  // A number that names no other things ("take 4 daily", "capsules per bottle: 180") may count these too; "12 guests" counts guests.
  // Where the brief counts these very things ("4 islands"), a bound on another line ("kids under 5") counts nothing of them.
  if (brief.quantities.some((candidate) => isCount(candidate) && near(candidate.value) && (candidate.noun === undefined || singular(candidate.noun) === candidate.noun) && (sameThings.length === 0 || candidate.bound === undefined))) return true;
  // "Sleeps: 4 adults + 2 children": the parts of one count, on one line, make its total; no product of a part with another figure is it.
  const lineOf = (candidate: Quantity) => brief.wording.text.lastIndexOf("\n", candidate.start - 1);
  if (parts.length > 1 && parts.every((candidate) => lineOf(candidate) === lineOf(parts[0]))) return listBacksCount(quantity, brief.lists);
  // A range's end ("sizes 8–12") is a bound, never a factor: 12 shared by 3 pairs is no count of 4.
  const others = brief.quantities.filter((candidate) => isCount(candidate) && !candidate.model && candidate.span === undefined);
  // "9 tastings and 2 drinks": the drinks stand beside the tastings, but 2 drinks times 5 stops is no count of tastings.
  const ownCounts = counted.filter((candidate) => candidate.noun === undefined || isPacking(candidate.noun) || sameNoun(candidate.noun, quantity.noun ?? ""));
  // "2 large cushions, 3 small cushions" make five cushions, never six: counts of the same things add, they do not multiply.
  const sameThingsAs = (candidate: Quantity, other: Quantity) => candidate.noun !== undefined && other.noun !== undefined && sameNoun(candidate.noun, other.noun);
  return counted.some((candidate) => others.some((other) => other !== candidate && ((ownCounts.includes(candidate) && !sameThingsAs(candidate, other) && near(candidate.value * other.value)) || (overlap(candidate, other) > 0 && (near(candidate.value / other.value) || near(other.value / candidate.value)))))) || listBacksCount(quantity, brief.lists);
}

/** "More than 55 double espressos" from 1 kg at 18 g a shot (55.6): how many of one measure another holds, within the copy's bound. */
const maxLineParts = 8;

/** Sums of two or more of the counts one line of the brief gives (a pack's parts), not all of them. */
function lineSubsetSums(brief: FigureEvidence): number[] {
  const byLine = new Map<number, number[]>();
  for (const candidate of brief.quantities) {
    if (!isCount(candidate) || candidate.span !== undefined || candidate.model || !Number.isInteger(candidate.value)) continue;
    const line = brief.wording.text.lastIndexOf("\n", candidate.start - 1);
    byLine.set(line, [...(byLine.get(line) ?? []), candidate.value]);
  }
  const sums: number[] = [];
  for (const values of byLine.values()) {
    if (values.length < 3 || values.length > maxLineParts) continue;
    for (let mask = 1; mask < 1 << values.length; mask++) {
      const chosen = values.filter((_, index) => mask & (1 << index));
      if (chosen.length >= 2 && chosen.length < values.length) sums.push(chosen.reduce((sum, value) => sum + value, 0));
    }
  }
  return sums;
}

function ratioHolds(quantity: Quantity, brief: FigureEvidence): boolean {
  const value = quantity.value;
  // "33 servings" from 1 kg at 30 g a scoop (33.3): whole servings, the last part-scoop left out.
  const wholeServings = quantity.noun !== undefined && (servingNouns.has(singular(quantity.noun)) || /^(?:cups?|uses|washes|applications)$/.test(quantity.noun));
  return brief.derived.figures.some((figure) => figure.ratio === true &&
    (close(figure.base, value, quantity.approximate ? 0.5 : 1e-9) || ((wholeServings || quantity.approximate) && !Number.isInteger(figure.base) && Math.floor(figure.base) === value) || (quantity.bound === "min" && figure.base > value && figure.base <= value + 1) || (quantity.bound === "max" && figure.base < value && figure.base >= value - 1)));
}

/** "Three pairs" are six socks or six earrings: twice the brief's count of pairs counts the single things, never more pairs. */
function pairsBack(quantity: Quantity, brief: readonly Quantity[]): boolean {
  if (quantity.noun !== undefined && /^pairs?$/.test(quantity.noun)) return false;
  return brief.some((candidate) => candidate.noun !== undefined && /^pairs?$/.test(candidate.noun) && !/pair/i.test(candidate.text) && 2 * candidate.value === quantity.value);
}

/** The word before a count's noun that names one kind of it ("USB-C ports", "speed settings"), named the same way by the brief's count. */
function sharesKind(quantity: Quantity, candidate: Quantity): boolean {
  const kinds = quantity.labels.filter((label) => quantity.noun === undefined || !sameNoun(label, quantity.noun));
  return kinds.length > 0 && kinds.some((kind) => candidate.labels.some((other) => sameLabel(kind, other)));
}

function isPacking(noun: string): boolean {
  return packingNouns.has(singular(noun)) || [...packingNouns].some((packing) => sameNoun(packing, noun));
}


function close(a: number, b: number, tolerance: number): boolean {
  return Math.abs(a - b) <= tolerance;
}

// "Per 2 capsules", "per serving (2 capsules)": a count the figure is given for.
const perBefore = /(?<![\p{L}])per[ \t]+(?:[\p{L}-]+[ \t]*\([ \t]*)?$/iu;
/**
 * "€42 for 30 ml: €1.40 per ml", "£24 for 60 servings: 40p a day", "two for $230: $115 a sweater": a price the copy gives for
 * one of something is one of the brief's prices shared out over one of its figures or the counts they make.
 */
function pricedPerUnit(quantity: Quantity, brief: FigureEvidence): boolean {
  if (quantity.unitPrice === undefined) return false;
  const prices = brief.quantities.filter((candidate) => candidate.dimension === quantity.dimension && candidate.base > quantity.base);
  const shares = [
    ...brief.quantities.filter((candidate) => !candidate.dimension.startsWith("money-") && candidate.value > 1).map((candidate) => candidate.value),
    ...brief.derived.figures.filter((figure) => figure.dimension === "count" && figure.base > 1).map((figure) => figure.base),
    ...brief.derived.supplyDays,
  ];
  const tolerance = quantity.approximate ? Math.abs(quantity.base) * approximateShare : quantity.halfStep + Math.abs(quantity.base) * derivedShare;
  return prices.some((price) => shares.some((share) => close(price.base / share, quantity.base, tolerance)));
}

/** "Stamped 585: 58.5% gold", "14 karat is 58.3% gold": a precious metal's fineness in thousandths or karats, as a share. */
function finenessShare(quantity: Quantity, brief: FigureEvidence): boolean {
  if (quantity.dimension !== "percent") return false;
  const near = (share: number) => close(share, quantity.value, quantity.halfStep + 1e-9);
  // "7/8 length" is "seven-eighths", 87.5%: a fraction of the brief's as a share.
  return brief.quantities.some((candidate) => (fineness.has(candidate.value) && near(candidate.value / 10)) || (candidate.dimension === "karat" && near((100 * candidate.value) / 24)) ||
    (isCount(candidate) && candidate.value > 0 && candidate.value < 1 && near(100 * candidate.value)));
}

/** "1,000 IU (25 mcg) of vitamin D3": vitamin D's international units are 40 to the microgram, the label's own conversion. */
function vitaminDEquivalent(quantity: Quantity, brief: FigureEvidence): boolean {
  if (!/(?<![\p{L}])(?:vitamin[ \t]+D[23]?|D3|D2|cholecalciferol|ergocalciferol)(?![\p{L}\p{N}])/iu.test(brief.wording.text)) return false;
  const micrograms = quantity.dimension === "mass" ? quantity.base * 1e9 : quantity.unitId === "iu" ? quantity.value / unitsPerMicrogram : undefined;
  if (micrograms === undefined) return false;
  const tolerance = Math.max(quantity.halfStep * (quantity.unitId === "iu" ? 1 / unitsPerMicrogram : (quantity.base * 1e9) / quantity.value), 1e-9);
  return brief.quantities.some((candidate) => {
    const briefMicrograms = candidate.unitId === "iu" ? candidate.value / unitsPerMicrogram : candidate.dimension === "mass" ? candidate.base * 1e9 : undefined;
    return briefMicrograms !== undefined && (candidate.unitId === "iu") !== (quantity.unitId === "iu") && close(briefMicrograms, micrograms, tolerance);
  });
}

const unitsPerMicrogram = 40;

// Hallmarks of gold (375 to 999) and silver (800 to 999) in thousandths.
const fineness: ReadonlySet<number> = new Set([375, 416, 417, 585, 750, 800, 830, 833, 835, 900, 916, 925, 950, 958, 999]);
const savingLead = /(?<![\p{L}])(?:save|saves|saving|savings|off|less)(?![\p{L}])/iu;

/** What a buyer saves by the brief's prices: one price less another, or several bought apart less the price of them together. */
function savingsOf(dimension: string, brief: FigureEvidence): number[] {
  const prices = brief.quantities.filter((candidate) => candidate.dimension === dimension).map((candidate) => candidate.base);
  const totals = brief.derived.figures.filter((figure) => figure.dimension === dimension && figure.times).map((figure) => figure.base);
  return [...prices, ...totals].flatMap((higher) => prices.filter((lower) => lower < higher).map((lower) => higher - lower));
}
const warmthWords: ReadonlySet<string> = new Set(["warm", "warmth", "cosy", "cozy", "snug", "toasty", "comfortable", "comfortably", "comfort"]);
const limitLabels: ReadonlySet<string> = new Set(["limit", "extreme", "survival", "lower", "minimum"]);
const chargeWords = /^(?:re)?charges?$|^top-?ups?$|^refills?$|^recharges?$/;

/** The noun a product's name ends on ("Shampoo Bar": "bar"), in the singular. */
function productNoun(name: string): string | undefined {
  const last = /(\p{L}+)[^\p{L}]*$/u.exec(name)?.[1];
  return last === undefined ? undefined : singular(last.toLowerCase());
}

// "32 mg per 100 ml": a rate, the measure and what it is given per. "2.5 g of leaf for every 250 ml" names what it measures between.
const perLink = /^(?:[ \t]+of(?:[ \t]+[\p{L}-]+){1,3})?[ \t]*(?:per|\/|for every|in every|in each|to every)[ \t]*$/iu;

/**
 * "160 mg in every 500 ml can, which works out at 32 mg per 100 ml": a rate the copy gives per another amount than the
 * brief does is backed when the two figures keep the brief's proportion; both are then the brief's, rescaled.
 */
function rescaledRates(quantities: readonly Quantity[], text: string, brief: FigureEvidence): Quantity[] {
  const backed: Quantity[] = [];
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [amount, per] = [quantities[i], quantities[i + 1]];
    if (isCount(amount) || isCount(per) || amount.dimension === per.dimension || per.base === 0 || !perLink.test(text.slice(amount.end, per.start))) continue;
    const rate = amount.base / per.base;
    const kept = brief.quantities.some((a) => a.dimension === amount.dimension && brief.quantities.some((b) => b.dimension === per.dimension && b.base !== 0 && close(a.base / b.base, rate, rate * derivedShare)));
    if (kept) backed.push(amount, per);
  }
  return backed;
}

// The size an example is worked for ("for a 50-person team", "if you have 12 staff"), and the words that give its result ("that's £200").
// "If you take two at a time": a dose the copy works an example for.
const exampleLead = /(?<![\p{L}])(?:for|if[ \t]+you[ \t]+have|say|team[ \t]+of|family[ \t]+of|group[ \t]+of|household[ \t]+of|(?:if[ \t]+you[ \t]+)?(?:take|use|have))(?:[ \t]+(?:a|an|your))?[ \t,]+$/iu;
const resultLink = /(?<![\p{L}])(?:that['’]s|that[ \t]+is|comes[ \t]+to|works[ \t]+out|means|you['’]d[ \t]+pay|you[ \t]+pay|totals?|totalling|you['’]re[ \t]+getting|you[ \t]+get|gives[ \t]+you|=)(?![\p{L}])/iu;

/**
 * "For a 50-person team that's £200 a month" at the brief's £4 per employee: an example the copy works out, the size its
 * own and the result that size times the brief's rate. Neither is a claim about the product.
 */
function workedExamples(quantities: readonly Quantity[], text: string, brief: FigureEvidence): Quantity[] {
  // "300 mg combined EPA and DHA per softgel": the unit may follow what the figure measures.
  const rates = brief.quantities.filter((candidate) => !isCount(candidate) && (/^[ \t]*(?:per|each|a|an|\/)[ \t]*\p{L}/iu.test(brief.wording.text.slice(candidate.end, candidate.end + 16)) || candidate.perUnit !== undefined || /^[^,;.\n]{0,40}?(?<![\p{L}])(?:per|in[ \t]+each|in[ \t]+every)[ \t]+(?:capsule|tablet|softgel|gummy|scoop|serving|dose|drop|sachet|pod)s?(?![\p{L}])/iu.test(brief.wording.text.slice(candidate.end, candidate.end + 60))));
  const backed: Quantity[] = [];
  for (const size of quantities) {
    if (size.dimension !== "count" || !Number.isInteger(size.value) || size.value < 2 || !exampleLead.test(text.slice(Math.max(0, size.start - 24), size.start))) continue;
    for (const result of quantities) {
      if (result === size || isCount(result)) continue;
      const [first, last] = size.start < result.start ? [size, result] : [result, size];
      const between = text.slice(first.end, last.start);
      if (between.length > 80 || /[.!?;\n]/.test(between) || !resultLink.test(between)) continue;
      if (rates.some((rate) => rate.dimension === result.dimension && close(rate.base * size.value, result.base, Math.abs(result.base) * derivedShare + 1e-9))) backed.push(size, result);
    }
  }
  return backed;
}

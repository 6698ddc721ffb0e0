import { singular } from "./nouns";
import type { Quantity } from "./quantity";

/** A figure that follows from the brief's own figures by one step of arithmetic. */
export interface DerivedFigure {
  readonly dimension: string;
  readonly base: number;
  /** The sum of two of the brief's figures: a total, which copy that adds a figure to another ("another 24 hours") does not state. */
  readonly sum?: boolean;
  /** The rest of one figure over another (32 h in all, 8 h a charge: 24 h from the case): backs only copy that adds it ("another 24 h"). */
  readonly rest?: boolean;
  /** A count times a measure (2 × 3 months): a pack's total, which a figure the copy gives for each one does not state. */
  readonly times?: boolean;
  /** A yearly price shared over twelve months: backs only a price the copy gives a month. */
  readonly monthly?: boolean;
  /** How far apart a range's ends are ("45–55 cm": a 10 cm range): backs a figure of its own, never the end of another range. */
  readonly width?: boolean;
  /** How many of one measure another holds (1 kg at 18 g a shot: 55.6 shots): backs a count, "more than 55" too. */
  readonly ratio?: boolean;
}

/** What the brief's figures give by arithmetic, and how many days a pack lasts at the brief's rate. */
export interface Derivations {
  readonly figures: readonly DerivedFigure[];
  /** Counts shared out by counts (120 capsules, 2 a day): backs a supply in days. */
  readonly supplyDays: readonly number[];
  /** The counts themselves: a supply in days only where the brief says one is taken daily. */
  readonly packCounts: readonly number[];
  /** How many times the rest of a total holds one of its parts (32 h with the case, 8 h a charge: 3 charges from the case): backs a count of charges. */
  readonly charges: readonly number[];
}

const maxFigures = 40;

/**
 * What exact arithmetic on the brief's figures gives: a count times a measure (2 × 500 ml),
 * a measure shared out (420 g a pair → 210 g a pole), servings in a pack (500 g ÷ 5 g), sums
 * of like figures, the rest of a total (36 hours with the case, 9 without: 27 from the case),
 * parts added up before multiplying (1 part + 2 parts, of 1 L), a share of one figure in another
 * of its kind (24 g in 30 g: 80%), and a yearly price by the month.
 */
export function deriveFigures(quantities: readonly Quantity[]): Derivations {
  // A model's number ("Vector 2") and the ends of a range ("tanks 100–200 L") are no amounts to work with.
  const figures = quantities.filter((quantity) => quantity.dimension !== "clock" && quantity.dimension !== "ratio" && quantity.dimension !== "date" && quantity.value !== 0 && !quantity.model && quantity.span !== "range" && quantity.span !== "list" && !quantity.always).slice(0, maxFigures);
  // "3 x 30 ml": the 3 took the unit of its neighbour, but counts tubes; "60 × 40 cm" gives two sides of one thing.
  // "Rug 160x230": the sides of a size with no unit are no counts either.
  // "Makes approx. 50 cups": cups a pack makes count its servings, which a measure shares out over (100 g: 2 g a cup).
  const counts = figures.filter((quantity) => ((isCount(quantity) && quantity.span !== "size") || (quantity.unitBorrowed && quantity.span === undefined) || quantity.unitId === "cup") && !countsFeatures(quantity));
  // The same figure said twice ("500g" in the name, "500 g" in a fact) is one figure: it adds to nothing.
  const measures = figures.filter((quantity, index) => !isCount(quantity) && !quantity.dimension.startsWith("prefix:") && !figures.slice(0, index).some((other) => !isCount(other) && other.dimension === quantity.dimension && other.base === quantity.base));
  // A rate or a level (60 Hz, 20 °C, 5 Gbps, 40%) is the same for each of a pack: two ports at 30 Hz make no 60 Hz.
  const amounts = measures.filter((measure) => !intensive.has(measure.dimension));
  const derived: DerivedFigure[] = [];
  const supplyDays: number[] = [];
  const charges: number[] = [];
  const packCounts = counts.map((count) => count.value);
  for (let i = 0; i < counts.length; i++) {
    // "9 hours, 36 with the case": the case adds the difference.
    for (const other of figures) {
      if (other !== counts[i] && other.value < counts[i].value) derived.push({ dimension: "count", base: counts[i].value - other.value });
    }
    for (let j = i + 1; j < counts.length; j++) {
      derived.push({ dimension: "count", base: counts[i].value * counts[j].value });
      for (const ratio of [counts[i].value / counts[j].value, counts[j].value / counts[i].value]) {
        if (Number.isInteger(ratio) && ratio > 1) supplyDays.push(ratio);
      }
      for (const measure of amounts) derived.push({ dimension: measure.dimension, base: (counts[i].value + counts[j].value) * measure.base, times: true });
    }
    for (const measure of amounts) {
      // "Breakfast for two" and "cancellation up to 7 days" make no 14 days: a stay's guests share its days, they do not add to them.
      if (countsPeople(counts[i]) && (measure.dimension === "time" || measure.dimension === "nights")) continue;
      derived.push({ dimension: measure.dimension, base: counts[i].value * measure.base, times: true });
      // A weight or a volume shares out over a pack (420 g a pair: 210 g a pole); a walk of 10 minutes does not over 2 bedrooms.
      if (measure.dimension !== "time") derived.push({ dimension: measure.dimension, base: measure.base / counts[i].value });
    }
  }
  // "70% cocoa in a 100 g bar" is 70 g of cocoa: a share of the pack's weight or volume.
  for (const share of measures) {
    if (share.dimension !== "percent" || share.base <= 0 || share.base >= 100) continue;
    for (const whole of amounts) {
      if (whole.dimension === "mass" || whole.dimension === "volume") derived.push({ dimension: whole.dimension, base: (share.base / 100) * whole.base });
    }
  }
  // "92.5% pure silver" leaves "the remaining 7.5%": the rest of a share, which only a difference states.
  for (const measure of measures) {
    if (measure.dimension === "percent" && measure.base > 0 && measure.base < 100) derived.push({ dimension: "percent", base: 100 - measure.base, rest: true });
  }
  // "$49 per month" is "$588 a year": a yearly price worked out from a monthly one is exact arithmetic on the brief's figure.
  // "480 g per pair" is 240 g each.
  for (const measure of measures) {
    if (measure.perMonth) derived.push({ dimension: measure.dimension, base: measure.base * 12 });
    if (measure.perPair) derived.push({ dimension: measure.dimension, base: measure.base / 2 });
    if (measure.perYear) derived.push({ dimension: measure.dimension, base: measure.base / 12, monthly: true });
  }
  // "160 × 230 cm" covers 3.68 m²: the two sides of a size multiply into its area.
  // "Seat height 45–55 cm" is "a 10 cm range": the ends of a range are apart by its width.
  for (let i = 0; i + 1 < quantities.length; i++) {
    const [side, other] = [quantities[i], quantities[i + 1]];
    if (side.span === "size" && other.span === "size" && side.dimension === "length" && other.dimension === "length") derived.push({ dimension: "area", base: side.base * other.base });
    if (side.span === "range" && other.span === "range" && side.unitBorrowed && side.dimension === other.dimension && side.dimension !== "count" && side.dimension !== "bare" && other.base > side.base) {
      derived.push({ dimension: side.dimension, base: other.base - side.base, width: true });
    }
  }
  for (let i = 0; i < measures.length; i++) {
    for (let j = i + 1; j < measures.length; j++) {
      if (measures[i].dimension !== measures[j].dimension || measures[i].dimension === "temperature") continue;
      // The two ends of one range ("tanks 100–200 L") neither add up nor divide into anything.
      if (measures[i].unitBorrowed && j === i + 1) continue;
      // "8 h a charge, 24 h in total with the case": a figure that is already a total adds up to nothing more.
      if (!measures[i].total && !measures[j].total) derived.push({ dimension: measures[i].dimension, base: measures[i].base + measures[j].base, sum: true });
      derived.push({ dimension: measures[i].dimension, base: Math.abs(measures[i].base - measures[j].base), rest: true });
      // Servings in a pack: 500 g at 5 g is 100; 500 ml at 15 ml is "about 33". Shares of a blend (80% wool, 20% nylon) count nothing.
      for (const ratio of measures[i].dimension === "percent" ? [] : [measures[i].base / measures[j].base, measures[j].base / measures[i].base]) {
        if (ratio > 1) derived.push({ dimension: "count", base: ratio, ratio: true });
      }
      // "12 kg bag", "300 g per day": the pack lasts 40 days at the brief's daily amount.
      const daily = [measures[i], measures[j]].filter((measure) => measure.per === "day");
      if (daily.length === 1) {
        const pack = daily[0] === measures[i] ? measures[j] : measures[i];
        if (pack.base > daily[0].base) supplyDays.push(pack.base / daily[0].base);
      }
      // "24 g of protein in a 30 g scoop" is 80% protein: the smaller figure as a share of the larger.
      const [smaller, larger] = measures[i].base < measures[j].base ? [measures[i], measures[j]] : [measures[j], measures[i]];
      if (smaller.base > 0 && larger.base > smaller.base) {
        derived.push({ dimension: "percent", base: (100 * smaller.base) / larger.base });
        charges.push(larger.base / smaller.base - 1);
      }
    }
  }
  return { figures: derived, supplyDays, packCounts, charges };
}

// Shades of a trio, shelves of a bookcase and settings of a dryer do multiply ("three 3.5 g shades", "5 shelves of 15 kg").
const featureNouns: ReadonlySet<string> = new Set([
  "port", "output", "input", "socket", "mode", "pocket", "door", "zone", "channel", "button", "program", "programme", "function", "option", "way",
  "vestibule", "compartment", "slot",
]);

const intensive: ReadonlySet<string> = new Set([
  "frequency", "temperature", "percent", "pressure", "speed", "voltage", "data-rate", "resolution", "frame-rate", "angle", "rotation", "sound", "karat",
  "fabric-weight", "silk-weight", "fill-power", "yarn", "luminance", "pixel-density", "concentration", "illuminance", "tempo", "gauge", "colour-temperature",
  "alcohol", "water-rating", "density", "vision-rating",
]);

/** "Two output ports" and "10,000 mAh" make no 20,000 mAh: a count of a product's features or choices is no pack of it, and multiplies nothing. */
export function countsFeatures(quantity: Quantity): boolean {
  return quantity.noun !== undefined && featureNouns.has(singular(quantity.noun));
}

/** "Breakfast for two", "sleeps 4 adults": a count of the people a product serves. */
export function countsPeople(quantity: Quantity): boolean {
  return quantity.noun !== undefined && /^(?:guests?|people|persons?|adults?|children|travell?ers?)$/.test(quantity.noun);
}

export function isCount(quantity: Quantity): boolean {
  return quantity.dimension === "count" || quantity.dimension === "bare";
}

import type { TextSpan } from "../groundingFinding";

/**
 * A number read from a text, with what it measures. `dimension` is a unit's dimension
 * ("mass"), "count" for a number of things ("6 bars"), "bare" for a number on its own
 * ("Series 5", "sizes 8 to 13"), or "prefix:<id>" for a number named by the word before it
 * ("SPF 30").
 */
export interface Quantity extends TextSpan {
  readonly value: number;
  readonly dimension: string;
  readonly unitId?: string;
  /** The value in the dimension's base unit. */
  readonly base: number;
  /** Half of the last written digit's step, in the quantity's own unit: how far rounding may have moved it. */
  readonly halfStep: number;
  /** "about 5 litres": rounding may be coarser than the digits say. */
  readonly approximate: boolean;
  /** "over 1,300", "800+" (min); "less than 2 g" (max): the copy states a bound, which a larger (smaller) figure satisfies. */
  readonly bound?: "min" | "max";
  /** "2x faster", "twice as long", "3x the battery": a multiple of something else, not a pack ("2x 500 ml"). */
  readonly comparison: boolean;
  /** "Another 24 hours", "an extra 2 GB": a figure added to another, never a total. */
  readonly addend: boolean;
  /** The unit came from the next number of a range or a size ("7–8 mm", "180 x 90 cm"). */
  readonly unitBorrowed: boolean;
  /** The word a count counts ("pockets"), when there is one. */
  readonly noun?: string;
  /** A duration given as how long a supply lasts ("a 45-day supply"). */
  readonly supply: boolean;
  /** A supply the copy itself reckons at one a day ("lasts a month at one a day"): the pack's count is then its days. */
  readonly oneADay: boolean;
  /** A measure of two together ("460 g the pair", "for both"), which the brief may give for one. */
  readonly perPair: boolean;
  /** A dose given for one unit ("400 mg in every capsule"): the unit, and where the phrase ends. */
  readonly perUnit?: { readonly noun: string; readonly end: number };
  /** "Each sponge lasts 6 months", "500 ml each": a figure given for one of a pack, never the pack's total. */
  readonly forOne?: boolean;
  /** A price or amount given per month ("$49 per user per month"): twelve of it make a year. */
  readonly perMonth?: boolean;
  /** A price given per year ("$180/year", "annual plan: $180"): a twelfth of it is a month's. */
  readonly perYear?: boolean;
  /** "Formaldehyde, toluene and eight other nasties": how many things the list before "and … other" names, which the count leaves out. */
  readonly othersNamed?: number;
  /** "Android 10", "the Vector 2 Smartwatch": a version or a model's number, which names the thing and measures nothing. */
  readonly model?: boolean;
  /**
   * One end of a range ("tanks 100–200 L"), one side of a size ("60 × 40 cm") or one item of a list of bare figures
   * ("Waist: 28, 30, 32"): a bound, a side or a choice, never a factor of arithmetic.
   */
  readonly span?: "range" | "size" | "list";
  /** What the figure is given for ("200 mg per serving", "each serving provides 400 mg"): held to the brief's figure for the same. */
  readonly basis?: string;
  /** "40 W of total output", "a combined 40 W": a total, which exact arithmetic on the brief's figures may give. */
  readonly total?: boolean;
  /** The period of a frequency ("6 days a week"): "week". */
  readonly per?: string;
  /** A price given for one of something ("€1.40 per ml", "40p a day", "$115 a sweater", "86 cents each"): what it is per. */
  readonly unitPrice?: string;
  /** "Rated 7 out of 10": the scale a score is given on, which the brief may write as a fraction ("7/10"). */
  readonly outOf?: number;
  /** "26 Wh below the limit", "a $26 saving", "the remaining 7.5%": a difference between two figures, not a figure of the product. */
  readonly difference?: boolean;
  /** "Seven days a week", "24 hours a day": a way of saying "always", a figure only against a brief that gives another. */
  readonly always?: boolean;
  /** "The two smaller sizes": some of the things counted, picked out by a comparison, which only a count of fewer of them contradicts. */
  readonly subset?: boolean;
  /** "Two steps", "three ways", "three or four drops": a count in a figure of speech or a rough one, a figure only where the brief counts the same things. */
  readonly figurative?: boolean;
  /** "A pair of hoops": one product that comes as a pair, a figure only where the brief counts those things; a brief's "pair of cufflinks" still counts two. */
  readonly onePair?: boolean;
  /** "Four-season", "4-way", "3-ply": a rating joined to its number, backed only by the brief's rating of the same kind. */
  readonly rating?: boolean;
  /** Words around the number, to tell which of the brief's figures it stands for. */
  readonly context: readonly string[];
  /** The words a figure is attached to ("EPA 300 mg", "hot for 12 hours", "500 mg sodium"): what it is the figure of. */
  readonly labels: readonly string[];
}

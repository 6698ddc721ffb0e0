import { isCount } from "./deriveFigures";
import type { Quantity } from "./quantity";

// "Per 100 g: 460 kcal, protein 12 g": a nutrition line gives every figure after it for its reference amount.
const perLine = /^[ \t*•-]*(?:(?:typical[ \t]+)?(?:nutrition(?:al)?[ \t]+)?(?:values?|information|facts)[ \t]*)?\(?[ \t]*per[ \t]+(100[ \t]?(?:g|ml)|1[ \t]?(?:kg|l))\b/iu;
// "Sodium 12 mg per litre", "3,800 kcal/kg", "75 g per 100 g": one figure given for a reference amount.
const perAfter = /^[ \t]*(?:per|\/|a|each)[ \t]*(100[ \t]?(?:g|ml)|1?[ \t]?(?:kg|kilo(?:gram)?|l|litre|liter))(?![\p{L}])/iu;

const referenceBases: ReadonlyMap<string, { readonly dimension: string; readonly base: number }> = new Map([
  ["100g", { dimension: "mass", base: 0.1 }], ["100ml", { dimension: "volume", base: 0.1 }], ["1kg", { dimension: "mass", base: 1 }], ["kg", { dimension: "mass", base: 1 }],
  ["kilo", { dimension: "mass", base: 1 }], ["kilogram", { dimension: "mass", base: 1 }], ["1l", { dimension: "volume", base: 1 }], ["l", { dimension: "volume", base: 1 }],
  ["litre", { dimension: "volume", base: 1 }], ["liter", { dimension: "volume", base: 1 }],
]);

/**
 * A brief's figures given for a reference amount (per 100 g, per litre, per kg), scaled to each of
 * its other amounts of the same kind: "460 kcal per 100 g" with "Serving size 50 g" is 230 kcal a
 * serving; "12 mg per litre" in a 330 ml can is about 4 mg; "3,800 kcal/kg" at 250 g a day is
 * 950 kcal. The amounts include a pack's parts and totals (100 g in 10 squares: 10 g a square).
 * Each scaled figure keeps the words of the figure it comes from, so "6 g of protein" is held to
 * the protein figure.
 */
export function scaledFigures(quantities: readonly Quantity[], text: string): Quantity[] {
  const references = new Map<Quantity, { readonly dimension: string; readonly base: number }>();
  let lineStart = 0;
  for (const line of text.split("\n")) {
    const lineEnd = lineStart + line.length;
    const heading = perLine.exec(line);
    const reference = heading ? referenceBases.get(heading[1].replace(/[ \t]/g, "").toLowerCase()) : undefined;
    for (const quantity of quantities) {
      if (quantity.start < lineStart || quantity.end > lineEnd) continue;
      const after = perAfter.exec(text.slice(quantity.end, quantity.end + 24));
      const own = after ? referenceBases.get(after[1].replace(/[ \t]/g, "").toLowerCase()) : undefined;
      // The heading's own "100 g" is the reference, not a figure given for it.
      const headingAmount = heading !== null && quantity.start - lineStart <= heading[0].length;
      const given = own ?? (headingAmount ? undefined : reference);
      if (given && !isCount(quantity)) references.set(quantity, given);
    }
    lineStart = lineEnd + 1;
  }
  if (references.size === 0) return [];
  const amounts = quantities.filter((quantity) => (quantity.dimension === "mass" || quantity.dimension === "volume") && !references.has(quantity) && quantity.base > 0);
  const counts = quantities.filter((quantity) => isCount(quantity) && Number.isInteger(quantity.value) && quantity.value > 1);
  const portions = [...amounts.map((amount) => ({ dimension: amount.dimension, base: amount.base })), ...amounts.flatMap((amount) => counts.flatMap((count) => [
    { dimension: amount.dimension, base: amount.base / count.value },
    { dimension: amount.dimension, base: amount.base * count.value },
  ]))];
  const scaled: Quantity[] = [];
  for (const [figure, reference] of references) {
    for (const portion of portions) {
      if (portion.dimension !== reference.dimension || Math.abs(portion.base - reference.base) < 1e-12) continue;
      const factor = portion.base / reference.base;
      scaled.push({ ...figure, value: figure.value * factor, base: figure.base * factor });
    }
  }
  return scaled;
}

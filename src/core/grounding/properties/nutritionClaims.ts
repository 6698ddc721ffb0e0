import type { PropertyMatch } from "./checkProperties";

/**
 * Nutrition and content claims that labelling law defines: "low-acid", "high-protein",
 * "reduced sodium", "low in sugar". A brief backs one by making it, or a stronger one of the
 * same nutrient ("sugar-free" backs "low sugar").
 */
const nutrients = [
  "acid", "acidity", "sodium", "salt", "fat", "saturated fat", "sugar", "sugars", "carb", "carbs", "carbohydrate", "calorie", "calories", "caffeine",
  "fibre", "fiber", "protein", "gi", "glycemic", "glycaemic", "cholesterol", "lactose", "alcohol",
].sort((a, b) => b.length - a.length).join("|");
// Vitamins and minerals, which a brief that names them at all ("Vitamin C: 80 mg (100% NRV)") states a content of.
const micronutrients = [
  String.raw`vitamins?\s+(?:[ACDEK]\d?|B\d{0,2})`, "iron", "calcium", "magnesium", "zinc", "potassium", "selenium", "iodine", "folate", "folic acid",
].join("|");
// "Low iron can leave you tired" speaks of the reader's levels: a vitamin or mineral is claimed only as plenty of it.
const nutritionPattern = new RegExp(
  String.raw`(?<![-‐])\b(?:(?<level>low|lower|high|higher|reduced|rich|(?:a\s+)?(?:good\s+|great\s+|excellent\s+|natural\s+)?source)(?:[-‐ ]|\s+(?:in|of)\s+)(?<nutrient>${nutrients})|(?<plenty>high|higher|rich|(?:a\s+)?(?:good\s+|great\s+|excellent\s+|natural\s+)?source)(?:[-‐ ]|\s+(?:in|of)\s+)(?<micronutrient>${micronutrients}))(?![\p{L}])`,
  "giu",
);

export function readNutritionClaims(text: string): PropertyMatch[] {
  const found: PropertyMatch[] = [];
  for (const match of text.matchAll(nutritionPattern)) {
    const level = (match.groups?.level ?? match.groups?.plenty ?? "").toLowerCase();
    const nutrient = (match.groups?.nutrient ?? match.groups?.micronutrient ?? "").toLowerCase();
    const low = /^(?:low|lower|reduced)$/.test(level);
    // "A source of fibre" is the weaker claim "high in fibre" makes; a vitamin the brief gives a figure or a share for backs either.
    const micronutrient = match.groups?.micronutrient !== undefined;
    const backing = low
      ? [`low ${nutrient}`, `low in ${nutrient}`, `reduced ${nutrient}`, `${nutrient}-free`, `no ${nutrient}`, `zero ${nutrient}`, `no added ${nutrient}`]
      : [`high ${nutrient}`, `high in ${nutrient}`, `rich in ${nutrient}`, `high-${nutrient}`, `source of ${nutrient}`, ...(micronutrient ? [nutrient] : [])];
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], claim: { forms: [match[0]], backing, weaker: [] } });
  }
  return found;
}

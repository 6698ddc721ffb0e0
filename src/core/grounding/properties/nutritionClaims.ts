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
const nutritionPattern = new RegExp(
  String.raw`(?<![-‐])\b(?<level>low|lower|high|higher|reduced|rich)(?:[-‐ ]|\s+in\s+)(?<nutrient>${nutrients})(?![\p{L}])`,
  "giu",
);

export function readNutritionClaims(text: string): PropertyMatch[] {
  const found: PropertyMatch[] = [];
  for (const match of text.matchAll(nutritionPattern)) {
    const level = (match.groups?.level ?? "").toLowerCase();
    const nutrient = (match.groups?.nutrient ?? "").toLowerCase();
    const low = /^(?:low|lower|reduced)$/.test(level);
    const backing = low
      ? [`low ${nutrient}`, `low in ${nutrient}`, `reduced ${nutrient}`, `${nutrient}-free`, `no ${nutrient}`, `zero ${nutrient}`, `no added ${nutrient}`]
      : [`high ${nutrient}`, `high in ${nutrient}`, `rich in ${nutrient}`, `high-${nutrient}`];
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], claim: { forms: [match[0]], backing, weaker: [] } });
  }
  return found;
}

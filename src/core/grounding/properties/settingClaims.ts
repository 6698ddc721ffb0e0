import type { PropertyMatch } from "./checkProperties";

/**
 * What a stay or a home looks out on or stands beside: "overlooking the sea", "lake views",
 * "beachfront". A guest books on such a claim, so the brief must make it; the brief backs it by
 * naming the same feature, or one of its other names ("ocean" for "sea").
 */
const sceneryGroups: readonly (readonly string[])[] = [
  ["sea", "ocean", "seaside", "coast", "coastline", "coastal", "bay", "beach", "harbour", "harbor", "marina", "lagoon", "seafront", "oceanfront", "beachfront"],
  ["lake", "lakeside", "lakefront", "loch"],
  ["river", "riverside", "riverfront", "canal", "waterfront"],
  ["mountain", "mountains", "alps", "peaks", "hills", "hillside", "valley", "fjord"],
  ["city", "skyline", "cityscape"],
  ["garden", "gardens", "park", "parkland", "vineyard", "vineyards", "countryside", "forest", "woods"],
  ["golf course", "golf"],
];
const scenery = sceneryGroups.flat().sort((a, b) => b.length - a.length).join("|");
const settingPattern = new RegExp(
  String.raw`\b(?:(?:overlooking|overlooks|overlook|views?\s+(?:of|over|across|onto|to)|facing|faces|looks?\s+out\s+(?:over|on|onto))\s+(?:the\s+)?(?:[\p{L}-]+\s+)?(?<looked>${scenery})|(?<viewed>${scenery})[-‐ ]views?|(?<fronted>sea|ocean|beach|lake|river|water|canal|harbou?r)[-‐ ]?front)(?![\p{L}])`,
  "giu",
);

export function readSettingClaims(text: string): PropertyMatch[] {
  const found: PropertyMatch[] = [];
  for (const match of text.matchAll(settingPattern)) {
    const feature = (match.groups?.looked ?? match.groups?.viewed ?? match.groups?.fronted ?? "").toLowerCase();
    const group = sceneryGroups.find((names) => names.includes(feature)) ?? [feature];
    const backing = match.groups?.fronted ? [`${feature}front`, `${feature} front`, `on the ${feature}`, `${feature}side`] : group;
    found.push({ start: match.index, end: match.index + match[0].length, text: match[0], claim: { forms: [match[0]], backing, weaker: [] } });
  }
  return found;
}

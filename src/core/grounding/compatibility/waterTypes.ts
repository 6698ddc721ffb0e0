import type { GroundingFinding } from "../groundingFinding";
import type { Wording } from "../text/briefWording";

// Kinds of water an aquarium or pond product is made for; a brief that names one backs no other.
const waterGroups: readonly (readonly string[])[] = [
  ["freshwater", "fresh water", "fresh-water"],
  ["marine", "saltwater", "salt water", "salt-water", "seawater", "reef"],
  ["brackish"],
  ["pond", "ponds", "koi pond"],
];
const waterWord = waterGroups.flat().sort((a, b) => b.length - a.length).join("|");
// Only before what holds the water ("marine set-ups", "freshwater and reef tanks"): "marine collagen" and "reef-safe" are no setting.
const waterSetting = new RegExp(
  String.raw`(?<![\p{L}-])(?:${waterWord})(?:[ \t]*(?:,|and|or|&|\/)[ \t]*(?:${waterWord}))*[ \t]+(?:tanks?|aquariums?|aquaria|set-?ups?|systems?|fish|environments?|use|habitats?)(?![\p{L}])`,
  "giu",
);
const singleWater = new RegExp(String.raw`(?<![\p{L}-])(?:${waterWord})(?![\p{L}-])`, "giu");

/** Kinds of water the copy says the product works in that the brief does not name ("marine" on a "Freshwater only" filter). */
export function checkWaterTypes(text: string, briefWording: Wording): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const setting of text.matchAll(waterSetting)) {
    for (const word of setting[0].matchAll(singleWater)) {
      const group = waterGroups.find((forms) => forms.includes(word[0].toLowerCase())) ?? [word[0].toLowerCase()];
      if (group.some((form) => briefWording.says(form))) continue;
      const start = setting.index + word.index;
      const said = waterGroups.flat().find((form) => briefWording.says(form));
      findings.push({
        start,
        end: start + word[0].length,
        text: word[0],
        kind: "compatibility",
        message: said ? `"${word[0]}": the brief says ${said}.` : `"${word[0]}": the brief does not say it suits ${word[0]} water.`,
        ...(said ? { briefValue: said } : {}),
      });
    }
  }
  return findings;
}

import type { GroundingFinding } from "../groundingFinding";
import type { Wording } from "../text/briefWording";

// A model's variant words: "15 Pro Max", "S24 Ultra", "Pixel 8a" is a model of its own, not the "15 Pro" or "S24" the brief names.
const variantWords = "Pro|Max|Plus|Ultra|Mini|mini|Lite|FE|Fold|Flip|Edge|Air";
// Device lines whose models are numbered: the number after one of these names a model even without a variant word.
const deviceLead = /(?:iPhone|iPad|Galaxy|Pixel|Watch|Series|MacBook|Surface|Xperia|OnePlus|Redmi|Note|Tab|Fire|Kindle)[ \u00a0]+[A-Z]?$/u;
const modelVariant = new RegExp(String.raw`(?<![\p{L}\p{N}])([A-Z]?\d{1,2})((?:[ \u00a0]+(?:${variantWords}))+)(?![\p{L}\p{N}])`, "gu");

/**
 * Models the copy says the product fits that differ from the brief's by a variant word: "iPhone 15 Pro (and 15 Pro
 * Max)" where the brief names the 15 Pro. Read only where the brief names a model with the same number.
 */
export function checkDeviceModels(text: string, briefWording: Wording): GroundingFinding[] {
  const findings: GroundingFinding[] = [];
  for (const match of text.matchAll(modelVariant)) {
    const number = match[1];
    const variants = match[2].trim().split(/\s+/);
    // Only a model the brief names: the same number with a variant word or after a device's name ("iPhone 15 Pro", "Galaxy S24").
    const briefModels = [...briefWording.text.matchAll(new RegExp(String.raw`(?<![\p{L}\p{N}])${number}((?:[ \u00a0]+(?:${variantWords}))*)(?![\p{L}\p{N}])`, "gu"))]
      .filter((model) => model[1].trim().length > 0 || deviceLead.test(briefWording.text.slice(Math.max(0, model.index - 16), model.index)));
    if (briefModels.length === 0) continue;
    const same = briefModels.some((model) => model[1].trim().split(/\s+/).filter(Boolean).join(" ").toLowerCase() === variants.join(" ").toLowerCase());
    if (same) continue;
    const said = briefModels.find((model) => model[1].trim().length > 0) ?? briefModels[0];
    const span = match[0];
    findings.push({
      start: match.index,
      end: match.index + span.length,
      text: span,
      kind: "compatibility",
      message: `"${span}": the brief names the ${said[0].trim()}, not the ${span}.`,
      briefValue: said[0].trim(),
    });
  }
  return findings;
}

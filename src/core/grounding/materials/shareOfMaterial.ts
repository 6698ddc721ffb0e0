import type { Quantity } from "../numbers/quantity";
import { rootOf } from "./materialLexicon";
import type { MaterialMatch } from "./readMaterials";

/**
 * Which material each percentage is a share of: "80% cotton", "100% organic cotton",
 * "merino (70%)", "cotton 60%". Keyed by the material's root, so "merino" and "wool" compare.
 */
export function shareOfMaterial(text: string, quantities: readonly Quantity[], materials: readonly MaterialMatch[]): Map<Quantity, string> {
  const shares = new Map<Quantity, string>();
  for (const quantity of quantities) {
    if (quantity.dimension !== "percent") continue;
    // "Niacinamide 10%\nZinc PCA 1%": a line's share is of its own material, never the next line's.
    const following = materials.find((material) => material.start >= quantity.end && /^[ \t]*(?:[\p{L}-]+[ \t]+){0,2}$/u.test(text.slice(quantity.end, material.start)));
    const preceding = [...materials].reverse().find((material) => material.end <= quantity.start && /^[ \t]*\(?[ \t]*$/.test(text.slice(material.end, quantity.start)));
    const material = following ?? preceding;
    if (material) shares.set(quantity, rootOf(material.value));
  }
  return shares;
}

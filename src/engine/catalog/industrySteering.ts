import type { CatalogProduct } from "../../core/catalogRun/catalogProduct";
import { claimRulesFor } from "../../core/claims/claimRulesFor";
import type { IndustryProfile } from "../../core/profiles/industryProfile";
import { matchIndustry } from "../../core/profiles/matchIndustry";
import { profileGuidance } from "../../core/profiles/profileGuidance";
import type { ProductSteering } from "./catalogProductWriter";

/**
 * Steering from each product's own industry, else `fallback`, for runs without a workspace brand
 * voice (the command line, the bench). Built once per profile, not once per row.
 */
export function industrySteering(fallback: IndustryProfile): (product: CatalogProduct) => Promise<ProductSteering> {
  const byProfile = new Map<IndustryProfile, ProductSteering>();
  return async (product) => {
    const profile = matchIndustry(product.industry) ?? fallback;
    let steering = byProfile.get(profile);
    if (!steering) {
      steering = { guidance: profileGuidance(profile), rules: claimRulesFor(profile) };
      byProfile.set(profile, steering);
    }
    return steering;
  };
}

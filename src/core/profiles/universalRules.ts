import universalRulesData from "./universalRules.json";
import type { ProfileClaimRule } from "./industryProfile";
import { parseClaimRules } from "./parseIndustryProfile";

/** Rules that hold in every industry: unsupported rankings and vague environmental claims. */
export const universalClaimRules: readonly ProfileClaimRule[] = parseClaimRules(
  (universalRulesData as { rules?: unknown }).rules,
  "universalRules.json",
  "rules",
);

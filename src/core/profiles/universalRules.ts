import { categoryRules } from "../claims/categoryRules";
import type { ProfileClaimRule } from "./industryProfile";

/** Rules that hold in every industry: one or more for each claim category, with no industry's additions. */
export const universalClaimRules: readonly ProfileClaimRule[] = categoryRules();

import { categoryRules } from "../claims/categoryRules";
import type { ProfileClaimRule } from "./industryProfile";

/**
 * The category rules every profile states in its prompt, as before categories existed:
 * unsupported rankings and vague environmental claims. Every other category rule is checked for
 * every profile too (claimRulesFor adds them) without lengthening a small model's prompt; a
 * profile names the ones its prompt must also state in "promptRules".
 */
export const promptRuleIds: readonly string[] = ["unsubstantiated-superlative", "generic-environmental-claim", "unqualified-degradable-claim"];

export const universalClaimRules: readonly ProfileClaimRule[] = categoryRules().filter((rule) => promptRuleIds.includes(rule.id));

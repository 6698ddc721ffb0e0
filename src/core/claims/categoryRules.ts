import type { ProfileClaimRule } from "../profiles/industryProfile";
import certification from "./categories/certification.json";
import disease from "./categories/disease.json";
import endorsement from "./categories/endorsement.json";
import environmental from "./categories/environmental.json";
import financial from "./categories/financial.json";
import guarantee from "./categories/guarantee.json";
import performance from "./categories/performance.json";
import purity from "./categories/purity.json";
import safety from "./categories/safety.json";
import superlative from "./categories/superlative.json";
import { claimCategories, type ClaimCategory } from "./claimRule";
import { baseLexicons, withTerms } from "./lexicons";
import { parseClaimRules } from "./parseClaimRules";

/** The category files as bundled, by file name, so a validation error can name the file. */
export const categoryFiles: Readonly<Record<ClaimCategory, { category: string; rules: unknown }>> = {
  disease,
  safety,
  performance,
  superlative,
  guarantee,
  environmental,
  endorsement,
  certification,
  financial,
  purity,
};

/** What an industry adds to the shared categories: lexicon terms ("mange" for pets) and wording that is no claim there. */
export interface CategoryAdditions {
  readonly terms?: Readonly<Record<string, readonly string[]>>;
  readonly exemptions?: readonly string[];
}

const built = new Map<string, ProfileClaimRule[]>();
const byProfile = new WeakMap<object, readonly ProfileClaimRule[]>();

/** Records the category rules a parsed profile checks with (its own terms and exemptions added). */
export function setCategoryRulesOf(profile: object, rules: readonly ProfileClaimRule[]): void {
  byProfile.set(profile, rules);
}

/** The category rules a profile checks with: its own, or the shared ones for a profile built in code. */
export function categoryRulesOf(profile: object): readonly ProfileClaimRule[] {
  return byProfile.get(profile) ?? categoryRules();
}

/**
 * The rules of every claim category, which hold in every industry. An industry's additions widen
 * the lexicons and add exemptions; they never switch a category off.
 */
export function categoryRules(additions: CategoryAdditions = {}): ProfileClaimRule[] {
  const key = JSON.stringify([additions.terms ?? {}, additions.exemptions ?? []]);
  let rules = built.get(key);
  if (!rules) {
    const lexicons = additions.terms ? withTerms(baseLexicons, additions.terms) : baseLexicons;
    rules = claimCategories.flatMap((category) => {
      const file = categoryFiles[category];
      if (file.category !== category) throw new Error(`${category}.json declares category "${file.category}"`);
      return parseClaimRules(file.rules, `${category}.json`, "rules", { lexicons, category, exceptions: additions.exemptions, checkExamples: false });
    });
    built.set(key, rules);
  }
  return rules;
}

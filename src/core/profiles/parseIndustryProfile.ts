import { categoryRules, setCategoryRulesOf, type CategoryAdditions } from "../claims/categoryRules";
import { compilePattern, parseClaimRules } from "../claims/parseClaimRules";
import { baseLexicons, withTerms } from "../claims/lexicons";
import type { IndustryProfile, ProfileClaimRule } from "./industryProfile";
import { openDataFile, record, text, textList, type Fail } from "./validateData";

export { ProfileError } from "./validateData";
export { parseClaimRules } from "../claims/parseClaimRules";

export const profileLimits = {
  minVocabulary: 8,
  maxVocabulary: 15,
  examples: 2,
  minExampleWords: 40,
  maxExampleWords: 90,
} as const;

const profileKeys = ["$comment", "id", "displayName", "preferredVocabulary", "avoid", "structure", "defaultTone", "examples", "terms", "exemptions", "promptRules"];

/**
 * Validates one industry profile file, so a bad edit fails the tests with the file and field
 * named, not a user at prompt time. `universalRules` are appended to the profile's own rules.
 */
export function parseIndustryProfile(data: unknown, fileName: string, universalRules: readonly ProfileClaimRule[] = []): IndustryProfile {
  const { fields: profile, fail, id } = openDataFile(data, fileName, profileKeys);

  const vocabulary = textList(profile.preferredVocabulary, "preferredVocabulary", fail);
  if (vocabulary.length < profileLimits.minVocabulary || vocabulary.length > profileLimits.maxVocabulary) {
    fail("preferredVocabulary", `has ${vocabulary.length} terms; it needs ${profileLimits.minVocabulary} to ${profileLimits.maxVocabulary}`);
  }
  if (new Set(vocabulary.map((term) => term.toLowerCase())).size !== vocabulary.length) fail("preferredVocabulary", "repeats a term");

  const examples = textList(profile.examples, "examples", fail);
  if (examples.length !== profileLimits.examples) fail("examples", `has ${examples.length} entries; it needs exactly ${profileLimits.examples}`);
  examples.forEach((example, index) => {
    const words = wordCount(example);
    if (words < profileLimits.minExampleWords || words > profileLimits.maxExampleWords) {
      fail(`examples[${index}]`, `has ${words} words; an example needs ${profileLimits.minExampleWords} to ${profileLimits.maxExampleWords}`);
    }
  });

  const additions = parseAdditions(profile, fail);
  const lexicons = additions.terms ? withTerms(baseLexicons, additions.terms) : baseLexicons;
  const ownRules = parseClaimRules(profile.avoid, fileName, "avoid", { lexicons });
  const universalIds = new Set(universalRules.map((rule) => rule.id));
  ownRules.forEach((rule, index) => {
    if (universalIds.has(rule.id)) fail(`avoid[${index}].id`, `"${rule.id}" repeats a universal rule's id`);
  });

  const ownCategoryRules = categoryRules(additions);
  const promptRules = parsePromptRules(profile.promptRules, ownCategoryRules, [...ownRules, ...universalRules], fail);
  const parsed: IndustryProfile = {
    id,
    displayName: text(profile, "displayName", fail),
    preferredVocabulary: vocabulary,
    avoid: [...ownRules, ...withAdditions(universalRules, ownCategoryRules), ...promptRules],
    structure: parseSections(profile.structure, fail),
    defaultTone: text(profile, "defaultTone", fail),
    examples,
  };
  setCategoryRulesOf(parsed, ownCategoryRules);
  return parsed;
}

/** Category rules the profile's prompt states besides the universal ones (a disease-claim line for supplements). */
function parsePromptRules(data: unknown, categoryRules: readonly ProfileClaimRule[], listed: readonly ProfileClaimRule[], fail: Fail): ProfileClaimRule[] {
  if (data === undefined) return [];
  return textList(data, "promptRules", fail).map((ruleId, index) => {
    const rule = categoryRules.find((candidate) => candidate.id === ruleId);
    if (!rule) return fail(`promptRules[${index}]`, `"${ruleId}" is not a category rule (known: ${categoryRules.map((r) => r.id).join(", ")})`);
    if (listed.some((other) => other.id === ruleId)) fail(`promptRules[${index}]`, `"${ruleId}" is already in the profile's rules`);
    return rule;
  });
}

/** The industry's own lexicon terms and exemptions, which the shared category rules take on for this profile. */
function parseAdditions(profile: Record<string, unknown>, fail: Fail): CategoryAdditions {
  let terms: Record<string, string[]> | undefined;
  if (profile.terms !== undefined) {
    const byLexicon = record(profile.terms, "terms", fail, "terms");
    terms = {};
    for (const [name, list] of Object.entries(byLexicon)) {
      if (!(name in baseLexicons)) fail(`terms.${name}`, `is not a lexicon (known: ${Object.keys(baseLexicons).join(", ")})`);
      terms[name] = textList(list, `terms.${name}`, fail);
    }
  }
  const exemptions = profile.exemptions === undefined ? undefined : textList(profile.exemptions, "exemptions", fail);
  exemptions?.forEach((source, index) => compilePattern(source, `exemptions[${index}]`, fail));
  return { ...(terms ? { terms } : {}), ...(exemptions ? { exemptions } : {}) };
}

/** The universal rules, each category rule taken from the industry's own (its lexicons and exemptions added). */
function withAdditions(universalRules: readonly ProfileClaimRule[], ownCategoryRules: readonly ProfileClaimRule[]): ProfileClaimRule[] {
  const adapted = new Map(ownCategoryRules.map((rule) => [rule.id, rule]));
  return universalRules.map((rule) => (rule.category ? (adapted.get(rule.id) ?? rule) : rule));
}

function parseSections(data: unknown, fail: Fail): string[] {
  const sections = textList(data, "structure", fail);
  if (sections.length === 0) fail("structure", "is empty");
  sections.forEach((section, index) => {
    // The heading names the section in prompts and pickers; what follows the colon says what it covers.
    if (!/^[^:]{2,40}: \S/.test(section)) fail(`structure[${index}]`, 'must read "Heading: what it covers"');
  });
  return sections;
}

function wordCount(value: string): number {
  return value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

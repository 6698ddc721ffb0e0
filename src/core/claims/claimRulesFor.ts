import type { BannedTerm, BrandGlossary } from "../brand/brandVoice";
import type { IndustryProfile } from "../profiles/industryProfile";
import { categoryRulesOf } from "./categoryRules";
import type { ClaimRule } from "./claimRule";
import { learnedClaimRule } from "./opinion/learnedClaimRule";

/**
 * Every rule a description is checked against: the profile's own, every claim category's (with
 * the profile's terms and exemptions; a profile built in code gets the shared ones), the
 * brand's banned terms, and last the learned second opinion on what none of them matched. The
 * profile's own come first, so they report the words they share.
 */
export function claimRulesFor(profile: IndustryProfile, brandGlossary?: BrandGlossary): ClaimRule[] {
  const rules: ClaimRule[] = [...profile.avoid];
  const ids = new Set(rules.map((rule) => rule.id));
  for (const rule of categoryRulesOf(profile)) {
    if (!ids.has(rule.id)) {
      rules.push(rule);
      ids.add(rule.id);
    }
  }
  for (const banned of brandGlossary?.banned ?? []) {
    const rule = brandTermRule(banned, uniqueId(`brand-${slug(banned.term)}`, ids));
    rules.push(rule);
    ids.add(rule.id);
  }
  rules.push(learnedClaimRule);
  return rules;
}

/** claimRulesFor without the learned second opinion: what the pattern rules alone find (rule tests, training data, the bench's budget). */
export function patternRulesFor(profile: IndustryProfile, brandGlossary?: BrandGlossary): ClaimRule[] {
  return claimRulesFor(profile, brandGlossary).filter((rule) => !rule.learned);
}

export function brandTermRule(banned: BannedTerm, id: string): ClaimRule {
  return {
    id,
    kind: "term",
    patterns: [termPattern(banned.term)],
    reason: banned.reason ?? `The brand glossary bans "${banned.term}".`,
    source: "Brand glossary (.tailor/brand)",
    ...(banned.replacement === undefined ? {} : { replacement: banned.replacement }),
    severity: "warning",
  };
}

/** A literal term as a pattern: any run of spaces inside it matches any whitespace, and it never matches inside a longer word. */
export function termPattern(term: string): string {
  const literal = term
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"))
    .join("\\s+");
  return `(?<![\\p{L}\\p{N}])${literal}(?![\\p{L}\\p{N}])`;
}

function slug(term: string): string {
  return (
    term
      .toLowerCase()
      .normalize("NFKD")
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "") || "term"
  );
}

function uniqueId(base: string, taken: ReadonlySet<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

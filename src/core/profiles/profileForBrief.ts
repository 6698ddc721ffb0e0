import type { IndustryProfile } from "./industryProfile";
import { generalRetailProfile, industryProfiles } from "./industryProfiles";

/** Every profile a brief or a catalog row may name: general retail and the bundled industries. */
export const nameableProfiles: readonly IndustryProfile[] = [generalRetailProfile, ...industryProfiles];

/** The profile an id or a display name names, case-insensitively: "fashion-apparel", "Fashion & Apparel". */
export function profileNamed(text: string): IndustryProfile | undefined {
  const wanted = text.trim().toLowerCase();
  return nameableProfiles.find((profile) => profile.id === wanted || profile.displayName.toLowerCase() === wanted);
}

/** Why an industry was refused, with what to write instead; `written` quotes it as the input had it. */
export function unknownIndustryMessage(written: string): string {
  return `${written} is not an industry Tailor knows. Use one of: ${nameableProfiles.map((profile) => profile.id).join(", ")} (or its name, such as "${industryProfiles[0].displayName}").`;
}

/**
 * The profile work on a brief is written with: the industry the brief names, else `fallback`
 * (tailor.industry, the panel's own choice, the CLI's --industry). Every surface asks here, so a
 * brief's industry wins the same way everywhere.
 */
export function profileForBrief(brief: { readonly industry?: string } | undefined, fallback: IndustryProfile): IndustryProfile {
  return (brief?.industry !== undefined && profileNamed(brief.industry)) || fallback;
}

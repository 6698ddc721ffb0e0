import type { IndustryProfile } from "./industryProfile";
import { industryProfiles } from "./industryProfiles";

/**
 * The profile a free-text industry names, as spreadsheets write it: "outdoor", "Beauty &
 * Cosmetics", "health-supplements", "consumer electronics". An exact id or name wins; otherwise
 * the profile sharing the most words, as long as it shares one. Undefined when nothing matches,
 * so the caller falls back to the configured profile rather than guessing.
 */
export function matchIndustry(text: string | undefined, profiles: readonly IndustryProfile[] = industryProfiles): IndustryProfile | undefined {
  const wanted = words(text ?? "");
  if (wanted.length === 0) return undefined;
  const joined = wanted.join(" ");
  const exact = profiles.find((profile) => words(profile.id).join(" ") === joined || words(profile.displayName).join(" ") === joined);
  if (exact) return exact;
  let best: { profile: IndustryProfile; shared: number } | undefined;
  for (const profile of profiles) {
    const own = new Set([...words(profile.id), ...words(profile.displayName)]);
    const shared = wanted.filter((word) => own.has(word) || own.has(singular(word))).length;
    if (shared > 0 && (!best || shared > best.shared)) best = { profile, shared };
  }
  return best?.profile;
}

const fillers = new Set(["and", "the", "of"]);

function words(text: string): string[] {
  return text
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word.length > 0 && !fillers.has(word));
}

function singular(word: string): string {
  return word.length > 3 && word.endsWith("s") ? word.slice(0, -1) : word;
}

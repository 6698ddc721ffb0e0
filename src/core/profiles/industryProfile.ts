import type { ClaimRule } from "../claims/claimRule";
import { asSentence } from "../text/english";

/** A rule from a profile data file: it carries text that breaks it, so tests can prove each pattern works. */
export interface ProfileClaimRule extends ClaimRule {
  /** Sentences the rule must flag; every pattern matches at least one of them. */
  readonly violationExamples: readonly string[];
}

/** How to write for one industry: its words, its structure, its tone and what it must not say. */
export interface IndustryProfile {
  readonly id: string;
  readonly displayName: string;
  readonly preferredVocabulary: readonly string[];
  /** The industry's own rules followed by the universal ones. */
  readonly avoid: readonly ProfileClaimRule[];
  /** The sections buyers in the industry look for, each "Heading: what it covers". */
  readonly structure: readonly string[];
  readonly defaultTone: string;
  /** Short descriptions in the profile's voice, used as few-shot examples when the company has none. */
  readonly examples: readonly string[];
}

/** "Fit and sizing" from "Fit and sizing: cut, true-to-size guidance, …". */
export function sectionHeading(section: string): string {
  const colon = section.indexOf(":");
  return colon === -1 ? section : section.slice(0, colon);
}

/** One line that tells profiles apart in a picker: the tone, and what buyers look for first. */
export function industryPickerDetail(profile: IndustryProfile): string {
  return `Tone: ${asSentence(profile.defaultTone)} Buyers look for: ${profile.structure.slice(0, 4).map(sectionHeading).join(", ")}.`;
}

import type { BrandGlossary } from "../core/brand/brandVoice";
import type { ClaimRule } from "../core/claims/claimRule";
import type { IndustryProfile } from "../core/profiles/industryProfile";

/**
 * Where a surface's guidance and rules come from: the industry profile in force and, where the
 * surface knows one, the workspace's brand voice. VS Code's is workspace- and trust-aware
 * (src/vscode/profiles/activeProfile.ts); the command line reads `.tailor/` from disk.
 */
export interface Steering {
  /** The profile for work that names none. */
  readonly profile: IndustryProfile;
  /** The system prompt's guidance, with the approved descriptions most like `briefText` as examples. */
  guidance(briefText: string, profile?: IndustryProfile): Promise<string>;
  /** What finished copy is checked against: the profile's rules, the universal ones and the brand's banned terms. */
  rules(profile?: IndustryProfile): Promise<readonly ClaimRule[]>;
  /** The brand's glossary, for what a translation keeps; undefined without a brand voice. */
  glossary(): Promise<BrandGlossary | undefined>;
}

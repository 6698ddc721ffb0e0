import { parseBrandVoice, type BrandVoice } from "../core/brand/brandVoice";
import { claimRulesFor } from "../core/claims/claimRulesFor";
import type { ClaimRule } from "../core/claims/claimRule";
import type { IndustryProfile } from "../core/profiles/industryProfile";
import { profileGuidance } from "../core/profiles/profileGuidance";
import { Bm25Index } from "../core/retrieval/bm25";
import type { Steering } from "./steering";

/** A workspace's brand voice (.tailor/brand.json or .yaml) and approved descriptions (.tailor/approved/). */
export interface WorkspaceVoice {
  readonly brand?: BrandVoice;
  readonly approved: Bm25Index;
  readonly approvedTexts: ReadonlyMap<string, string>;
}

export const emptyVoice = (): WorkspaceVoice => ({ approved: new Bm25Index([]), approvedTexts: new Map() });

/** How a surface reads a workspace's `.tailor` folder: VS Code's file system, or Node's. */
export interface TailorFolder {
  /** A file's text, by its path inside `.tailor`; undefined when there is none. */
  readText(relativePath: string): Promise<string | undefined>;
  /** The file names in `.tailor/approved`, or none. */
  approvedNames(): Promise<readonly string[]>;
}

const brandFiles = ["brand.json", "brand.yaml", "brand.yml"];

/** Reads the brand voice and approved descriptions; a malformed brand file throws, naming what is wrong. */
export async function readWorkspaceVoice(folder: TailorFolder): Promise<WorkspaceVoice> {
  let brand: BrandVoice | undefined;
  for (const name of brandFiles) {
    const text = await folder.readText(name);
    if (text === undefined) continue;
    brand = parseBrandVoice(text, name.endsWith(".json") ? "json" : "yaml");
    break;
  }
  const approvedTexts = new Map<string, string>();
  for (const name of await folder.approvedNames()) {
    if (!/\.(md|txt)$/i.test(name)) continue;
    const text = await folder.readText(`approved/${name}`);
    if (text?.trim()) approvedTexts.set(name, text.trim());
  }
  return { brand, approved: new Bm25Index([...approvedTexts].map(([id, text]) => ({ id, text }))), approvedTexts };
}

/** What a profile implies with a voice, worth building once per pair rather than per check or row. */
export interface VoiceProfileState {
  readonly rules: readonly ClaimRule[];
  /** The guidance without examples: the same from keystroke to keystroke, so a model's cache keeps it. */
  readonly inlineGuidance: string;
}

/** Builds and caches each profile's rules and guidance for one voice; a new voice needs a new cache. */
export class VoiceProfiles {
  private readonly byProfile = new Map<IndustryProfile, VoiceProfileState>();

  constructor(readonly voice: WorkspaceVoice) {}

  state(profile: IndustryProfile): VoiceProfileState {
    let state = this.byProfile.get(profile);
    if (!state) {
      state = { rules: claimRulesFor(profile, this.voice.brand?.glossary), inlineGuidance: profileGuidance(profile, this.voice.brand) };
      this.byProfile.set(profile, state);
    }
    return state;
  }

  guidance(briefText: string, profile: IndustryProfile): string {
    const examples = this.voice.approved.rank(briefText, 2).map((hit) => this.voice.approvedTexts.get(hit.id)!).filter(Boolean);
    return profileGuidance(profile, this.voice.brand, examples);
  }
}

/** Steering from a voice read once (the command line, the benches), for `profile` unless work names another. */
export function voiceSteering(voice: WorkspaceVoice, profile: IndustryProfile): Steering {
  const profiles = new VoiceProfiles(voice);
  return {
    profile,
    guidance: async (briefText, chosen = profile) => profiles.guidance(briefText, chosen),
    rules: async (chosen = profile) => profiles.state(chosen).rules,
    glossary: async () => voice.brand?.glossary,
  };
}

import type { ChatMessage } from "../core/chat";
import type { IndustryProfile } from "../core/profiles/industryProfile";
import type { ProductBrief } from "../core/brief";
import { profileForBrief } from "../core/profiles/profileForBrief";
import { claimsCheck, groundingCheck } from "../writing/copyChecks";
import type { SurfaceTerms } from "../writing/outcomeNotes";
import type { WriteOptions } from "../writing/writeCopy";
import { logPrompt } from "./promptLog";
import { readSettings } from "./settings";
import type { TailorServices } from "./tailorServices";

/** How messages in the editor name its knobs. */
export const editorTerms: SurfaceTerms = { maxTokens: "tailor.generation.maxTokens" };

type EditorWriteOptions = Pick<WriteOptions<unknown>, "guidance" | "checks" | "maxTokens" | "temperature" | "onPrompt" | "priority">;

/**
 * What every editor surface writes with: the workspace's steering (profile, brand voice, approved
 * examples) for `profile` (the brief's own industry, else tailor.industry), the checks (the claims, and the brief's facts when there is a brief),
 * the generation settings, and the prompt log. `where` tells the log which surface wrote.
 */
export async function editorWriteOptions(
  services: TailorServices,
  source: { readonly briefText: string; readonly brief?: ProductBrief },
  where = "",
  profile: IndustryProfile = profileForBrief(source.brief, services.profile.profile),
): Promise<EditorWriteOptions> {
  const settings = readSettings();
  return {
    guidance: await services.profile.guidance(source.briefText, profile),
    checks: [claimsCheck(await services.profile.rules(profile)), ...(source.brief ? [groundingCheck(source.brief)] : [])],
    maxTokens: settings.maxTokens,
    temperature: settings.temperature,
    priority: "user",
    onPrompt: (description: string, messages: readonly ChatMessage[]) => logPrompt(services.log, `${description}${where}, ${profile.displayName}`, messages),
  };
}

/**
 * " with Fashion & apparel, as the brief says" when the brief's industry is not the workspace's,
 * so the user sees why the guidance and rules differ; "" otherwise.
 */
export function briefIndustryNote(services: TailorServices, profile: IndustryProfile): string {
  return profile.id === services.profile.profile.id ? "" : ` with ${profile.displayName}, as the brief says`;
}

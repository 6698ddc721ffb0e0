import * as vscode from "vscode";
import { industryPickerDetail } from "../../core/profiles/industryProfile";
import { nameableProfiles } from "../../core/profiles/profileForBrief";
import { writeIndustry } from "../settings";
import type { ActiveProfile } from "./activeProfile";

/**
 * "Tailor: Select Industry". Written where tailor.industry is already set (a workspace that
 * chose its industry keeps it per workspace), else to user settings.
 */
export async function selectIndustry(active: ActiveProfile): Promise<boolean> {
  const current = active.profile.id;
  const pick = await vscode.window.showQuickPick(
    nameableProfiles.map((profile) => ({
      label: `${profile.id === current ? "$(check) " : ""}${profile.displayName}`,
      description: profile.id === current ? "in use" : undefined,
      detail: industryPickerDetail(profile),
      id: profile.id,
    })),
    { title: "Tailor: Select Industry", placeHolder: "The profile that steers vocabulary, structure and the claims to avoid" },
  );
  if (!pick) return false;
  await writeIndustry(pick.id);
  return true;
}

import * as vscode from "vscode";
import { findIndustryProfile, generalRetailProfile, type IndustryProfile } from "../../core/profiles/industryProfiles";
import type { ClaimRule } from "../../core/claims/claimRule";
import type { Steering } from "../../writing/steering";
import type { BrandGlossary } from "../../core/brand/brandVoice";
import { readIndustryId } from "../settings";
import { watchWorkspaceFiles } from "../workspaceFilesWatch";
import { emptyVoice, readWorkspaceVoice, VoiceProfiles, type WorkspaceVoice } from "../../writing/workspaceVoice";

/**
 * The industry profile in force (tailor.industry) and the workspace's brand voice: its
 * .tailor/brand.json or .yaml and the approved descriptions in .tailor/approved/. Workspace files
 * are read only in a trusted workspace, and again whenever they change.
 */
export class ActiveProfile implements Steering, vscode.Disposable {
  private voice: Promise<WorkspaceVoice> | undefined;
  /** The voice once read, so ghost text can get its guidance without waiting. */
  private resolvedVoice: WorkspaceVoice | undefined;
  /**
   * What each profile implies with the current voice, built once per pair instead of per check,
   * keystroke or catalog row (a catalog names several profiles). A new voice starts anew.
   */
  private derived: VoiceProfiles | undefined;
  private readonly changes = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changes];

  readonly onDidChange = this.changes.event;

  constructor(private readonly log: vscode.LogOutputChannel) {
    const invalidate = () => {
      this.voice = undefined;
      this.resolvedVoice = undefined;
      this.changes.fire();
    };
    this.disposables.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration("tailor.industry")) this.changes.fire();
      }),
    );
    this.disposables.push(...watchWorkspaceFiles("**/.tailor/**", invalidate));
  }

  get profile(): IndustryProfile {
    const id = readIndustryId(generalRetailProfile.id);
    return findIndustryProfile(id) ?? generalRetailProfile;
  }

  /** The tone of the workspace's brand voice, once read; undefined without one (or untrusted). */
  async brandTone(): Promise<string | undefined> {
    return (await this.workspaceVoice()).brand?.tone;
  }

  /**
   * The rules the checker applies: the profile's, the universal ones, and the brand's banned terms.
   * `profile` overrides the configured one for one piece of work (a catalog row, the panel's choice).
   */
  async rules(profile: IndustryProfile = this.profile): Promise<readonly ClaimRule[]> {
    return this.derive(await this.workspaceVoice()).state(profile).rules;
  }

  /** The workspace brand's glossary, for what a translation keeps. */
  async glossary(): Promise<BrandGlossary | undefined> {
    return (await this.workspaceVoice()).brand?.glossary;
  }

  /** The system prompt's guidance, with the approved descriptions most like `briefText` as examples. */
  async guidance(briefText: string, profile: IndustryProfile = this.profile): Promise<string> {
    return this.derive(await this.workspaceVoice()).guidance(briefText, profile);
  }

  /**
   * Guidance for ghost text: the profile and brand without examples, so it stays the same from
   * keystroke to keystroke and the model's cache keeps it. Undefined until the brand has been read.
   */
  inlineGuidance(): string | undefined {
    if (!this.resolvedVoice) {
      void this.workspaceVoice();
      return undefined;
    }
    return this.derive(this.resolvedVoice).state(this.profile).inlineGuidance;
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private workspaceVoice(): Promise<WorkspaceVoice> {
    if (!this.voice) {
      const reading = this.readWorkspaceVoice().catch((error: unknown) => {
        this.log.warn(`Tailor could not read the brand voice: ${error instanceof Error ? error.message : String(error)}`);
        return emptyVoice();
      });
      this.voice = reading;
      // A read that an invalidation overtook must not become the current voice.
      void reading.then((voice) => {
        if (this.voice === reading) this.resolvedVoice = voice;
      });
    }
    return this.voice;
  }

  private derive(voice: WorkspaceVoice): VoiceProfiles {
    if (this.derived?.voice !== voice) this.derived = new VoiceProfiles(voice);
    return this.derived;
  }

  private async readWorkspaceVoice(): Promise<WorkspaceVoice> {
    const folder = vscode.workspace.workspaceFolders?.[0];
    // A workspace's files steer what the model writes: an untrusted one gets the built-in profile only.
    if (!folder || !vscode.workspace.isTrusted) return emptyVoice();
    const tailor = vscode.Uri.joinPath(folder.uri, ".tailor");
    return readWorkspaceVoice({
      readText: (relativePath) => readText(vscode.Uri.joinPath(tailor, relativePath)),
      approvedNames: async () => {
        const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(vscode.Uri.joinPath(tailor, "approved"))).catch(() => [] as [string, vscode.FileType][]);
        return entries.filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
      },
    });
  }
}

async function readText(uri: vscode.Uri): Promise<string | undefined> {
  try {
    return new TextDecoder().decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

import * as vscode from "vscode";
import type { ChannelPack } from "../../core/channelPacks/channelPack";
import { withExcludedTerms } from "../../core/channelPacks/channelPacks";
import type { LoadedChannelPacks } from "../../core/channelPacks/withWorkspacePacks";
import { readWorkspacePacks } from "../../writing/workspacePacks";
import type { UserMessages } from "../userMessages";
import { watchWorkspaceFiles } from "../workspaceFilesWatch";

const excludedTermsSetting = "googleAds.excludedTerms";

/**
 * The channel packs in force: the built-in ones, extended by `.tailor/packs/*.json` in a trusted
 * workspace, with the campaign's excluded terms (tailor.googleAds.excludedTerms) added to Google
 * Ads. Read again whenever a pack file, the trust or the setting changes.
 */
export class WorkspaceChannelPacks implements vscode.Disposable {
  private loaded: Promise<LoadedChannelPacks> | undefined;
  /** The problems last reported, so the same bad file is not announced on every read. */
  private reported = "";
  private readonly changes = new vscode.EventEmitter<void>();
  private readonly disposables: vscode.Disposable[] = [this.changes];

  readonly onDidChange = this.changes.event;

  constructor(private readonly messages: UserMessages) {
    const invalidate = () => {
      this.loaded = undefined;
      this.changes.fire();
    };
    this.disposables.push(
      // The whole .tailor folder, not only packs/*.json: a packs folder made after start-up (with its
      // first file) was missed by the narrower pattern, and the pack stayed unread until a reload.
      ...watchWorkspaceFiles("**/.tailor/**", invalidate),
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (event.affectsConfiguration(`tailor.${excludedTermsSetting}`)) invalidate();
      }),
    );
  }

  async packs(): Promise<readonly ChannelPack[]> {
    for (;;) {
      const loading = (this.loaded ??= this.read());
      const { packs, problems } = await loading;
      // A pack file that changed while it was read (caught half-written, say) is read again: only the newest read counts.
      if (this.loaded !== loading) continue;
      this.report(problems);
      return packs;
    }
  }

  dispose(): void {
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private async read(): Promise<LoadedChannelPacks> {
    const root = vscode.workspace.workspaceFolders?.[0]?.uri;
    const folder = root && vscode.Uri.joinPath(root, ".tailor", "packs");
    const { packs, problems } = await readWorkspacePacks(
      folder && {
        fileNames: async () => {
          const entries = await Promise.resolve(vscode.workspace.fs.readDirectory(folder)).catch(() => [] as [string, vscode.FileType][]);
          return entries.filter(([, type]) => type === vscode.FileType.File).map(([name]) => name);
        },
        readText: async (name) => {
          try {
            return new TextDecoder().decode(await vscode.workspace.fs.readFile(vscode.Uri.joinPath(folder, name)));
          } catch {
            return undefined;
          }
        },
      },
      vscode.workspace.isTrusted,
    );
    const excluded = vscode.workspace.getConfiguration("tailor").get<string[]>(excludedTermsSetting, []);
    return { packs: packs.map((pack) => (pack.id === "google-ads" ? withExcludedTerms(pack, excluded) : pack)), problems };
  }

  private report(problems: readonly string[]): void {
    const report = problems.join("\n");
    if (report && report !== this.reported) {
      this.messages.warning(`Tailor left out ${problems.length} channel pack file(s) and uses the built-in rules there: ${problems.join(" ")}`);
    }
    this.reported = report;
  }
}

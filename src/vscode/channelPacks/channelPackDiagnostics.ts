import * as vscode from "vscode";
import type { PackFinding } from "../../core/channelPacks/checkChannelPack";
import { checkPackedDocument, packedDocument } from "../../core/channelPacks/packedDocument";
import { checkedLanguages } from "../claims/claimDiagnostics";
import { FindingDiagnostics } from "../diagnostics/findingDiagnostics";
import type { WorkspaceChannelPacks } from "./workspaceChannelPacks";

/**
 * Marks what breaks a marketplace's pack in copy written for it: a document Tailor rendered for a
 * channel with a pack (Amazon bullets, a Google Ads ad), or any document with a
 * `<!-- tailor-pack: id field -->` line (see packedDocument). Each diagnostic's quick fix
 * (channelPackCodeActions.ts) removes the character or wording, or trims the field to its limit.
 */
export class ChannelPackDiagnostics extends FindingDiagnostics<PackFinding> {
  constructor(private readonly packs: WorkspaceChannelPacks) {
    super("tailor-channel-packs");
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => void this.check(document)),
      packs.onDidChange(() => this.checkAll()),
    );
    this.checkAllAfterActivation();
  }

  protected async findingsFor(document: vscode.TextDocument): Promise<PackFinding[] | undefined> {
    if (!checkedLanguages.includes(document.languageId)) return undefined;
    const text = document.getText();
    const packed = packedDocument(text);
    if (!packed) return [];
    const pack = (await this.packs.packs()).find((candidate) => candidate.id === packed.packId);
    return pack ? checkPackedDocument(text, packed.pieces, pack) : [];
  }

  protected toDiagnostic(document: vscode.TextDocument, finding: PackFinding): vscode.Diagnostic {
    const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
    // The marketplace refuses or suppresses a listing that breaks its rules.
    const diagnostic = new vscode.Diagnostic(range, finding.message, vscode.DiagnosticSeverity.Error);
    diagnostic.source = "Tailor";
    diagnostic.code = `${finding.packId}/${finding.ruleId}`;
    return diagnostic;
  }
}

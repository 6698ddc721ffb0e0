import * as vscode from "vscode";
import type { PackFinding } from "../../core/channelPacks/checkChannelPack";
import type { ChannelPackDiagnostics } from "./channelPackDiagnostics";

/** Quick fixes for channel pack findings: each finding's own fix, which touches nothing outside its span. */
export class ChannelPackCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: ChannelPackDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    return this.diagnostics.findingsAt(document, range).map((finding) => this.actionFor(document, finding));
  }

  private actionFor(document: vscode.TextDocument, finding: PackFinding): vscode.CodeAction {
    const { fix } = finding;
    const edit = new vscode.WorkspaceEdit();
    edit.replace(document.uri, new vscode.Range(document.positionAt(fix.start), document.positionAt(fix.end)), fix.replacement);
    const shown = finding.kind === "length" ? "" : ` "${document.getText(new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end)))}"`;
    const action = new vscode.CodeAction(`${fix.label}${shown}`, vscode.CodeActionKind.QuickFix);
    action.edit = edit;
    action.isPreferred = true;
    const code = `${finding.packId}/${finding.ruleId}`;
    action.diagnostics = vscode.languages.getDiagnostics(document.uri).filter((d) => d.source === "Tailor" && d.code === code && d.range.start.isEqual(document.positionAt(finding.start)));
    return action;
  }
}

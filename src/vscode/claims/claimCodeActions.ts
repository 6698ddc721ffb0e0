import * as vscode from "vscode";
import type { ClaimFinding } from "../../core/claims/checkClaims";
import type { ClaimDiagnostics } from "./claimDiagnostics";

/** Quick fixes for Tailor's diagnostics: use the preferred term, or remove the claim. */
export class ClaimCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: ClaimDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    return this.diagnostics.findingsAt(document, range).map((finding) => this.actionFor(document, finding));
  }

  private actionFor(document: vscode.TextDocument, finding: ClaimFinding): vscode.CodeAction {
    const edit = new vscode.WorkspaceEdit();
    let title: string;
    if (finding.fix.kind === "replace") {
      title = `Replace "${finding.matchedText}" with "${finding.fix.replacement}"`;
      edit.replace(document.uri, new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end)), finding.fix.replacement);
    } else {
      title = `Remove the claim "${finding.matchedText}"`;
      edit.delete(document.uri, new vscode.Range(document.positionAt(finding.fix.start), document.positionAt(finding.fix.end)));
    }
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.edit = edit;
    action.isPreferred = true;
    action.diagnostics = vscode.languages
      .getDiagnostics(document.uri)
      .filter((d) => d.source === "Tailor" && d.code === finding.ruleId && d.range.start.isEqual(document.positionAt(finding.start)));
    return action;
  }
}

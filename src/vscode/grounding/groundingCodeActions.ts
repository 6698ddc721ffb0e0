import * as vscode from "vscode";
import type { GroundingFinding } from "../../core/grounding/checkGrounding";
import type { GroundingDiagnostics } from "./groundingDiagnostics";

/** Quick fixes for statements the brief does not back: the brief's own value, or no phrase at all. */
export class GroundingCodeActions implements vscode.CodeActionProvider {
  static readonly kinds = [vscode.CodeActionKind.QuickFix];

  constructor(private readonly diagnostics: GroundingDiagnostics) {}

  provideCodeActions(document: vscode.TextDocument, range: vscode.Range): vscode.CodeAction[] {
    return this.diagnostics.findingsAt(document, range).flatMap((finding) => {
      const target = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
      const actions: vscode.CodeAction[] = [];
      if (finding.briefValue !== undefined) {
        actions.push(this.action(document, finding, `Replace "${finding.text}" with the brief's "${finding.briefValue}"`, (edit) => edit.replace(document.uri, target, finding.briefValue!), true));
      }
      actions.push(this.action(document, finding, `Remove "${finding.text}"`, (edit) => edit.delete(document.uri, removalRange(document, finding)), finding.briefValue === undefined));
      return actions;
    });
  }

  private action(document: vscode.TextDocument, finding: GroundingFinding, title: string, change: (edit: vscode.WorkspaceEdit) => void, preferred: boolean): vscode.CodeAction {
    const edit = new vscode.WorkspaceEdit();
    change(edit);
    const action = new vscode.CodeAction(title, vscode.CodeActionKind.QuickFix);
    action.edit = edit;
    action.isPreferred = preferred;
    action.diagnostics = vscode.languages
      .getDiagnostics(document.uri)
      .filter((d) => d.source === "Tailor" && d.code === `unsupported-${finding.kind}` && d.range.start.isEqual(document.positionAt(finding.start)));
    return action;
  }
}

/** The phrase and one space beside it, so removing it leaves no double space behind. */
function removalRange(document: vscode.TextDocument, finding: GroundingFinding): vscode.Range {
  const text = document.getText();
  let { start, end } = finding;
  if (text[end] === " ") end++;
  else if (text[start - 1] === " ") start--;
  return new vscode.Range(document.positionAt(start), document.positionAt(end));
}

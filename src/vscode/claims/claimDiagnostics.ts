import * as vscode from "vscode";
import { checkClaims, type ClaimFinding, type ClaimSeverity } from "../../core/claims/checkClaims";
import { blankTailorReport } from "../../core/text/tailorReport";
import { FindingDiagnostics } from "../diagnostics/findingDiagnostics";
import type { ActiveProfile } from "../profiles/activeProfile";

export const checkedLanguages = ["markdown", "plaintext", "html"];

const diagnosticSeverity: Readonly<Record<ClaimSeverity, vscode.DiagnosticSeverity>> = {
  information: vscode.DiagnosticSeverity.Information,
  warning: vscode.DiagnosticSeverity.Warning,
  error: vscode.DiagnosticSeverity.Error,
};

/**
 * Flags the active profile's banned terms and claims, and the brand's banned terms, in prose
 * documents, as diagnostics whose quick fixes (claimCodeActions.ts) replace or remove them.
 */
export class ClaimDiagnostics extends FindingDiagnostics<ClaimFinding> {
  constructor(private readonly profile: ActiveProfile) {
    super("tailor");
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => void this.check(document)),
      profile.onDidChange(() => this.checkAll()),
    );
    this.checkAllAfterActivation();
  }

  protected async findingsFor(document: vscode.TextDocument): Promise<ClaimFinding[] | undefined> {
    if (!checkedLanguages.includes(document.languageId)) return undefined;
    return checkClaims(blankTailorReport(document.getText()), await this.profile.rules());
  }

  protected toDiagnostic(document: vscode.TextDocument, finding: ClaimFinding): vscode.Diagnostic {
    return toDiagnostic(document, finding);
  }
}

function toDiagnostic(document: vscode.TextDocument, finding: ClaimFinding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, diagnosticSeverity[finding.severity]);
  diagnostic.source = "Tailor";
  diagnostic.code = finding.ruleId;
  return diagnostic;
}

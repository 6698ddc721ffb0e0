import * as vscode from "vscode";
import { checkClaims, type ClaimFinding } from "../../core/claims/checkClaims";
import type { ActiveProfile } from "../profiles/activeProfile";

export const checkedLanguages = ["markdown", "plaintext", "html"];

/**
 * Flags the active profile's banned terms and claims, and the brand's banned terms, in prose
 * documents, as diagnostics whose quick fixes (claimCodeActions.ts) replace or remove them.
 */
export class ClaimDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection("tailor");
  private readonly findings = new Map<string, ClaimFinding[]>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor(private readonly profile: ActiveProfile) {
    this.disposables.push(
      vscode.workspace.onDidOpenTextDocument((document) => void this.check(document)),
      vscode.workspace.onDidChangeTextDocument((event) => this.checkSoon(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
      profile.onDidChange(() => this.checkAll()),
    );
    this.checkAll();
  }

  /** Checks a document now; returns its findings (empty for languages that are not prose). */
  async check(document: vscode.TextDocument): Promise<readonly ClaimFinding[]> {
    if (!checkedLanguages.includes(document.languageId)) return [];
    const text = document.getText();
    const findings = checkClaims(text, await this.profile.rules());
    // The document may have changed while the rules were read; the newer check will follow.
    if (document.getText() !== text) return findings;
    const key = document.uri.toString();
    this.findings.set(key, findings);
    this.collection.set(document.uri, findings.map((finding) => toDiagnostic(document, finding)));
    return findings;
  }

  findingsAt(document: vscode.TextDocument, range: vscode.Range): ClaimFinding[] {
    return (this.findings.get(document.uri.toString()) ?? []).filter((finding) => {
      const found = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
      return found.intersection(range) !== undefined;
    });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private checkAll(): void {
    for (const document of vscode.workspace.textDocuments) void this.check(document);
  }

  /** Typing produces a change per key: check once the burst settles. */
  private checkSoon(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.check(document), 150));
  }

  private forget(uri: vscode.Uri): void {
    this.findings.delete(uri.toString());
    this.collection.delete(uri);
  }
}

function toDiagnostic(document: vscode.TextDocument, finding: ClaimFinding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const diagnostic = new vscode.Diagnostic(range, finding.message, finding.severity === "error" ? vscode.DiagnosticSeverity.Error : vscode.DiagnosticSeverity.Warning);
  diagnostic.source = "Tailor";
  diagnostic.code = finding.ruleId;
  return diagnostic;
}

import * as vscode from "vscode";
import type { ProductBrief } from "../../core/brief";
import { checkGrounding, type GroundingFinding } from "../../core/grounding/checkGrounding";
import { blankLimitCounters } from "../../core/text/limitCounters";

/**
 * Marks what a document says that its brief does not back, for documents Tailor wrote from a
 * brief and for any document checked with "Tailor: Check Copy Against Brief". Each diagnostic's
 * quick fix (groundingCodeActions.ts) puts the brief's value in its place, or removes the phrase.
 */
export class GroundingDiagnostics implements vscode.Disposable {
  private readonly collection = vscode.languages.createDiagnosticCollection("tailor-grounding");
  private readonly briefs = new Map<string, ProductBrief>();
  private readonly findings = new Map<string, GroundingFinding[]>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  private readonly disposables: vscode.Disposable[] = [this.collection];

  constructor() {
    this.disposables.push(
      vscode.workspace.onDidChangeTextDocument((event) => this.checkSoon(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
    );
  }

  /** Checks `document` against `brief` now, and again whenever it changes. */
  track(document: vscode.TextDocument, brief: ProductBrief): readonly GroundingFinding[] {
    this.briefs.set(document.uri.toString(), brief);
    return this.check(document);
  }

  findingsAt(document: vscode.TextDocument, range: vscode.Range): GroundingFinding[] {
    return (this.findings.get(document.uri.toString()) ?? []).filter((finding) => {
      const found = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
      return found.intersection(range) !== undefined;
    });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  private check(document: vscode.TextDocument): readonly GroundingFinding[] {
    const key = document.uri.toString();
    const brief = this.briefs.get(key);
    if (!brief) return [];
    const text = document.getText();
    const findings = checkGrounding(blankLimitCounters(text), brief).map((finding) => ({ ...finding, text: text.slice(finding.start, finding.end) }));
    this.findings.set(key, findings);
    this.collection.set(document.uri, findings.map((finding) => toDiagnostic(document, finding)));
    return findings;
  }

  /** Typing produces a change per key: check once the burst settles. */
  private checkSoon(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    if (!this.briefs.has(key)) return;
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => this.check(document), 150));
  }

  private forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.briefs.delete(key);
    this.findings.delete(key);
    this.collection.delete(uri);
  }
}

function toDiagnostic(document: vscode.TextDocument, finding: GroundingFinding): vscode.Diagnostic {
  const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
  const diagnostic = new vscode.Diagnostic(range, `Not in the brief: ${finding.message}`, vscode.DiagnosticSeverity.Warning);
  diagnostic.source = "Tailor";
  diagnostic.code = `unsupported-${finding.kind}`;
  return diagnostic;
}

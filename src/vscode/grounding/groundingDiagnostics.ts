import * as vscode from "vscode";
import type { ProductBrief } from "../../core/brief";
import { checkGrounding, type GroundingFinding } from "../../core/grounding/checkGrounding";
import { blankLimitCounters } from "../../core/text/limitCounters";
import { blankTailorReport } from "../../core/text/tailorReport";
import { FindingDiagnostics } from "../diagnostics/findingDiagnostics";

/**
 * Marks what a document says that its brief does not back, for documents Tailor wrote from a
 * brief and for any document checked with "Tailor: Check Copy Against Brief". Each diagnostic's
 * quick fix (groundingCodeActions.ts) puts the brief's value in its place, or removes the phrase.
 */
export class GroundingDiagnostics extends FindingDiagnostics<GroundingFinding> {
  private readonly briefs = new Map<string, ProductBrief>();

  constructor() {
    super("tailor-grounding");
  }

  /** Checks `document` against `brief` now, and again whenever it changes. */
  track(document: vscode.TextDocument, brief: ProductBrief): Promise<readonly GroundingFinding[]> {
    this.briefs.set(document.uri.toString(), brief);
    return this.check(document);
  }

  /** The brief a document was written from or checked against, while Tailor tracks it. */
  briefFor(uri: vscode.Uri): ProductBrief | undefined {
    return this.briefs.get(uri.toString());
  }

  protected findingsFor(document: vscode.TextDocument): GroundingFinding[] | undefined {
    const brief = this.briefs.get(document.uri.toString());
    if (!brief) return undefined;
    const text = document.getText();
    return checkGrounding(blankLimitCounters(blankTailorReport(text)), brief).map((finding) => ({ ...finding, text: text.slice(finding.start, finding.end) }));
  }

  protected toDiagnostic(document: vscode.TextDocument, finding: GroundingFinding): vscode.Diagnostic {
    const range = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
    const diagnostic = new vscode.Diagnostic(range, `Not in the brief: ${finding.message}`, vscode.DiagnosticSeverity.Warning);
    diagnostic.source = "Tailor";
    diagnostic.code = `unsupported-${finding.kind}`;
    return diagnostic;
  }

  protected override forget(uri: vscode.Uri): void {
    super.forget(uri);
    this.briefs.delete(uri.toString());
  }
}

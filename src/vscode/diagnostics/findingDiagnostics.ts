import * as vscode from "vscode";

/** What a checker reports: a span of the checked text. */
export interface SpanFinding {
  readonly start: number;
  readonly end: number;
}

/**
 * Keeps one checker's findings per document as diagnostics: checked again once a burst of typing
 * settles, forgotten when the document closes, and looked up by range for quick fixes.
 */
export abstract class FindingDiagnostics<Finding extends SpanFinding> implements vscode.Disposable {
  private readonly collection: vscode.DiagnosticCollection;
  private readonly findings = new Map<string, Finding[]>();
  private readonly timers = new Map<string, NodeJS.Timeout>();
  protected readonly disposables: vscode.Disposable[] = [];

  constructor(name: string) {
    this.collection = vscode.languages.createDiagnosticCollection(name);
    this.disposables.push(
      this.collection,
      vscode.workspace.onDidChangeTextDocument((event) => this.checkSoon(event.document)),
      vscode.workspace.onDidCloseTextDocument((document) => this.forget(document.uri)),
    );
  }

  /** The findings for `document` now, or undefined when this checker does not check it. */
  protected abstract findingsFor(document: vscode.TextDocument): Promise<Finding[] | undefined> | Finding[] | undefined;

  protected abstract toDiagnostic(document: vscode.TextDocument, finding: Finding): vscode.Diagnostic;

  /** Checks a document now and shows what was found; returns it (empty when not checked). */
  async check(document: vscode.TextDocument): Promise<readonly Finding[]> {
    const text = document.getText();
    const findings = await this.findingsFor(document);
    if (!findings) return [];
    // The document may have changed while the checker worked; the newer check will follow.
    if (document.getText() !== text) return findings;
    this.findings.set(document.uri.toString(), findings);
    this.collection.set(document.uri, findings.map((finding) => this.toDiagnostic(document, finding)));
    return findings;
  }

  /** Checks every open document. */
  protected checkAll(): void {
    for (const document of vscode.workspace.textDocuments) void this.check(document);
  }

  /**
   * Checks the open documents on the next turn, after activation: a first check may read the
   * workspace's files (the brand voice, channel packs), which activation need not wait for.
   */
  protected checkAllAfterActivation(): void {
    const first = setImmediate(() => this.checkAll());
    this.disposables.push({ dispose: () => clearImmediate(first) });
  }

  findingsAt(document: vscode.TextDocument, range: vscode.Range): Finding[] {
    return (this.findings.get(document.uri.toString()) ?? []).filter((finding) => {
      const found = new vscode.Range(document.positionAt(finding.start), document.positionAt(finding.end));
      return found.intersection(range) !== undefined;
    });
  }

  dispose(): void {
    for (const timer of this.timers.values()) clearTimeout(timer);
    for (const disposable of this.disposables.splice(0)) disposable.dispose();
  }

  protected forget(uri: vscode.Uri): void {
    const key = uri.toString();
    clearTimeout(this.timers.get(key));
    this.findings.delete(key);
    this.collection.delete(uri);
  }

  /** Typing produces a change per key: check once the burst settles. */
  private checkSoon(document: vscode.TextDocument): void {
    const key = document.uri.toString();
    clearTimeout(this.timers.get(key));
    this.timers.set(key, setTimeout(() => void this.check(document), 150));
  }
}

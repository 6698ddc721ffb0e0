import * as path from "node:path";
import * as vscode from "vscode";

/**
 * Tailor: Score Copy shows its result as a read-only Markdown document beside the scored one.
 * A writer keeps it open next to the copy while editing and runs the command again to refresh
 * it, which updates the same tab. A notification would vanish and could not hold a dozen
 * checks; the log (an output channel) is where errors go, not results; and the panel belongs to
 * its own brief, so scores of another document there would read as that brief's.
 */
const refreshWaitMs = 5_000;

export class ScoreReports implements vscode.TextDocumentContentProvider, vscode.Disposable {
  static readonly scheme = "tailor-scores";

  private readonly contents = new Map<string, string>();
  /** The keyphrase typed for each document this session, so it is asked for once. */
  private readonly keyphrases = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;
  // An untitled name comes back for the next new document, which must be asked afresh.
  private readonly closing = vscode.workspace.onDidCloseTextDocument((document) => this.keyphrases.delete(document.uri.toString()));

  provideTextDocumentContent(uri: vscode.Uri): string {
    return this.contents.get(uri.toString()) ?? "";
  }

  keyphraseFor(document: vscode.Uri): string | undefined {
    return this.keyphrases.get(document.toString());
  }

  rememberKeyphrase(document: vscode.Uri, keyphrase: string): void {
    this.keyphrases.set(document.toString(), keyphrase);
  }

  /** Shows `markdown` as the scores of `document`, beside it, keeping the focus on the copy. */
  async show(document: vscode.TextDocument, markdown: string): Promise<vscode.Uri> {
    const name = path.basename(document.uri.path) || "document";
    const uri = vscode.Uri.from({ scheme: ScoreReports.scheme, path: `/Scores of ${name}.md`, query: document.uri.toString() });
    this.contents.set(uri.toString(), markdown);
    await this.refresh(uri, markdown);
    const report = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    return uri;
  }

  /**
   * Tells VS Code the content changed and, when the report is already open, waits for the new
   * text to arrive, so that the caller (and a test) never reads the previous scores.
   */
  private async refresh(uri: vscode.Uri, markdown: string): Promise<void> {
    const key = uri.toString();
    const open = vscode.workspace.textDocuments.find((document) => document.uri.toString() === key);
    if (!open || open.getText() === markdown) {
      this.changed.fire(uri);
      return;
    }
    let subscription: vscode.Disposable | undefined;
    let timer: NodeJS.Timeout | undefined;
    const updated = new Promise<void>((resolve) => {
      subscription = vscode.workspace.onDidChangeTextDocument((event) => {
        if (event.document.uri.toString() === key && event.document.getText() === markdown) resolve();
      });
      // A document VS Code has already let go of is never updated; it opens with the new text.
      timer = setTimeout(resolve, refreshWaitMs);
    });
    this.changed.fire(uri);
    await updated;
    subscription?.dispose();
    clearTimeout(timer);
  }

  dispose(): void {
    this.changed.dispose();
    this.closing.dispose();
  }
}

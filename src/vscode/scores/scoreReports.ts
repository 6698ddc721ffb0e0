import * as path from "node:path";
import * as vscode from "vscode";

/**
 * Tailor: Score Copy shows its result as a read-only Markdown document beside the scored one.
 * A writer keeps it open next to the copy while editing and runs the command again to refresh
 * it, which updates the same tab. A notification would vanish and could not hold a dozen
 * checks; the log (an output channel) is where errors go, not results; and the panel belongs to
 * its own brief, so scores of another document there would read as that brief's.
 */
export class ScoreReports implements vscode.TextDocumentContentProvider, vscode.Disposable {
  static readonly scheme = "tailor-scores";

  private readonly contents = new Map<string, string>();
  /** The keyphrase typed for each document this session, so it is asked for once. */
  private readonly keyphrases = new Map<string, string>();
  private readonly changed = new vscode.EventEmitter<vscode.Uri>();
  readonly onDidChange = this.changed.event;

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
    this.changed.fire(uri);
    const report = await vscode.workspace.openTextDocument(uri);
    await vscode.window.showTextDocument(report, { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true, preview: true });
    return uri;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

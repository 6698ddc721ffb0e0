import * as vscode from "vscode";

/**
 * A Markdown document, opened beside the active editor, whose whole text is replaced as a
 * result streams in. Edits are coalesced: while one is being applied, only the newest text
 * waits, so a fast model never queues up a backlog of edits.
 */
export class StreamingDocument {
  private latest: string | undefined;
  private applying: Promise<void> | undefined;

  private constructor(readonly document: vscode.TextDocument) {}

  static async open(initialText: string): Promise<StreamingDocument> {
    // Shown empty, then filled: an untitled document shown with its content in a window's first
    // Markdown editor could also open in the active group (seen in VS Code 1.139 after a slow
    // model load), and closing the window then asked to save it twice.
    const document = await vscode.workspace.openTextDocument({ language: "markdown" });
    await vscode.window.showTextDocument(document, { viewColumn: vscode.ViewColumn.Beside, preview: false });
    const opened = new StreamingDocument(document);
    if (initialText) await opened.finish(initialText);
    return opened;
  }

  update(text: string): void {
    this.latest = text;
    this.applying ??= this.drain();
  }

  /** Writes the final text and resolves once it is in the document. */
  async finish(text: string): Promise<void> {
    this.update(text);
    while (this.applying) await this.applying;
  }

  private async drain(): Promise<void> {
    // Yield before anything else: a drain with nothing to apply would otherwise finish within
    // update(), clearing `applying` before update() stores this promise, which then never clears.
    await Promise.resolve();
    try {
      while (this.latest !== undefined) {
        const text = this.latest;
        this.latest = undefined;
        if (this.document.isClosed || text === this.document.getText()) continue;
        const edit = new vscode.WorkspaceEdit();
        const end = this.document.lineAt(this.document.lineCount - 1).range.end;
        edit.replace(this.document.uri, new vscode.Range(new vscode.Position(0, 0), end), text);
        await vscode.workspace.applyEdit(edit);
      }
    } finally {
      this.applying = undefined;
    }
  }
}

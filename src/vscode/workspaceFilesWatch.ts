import * as vscode from "vscode";

/**
 * How long after a file event the files are read once more. A watcher may report a quick second
 * write before its bytes land (a save that replaces the file, two writes in a row), so a read on the
 * event alone can keep the old text with no later event to correct it.
 */
const settleMs = 400;

/**
 * Calls `listener` whenever files matching `glob` are created, changed or deleted, again once the
 * burst of events has settled, and when the workspace is trusted, since Tailor reads workspace
 * files (.tailor/) only in trusted workspaces. The caller owns the returned disposables.
 */
export function watchWorkspaceFiles(glob: string, listener: () => void): vscode.Disposable[] {
  const watcher = vscode.workspace.createFileSystemWatcher(glob);
  let settle: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    listener();
    clearTimeout(settle);
    settle = setTimeout(listener, settleMs);
  };
  return [
    watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed), vscode.workspace.onDidGrantWorkspaceTrust(listener),
    { dispose: () => clearTimeout(settle) },
  ];
}

import * as vscode from "vscode";

/**
 * Calls `listener` whenever files matching `glob` are created, changed or deleted, and when the
 * workspace is trusted, since Tailor reads workspace files (.tailor/) only in trusted workspaces.
 * The caller owns the returned disposables.
 */
export function watchWorkspaceFiles(glob: string, listener: () => void): vscode.Disposable[] {
  const watcher = vscode.workspace.createFileSystemWatcher(glob);
  return [watcher, watcher.onDidChange(listener), watcher.onDidCreate(listener), watcher.onDidDelete(listener), vscode.workspace.onDidGrantWorkspaceTrust(listener)];
}

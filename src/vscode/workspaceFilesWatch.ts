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
 *
 * The watcher starts on the next turn: creating one costs a millisecond or more of activation
 * (bench/README.md, sections 14 and 18), and callers read nothing from the watched files before that turn,
 * so no change can slip in between a read and the watch.
 */
export function watchWorkspaceFiles(glob: string, listener: () => void): vscode.Disposable[] {
  let settle: ReturnType<typeof setTimeout> | undefined;
  const changed = () => {
    listener();
    clearTimeout(settle);
    settle = setTimeout(listener, settleMs);
  };
  const watching: vscode.Disposable[] = [];
  const start = setImmediate(() => {
    const watcher = vscode.workspace.createFileSystemWatcher(glob);
    watching.push(watcher, watcher.onDidChange(changed), watcher.onDidCreate(changed), watcher.onDidDelete(changed));
  });
  return [
    vscode.workspace.onDidGrantWorkspaceTrust(listener),
    {
      dispose: () => {
        clearImmediate(start);
        clearTimeout(settle);
        for (const disposable of watching.splice(0)) disposable.dispose();
      },
    },
  ];
}

import * as vscode from "vscode";

/**
 * Opens the Settings editor on a machine-scoped setting. In a remote window (such as the
 * VS Code server) those live on the Remote tab only: the User tab would show "No Settings Found".
 */
export function openMachineSettingCommand(query: string): vscode.Command {
  return vscode.env.remoteName
    ? { title: `Open ${query}`, command: "workbench.action.openRemoteSettings", arguments: [{ query }] }
    : { title: `Open ${query}`, command: "workbench.action.openSettings", arguments: [query] };
}

export function openMachineSetting(query: string): Thenable<unknown> {
  const command = openMachineSettingCommand(query);
  return vscode.commands.executeCommand(command.command, ...(command.arguments ?? []));
}

import * as vscode from "vscode";

/**
 * The generations running now, so "Tailor: Cancel Generation" can stop them and the command
 * shows only while one runs (context key tailor.generating).
 */
export class ActiveGenerations implements vscode.Disposable {
  private readonly controllers = new Set<AbortController>();

  start(): AbortController {
    const controller = new AbortController();
    this.controllers.add(controller);
    this.updateContext();
    return controller;
  }

  end(controller: AbortController): void {
    this.controllers.delete(controller);
    this.updateContext();
  }

  cancelAll(): number {
    const count = this.controllers.size;
    for (const controller of this.controllers) controller.abort();
    return count;
  }

  dispose(): void {
    this.cancelAll();
    this.controllers.clear();
  }

  private updateContext(): void {
    void vscode.commands.executeCommand("setContext", "tailor.generating", this.controllers.size > 0);
  }
}

import * as vscode from "vscode";
import type { TailorServices } from "./tailorServices";

export interface CancellableTask<T> {
  /** The notification's title, "Tailor: …". */
  readonly title: string;
  readonly run: (progress: vscode.Progress<{ message?: string; increment?: number }>, signal: AbortSignal) => Promise<T>;
  /** The result for a failure, which has been reported to the user already. */
  readonly failed: (error: unknown, message: string) => T | Promise<T>;
}

/**
 * A long operation in a cancellable progress notification. Cancel there and "Tailor: Cancel
 * Generation" both abort the signal; a failure is reported once, and turned into a result.
 */
export function runCancellable<T>(services: TailorServices, task: CancellableTask<T>, reportFailure: (error: unknown) => void): Thenable<T> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: task.title, cancellable: true }, async (progress, token) => {
    const controller = services.generations.start();
    const listener = token.onCancellationRequested(() => controller.abort());
    try {
      return await task.run(progress, controller.signal);
    } catch (error) {
      reportFailure(error);
      return task.failed(error, error instanceof Error ? error.message : String(error));
    } finally {
      listener.dispose();
      services.generations.end(controller);
    }
  });
}

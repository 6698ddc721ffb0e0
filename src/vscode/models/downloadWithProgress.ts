import * as path from "node:path";
import * as vscode from "vscode";
import { formatBytes } from "../../core/text/formatBytes";
import { formatDuration } from "../../core/text/formatDuration";
import { downloadModel, ModelDownloadError } from "../../models/download/modelDownloader";
import { httpProxy, type TailorSettings } from "../settings";
import { browseForModel } from "./browseForModel";

export interface DownloadRequest {
  readonly uri: string;
  readonly directory: string;
  readonly label: string;
  readonly expectedSizeBytes?: number;
}

/**
 * Downloads a model in a cancellable progress notification that shows the percentage, speed and
 * time left. Returns the file's path, or undefined when the user cancelled (a later download of
 * the same model resumes) or it failed (the error has been shown).
 */
export async function downloadWithProgress(
  request: DownloadRequest,
  settings: TailorSettings,
  extensionPath: string,
  showError: (message: string, actions: Record<string, () => unknown>) => void,
): Promise<string | undefined> {
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: `Downloading ${request.label}`, cancellable: true },
    async (progress, token) => {
      const controller = new AbortController();
      const listener = token.onCancellationRequested(() => controller.abort());
      let reported = 0;
      try {
        const result = await downloadModel({
          uri: request.uri,
          label: request.label,
          directory: request.directory,
          workerDir: path.join(extensionPath, "dist"),
          huggingFaceEndpoint: settings.huggingFaceEndpoint,
          proxy: httpProxy(),
          expectedSizeBytes: request.expectedSizeBytes,
          signal: controller.signal,
          onProgress: (p) => {
            const percent = p.totalBytes > 0 ? (p.downloadedBytes / p.totalBytes) * 100 : 0;
            const eta = p.etaSeconds === undefined ? "" : ` · ${formatDuration(p.etaSeconds * 1000)} left`;
            progress.report({
              increment: Math.max(0, percent - reported),
              message: `${Math.floor(percent)}% of ${formatBytes(p.totalBytes)} · ${formatBytes(p.bytesPerSecond)}/s${eta}`,
            });
            reported = Math.max(reported, percent);
          },
        });
        return result.path;
      } catch (error) {
        if (error instanceof ModelDownloadError && error.code === "cancelled") {
          void vscode.window.showInformationMessage(`Download of ${request.label} paused. Select the model again to resume where it stopped.`);
          return undefined;
        }
        // A failed download leaves the user somewhere to go: another model, or a file they have.
        showError(error instanceof Error ? error.message : String(error), {
          "Select Model…": () => vscode.commands.executeCommand("tailor.selectModel"),
          "Browse for a .gguf…": browseForModel,
        });
        return undefined;
      } finally {
        listener.dispose();
      }
    },
  );
}



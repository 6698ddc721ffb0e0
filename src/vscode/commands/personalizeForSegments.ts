import { readFile } from "node:fs/promises";
import * as vscode from "vscode";
import { buildPersonalizePrompt, parseSegments, SegmentError, type Segment } from "../../core/rewrite/personalizePrompt";
import { ensureModelReady } from "../models/modelReadiness";
import { StreamingDocument } from "../streamingDocument";
import type { TailorServices } from "../tailorServices";
import { withBrokenRules } from "../../core/promptParts";
import { generateCheckedText } from "./plainGeneration";

export interface PersonalizeArgs {
  /** Segments as CSV, JSON or one per line; asked for when absent. */
  readonly segments?: string;
}

export interface PersonalizeResult {
  readonly status: "completed" | "cancelled" | "failed" | "dismissed";
  readonly document?: vscode.Uri;
  readonly segments?: readonly string[];
  readonly error?: string;
}

/**
 * "Tailor: Personalize for Segments": one variant of a base text (the selection, or the whole
 * document) per audience segment, all in one new Markdown document. A cancel keeps the finished
 * segments.
 */
export async function personalizeForSegments(services: TailorServices, args: PersonalizeArgs = {}): Promise<PersonalizeResult> {
  const editor = vscode.window.activeTextEditor;
  const base = editor ? (editor.selection.isEmpty ? editor.document.getText() : editor.document.getText(editor.selection)).trim() : "";
  if (!base) {
    services.messages.info("Select a base text (an email, a description) or open a document with one.");
    return { status: "dismissed" };
  }
  let segments: Segment[];
  try {
    const text = args.segments ?? (await askForSegments());
    if (text === undefined) return { status: "dismissed" };
    segments = parseSegments(text);
  } catch (error) {
    const message = error instanceof SegmentError || error instanceof Error ? error.message : String(error);
    services.messages.error(`Tailor could not read the segments: ${message}`);
    return { status: "failed", error: message };
  }
  if (segments.length === 0) return { status: "dismissed" };
  if (!(await ensureModelReady(services))) return { status: "dismissed" };

  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title: "Tailor: Personalizing", cancellable: true },
    async (progress, token) => {
      const controller = services.generations.start();
      const listener = token.onCancellationRequested(() => controller.abort());
      const sections: string[] = [];
      const render = (current?: string) => ["# Personalized variants", "", ...sections, ...(current ? [current] : [])].join("\n");
      const output = await StreamingDocument.open(render());
      try {
        for (const [index, segment] of segments.entries()) {
          progress.report({ message: `${segment.name} (${index + 1} of ${segments.length})`, increment: 100 / segments.length });
          const heading = `## ${segment.name}${segment.description ? ` — ${segment.description}` : ""}\n`;
          const outcome = await generateCheckedText(
            services,
            `personalize (${segment.name})`,
            (guidance, mustAvoid) => withBrokenRules(buildPersonalizePrompt(base, segment, guidance), mustAvoid),
            `${segment.name} ${segment.description ?? ""} ${base}`,
            controller.signal,
            (soFar) => output.update(render(`${heading}\n${soFar}\n`)),
          );
          if (outcome.result.stopReason === "cancelled") {
            await output.finish(`${render()}\n---\n\n> Stopped: cancelled before ${segment.name}. The finished segments are kept above.\n`);
            return { status: "cancelled", document: output.document.uri, segments: segments.slice(0, index).map((s) => s.name) };
          }
          const flag = outcome.findings.length > 0 ? `\n> Flagged: ${outcome.findings.map((f) => `"${f.matchedText}"`).join(", ")} (see Problems).\n` : "";
          sections.push(`${heading}\n${outcome.text}\n${flag}`);
          output.update(render());
        }
        await output.finish(render());
        return { status: "completed", document: output.document.uri, segments: segments.map((s) => s.name) };
      } catch (error) {
        const message = error instanceof Error ? error.message : String(error);
        await output.finish(`${render()}\n---\n\n> Failed: ${message}\n`);
        services.messages.error(`Tailor could not personalize: ${message}`);
        return { status: "failed", error: message, document: output.document.uri };
      } finally {
        listener.dispose();
        services.generations.end(controller);
      }
    },
  );
}

async function askForSegments(): Promise<string | undefined> {
  const choice = await vscode.window.showQuickPick(
    [
      { label: "$(edit) Type the segments…", from: "typed" as const },
      { label: "$(file) From a CSV or JSON file…", from: "file" as const },
    ],
    { title: "Tailor: Personalize for Segments" },
  );
  if (!choice) return undefined;
  if (choice.from === "typed") {
    const typed = await vscode.window.showInputBox({ title: "Segments, separated by semicolons", placeHolder: "e.g. busy parents; students; retirees" });
    return typed?.split(";").map((part) => part.trim()).filter(Boolean).join("\n");
  }
  const [file] = (await vscode.window.showOpenDialog({ canSelectMany: false, filters: { Segments: ["csv", "json", "txt"] } })) ?? [];
  return file ? readFile(file.fsPath, "utf8") : undefined;
}

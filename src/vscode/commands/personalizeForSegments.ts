import { readFile } from "node:fs/promises";
import * as vscode from "vscode";
import { buildPersonalizePrompt, parseSegments, SegmentError, type Segment } from "../../core/rewrite/personalizePrompt";
import { ensureModelReady } from "../models/modelReadiness";
import { StreamingDocument } from "../streamingDocument";
import type { TailorServices } from "../tailorServices";
import { withBrokenRules } from "../../core/promptParts";
import { writeCopy } from "../../writing/writeCopy";
import { plainTextJob } from "../../writing/writingJob";
import { editorWriteOptions } from "../editorWriting";
import { runCancellable } from "../runCancellable";

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

  const sections: string[] = [];
  const render = (current?: string) => ["# Personalized variants", "", ...sections, ...(current ? [current] : [])].join("\n");
  let output: StreamingDocument | undefined;
  return runCancellable<PersonalizeResult>(
    services,
    {
      title: "Tailor: Personalizing",
      run: async (progress, signal) => {
        const document = (output = await StreamingDocument.open(render()));
        for (const [index, segment] of segments.entries()) {
          progress.report({ message: `${segment.name} (${index + 1} of ${segments.length})`, increment: 100 / segments.length });
          const heading = `## ${segment.name}${segment.description ? ` — ${segment.description}` : ""}\n`;
          const job = plainTextJob(`personalize (${segment.name})`, `${segment.name} ${segment.description ?? ""} ${base}`, (guidance, mustAvoid) =>
            withBrokenRules(buildPersonalizePrompt(base, segment, guidance), mustAvoid),
          );
          const outcome = await writeCopy(services.engine, job, {
            ...(await editorWriteOptions(services, job)),
            signal,
            onDraft: (soFar) => document.update(render(`${heading}\n${soFar}\n`)),
          });
          if (outcome.status === "cancelled") {
            await document.finish(`${render()}\n---\n\n> Stopped: cancelled before ${segment.name}. The finished segments are kept above.\n`);
            return { status: "cancelled", document: document.document.uri, segments: segments.slice(0, index).map((s) => s.name) };
          }
          const flag = outcome.findings.length > 0 ? `\n> Flagged: ${outcome.findings.map((finding) => `"${finding.text}"`).join(", ")} (see Problems).\n` : "";
          sections.push(`${heading}\n${outcome.draft}\n${flag}`);
          document.update(render());
        }
        await document.finish(render());
        return { status: "completed", document: document.document.uri, segments: segments.map((s) => s.name) };
      },
      failed: async (_error, message) => {
        await output?.finish(`${render()}\n---\n\n> Failed: ${message}\n`);
        return { status: "failed", error: message, document: output?.document.uri };
      },
    },
    (error) => services.messages.error(`Tailor could not personalize: ${error instanceof Error ? error.message : String(error)}`),
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

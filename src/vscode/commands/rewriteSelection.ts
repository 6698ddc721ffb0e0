import * as vscode from "vscode";
import { buildRewritePrompt, rewriteModeLabels, rewriteModes, type RewriteMode, type RewriteOptions } from "../../core/rewrite/rewritePrompt";
import { ensureModelReady } from "../models/modelReadiness";
import type { TailorServices } from "../tailorServices";
import { withBrokenRules } from "../../core/promptParts";
import { writeCopy } from "../../writing/writeCopy";
import { plainTextJob } from "../../writing/writingJob";
import { editorWriteOptions } from "../editorWriting";
import { runCancellable } from "../runCancellable";

export interface RewriteArgs {
  readonly mode?: RewriteMode;
  readonly audience?: string;
  readonly language?: string;
}

export interface RewriteResult {
  readonly status: "applied" | "cancelled" | "failed" | "dismissed";
  readonly text?: string;
  readonly flagged?: readonly string[];
  readonly error?: string;
}

/**
 * "Tailor: Rewrite Selection": shorter, longer, more formal, friendlier, for another audience or
 * translated. The result replaces the selection as one edit, so Undo brings the original back;
 * a cancel or a failure changes nothing.
 */
export async function rewriteSelection(services: TailorServices, args: RewriteArgs = {}): Promise<RewriteResult> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.selection.isEmpty) {
    services.messages.info("Select the text to rewrite first.");
    return { status: "dismissed" };
  }
  const mode = args.mode ?? (await pickMode());
  if (!mode) return { status: "dismissed" };
  const options: RewriteOptions = { audience: args.audience, language: args.language };
  if (mode === "audience" && !options.audience) {
    const audience = await vscode.window.showInputBox({ title: "Tailor: Rewrite for which audience?", placeHolder: "e.g. first-time campers on a budget" });
    if (!audience?.trim()) return { status: "dismissed" };
    Object.assign(options, { audience });
  }
  if (mode === "translate" && !options.language) {
    const language = await vscode.window.showInputBox({ title: "Tailor: Translate into which language?", placeHolder: "e.g. German" });
    if (!language?.trim()) return { status: "dismissed" };
    Object.assign(options, { language });
  }
  if (!(await ensureModelReady(services))) return { status: "dismissed" };
  const document = editor.document;
  const selection = editor.selection;
  const original = document.getText(selection);
  const version = document.version;

  return runCancellable<RewriteResult>(
    services,
    {
      title: `Tailor: ${rewriteModeLabels[mode]}`,
      run: async (progress, signal) => {
        const job = plainTextJob(`rewrite (${mode})`, original, (guidance, mustAvoid) => withBrokenRules(buildRewritePrompt(original, mode, { ...options, guidance }), mustAvoid));
        const outcome = await writeCopy(services.engine, job, {
          ...(await editorWriteOptions(services, job)),
          signal,
          onDraft: (soFar) => progress.report({ message: `Writing… (${soFar.length} characters)` }),
        });
        if (outcome.status === "cancelled") return { status: "cancelled" };
        if (!outcome.draft) {
          services.messages.warning("The model wrote nothing; the selection is unchanged.");
          return { status: "failed", error: "empty" };
        }
        if (document.version !== version) {
          services.messages.warning("The document changed while Tailor was rewriting; the selection is unchanged. Run the rewrite again.");
          return { status: "failed", error: "document changed" };
        }
        const applied = await editor.edit((edit) => edit.replace(selection, outcome.draft));
        if (!applied) return { status: "failed", error: "edit refused" };
        if (outcome.findings.length > 0) {
          services.messages.warning(`The rewrite still breaks ${outcome.findings.length} rule(s) of ${services.profile.profile.displayName}; they are marked in the document.`);
        }
        return { status: "applied", text: outcome.draft, flagged: outcome.findings.map((finding) => finding.id) };
      },
      failed: (_error, message) => ({ status: "failed", error: message }),
    },
    (error) => services.messages.error(`Tailor could not rewrite the selection: ${error instanceof Error ? error.message : String(error)}`),
  );
}

async function pickMode(): Promise<RewriteMode | undefined> {
  const pick = await vscode.window.showQuickPick(
    rewriteModes.map((mode) => ({ label: rewriteModeLabels[mode], mode })),
    { title: "Tailor: Rewrite Selection", placeHolder: "How should the selection change?" },
  );
  return pick?.mode;
}

import * as vscode from "vscode";
import type { ClaimFinding } from "../../core/claims/checkClaims";
import { cancelledNote } from "../../core/outcomeNotes";
import { EngineError, type GenerationResult } from "../../engine/engineTypes";
import type { StructuredJob } from "../../core/structuredJob";
import { writeChecked } from "../../engine/structured/writeChecked";
import { editorAdviceFor } from "../engineErrorAdvice";
import { logPrompt } from "../promptLog";
import { readSettings } from "../settings";
import { StreamingDocument } from "../streamingDocument";
import type { TailorServices } from "../tailorServices";

export type { StructuredJob } from "../../core/structuredJob";

/** What a generation command returns, for callers such as tests and other extensions. */
export interface StructuredResult<Draft> {
  readonly status: "completed" | "cancelled" | "incomplete" | "failed" | "dismissed";
  readonly document?: vscode.Uri;
  readonly draft?: Draft;
  readonly tokens?: number;
  readonly error?: string;
  /** Rules the final copy still breaks (after one rewrite): flagged in the document. */
  readonly flagged?: readonly string[];
}

/**
 * Streams a structured generation into a Markdown document beside the editor, in a cancellable
 * progress notification. The finished copy is checked against the industry profile and brand
 * rules; copy that breaks one is written again once with the rules stated outright, and whatever
 * still breaks a rule is flagged in the document, never shipped silently.
 */
export function runStructuredGeneration<Draft>(services: TailorServices, job: StructuredJob<Draft>): Thenable<StructuredResult<Draft>> {
  return vscode.window.withProgress({ location: vscode.ProgressLocation.Notification, title: "Tailor", cancellable: true }, (progress, token) =>
    generate(services, job, progress, token),
  );
}

async function generate<Draft>(
  services: TailorServices,
  job: StructuredJob<Draft>,
  progress: vscode.Progress<{ message?: string }>,
  token: vscode.CancellationToken,
): Promise<StructuredResult<Draft>> {
  const settings = readSettings();
  const controller = services.generations.start();
  const cancelListener = token.onCancellationRequested(() => controller.abort());
  const output = new LazyDocument();
  let latest = job.toDraft(undefined);
  progress.report({ message: "Starting…" });
  try {
    let chunks = 0;
    const written = await writeChecked(services.engine, job, {
      guidance: await services.profile.guidance(job.briefText),
      rules: await services.profile.rules(),
      maxTokens: settings.maxTokens,
      temperature: settings.temperature,
      priority: "user",
      signal: controller.signal,
      onPrompt: (description, messages) => logPrompt(services.log, `${description}, ${services.profile.profile.displayName}`, messages),
      onLoading: () => progress.report({ message: `Loading the model (${services.engine.state.modelName ?? "from tailor.model"})…` }),
      onDraft: (draft, attempt) => {
        latest = draft;
        output.update(job.render(draft, attempt > 1 ? "Rewriting without the flagged claims…" : "Writing…"));
        if (++chunks % 8 === 1) progress.report({ message: `Writing the ${job.label}…` });
      },
      onRetry: (findings) => progress.report({ message: `The draft broke ${findings.length} rule(s) of ${services.profile.profile.displayName}: writing it again…` }),
    });
    return await finish(services, job, written.result, written.draft, await output.document(), written.findings);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const document = await output.opened();
    await document?.finish(job.render(latest, `Failed: ${message}`));
    reportFailure(services, error);
    return { status: "failed", error: message, document: document?.document.uri };
  } finally {
    cancelListener.dispose();
    services.generations.end(controller);
  }
}

async function finish<Draft>(
  services: TailorServices,
  job: StructuredJob<Draft>,
  result: GenerationResult,
  draft: Draft,
  document: StreamingDocument,
  findings: readonly ClaimFinding[],
): Promise<StructuredResult<Draft>> {
  const missing = job.missing(draft);
  const notes: string[] = [];
  let status: StructuredResult<Draft>["status"] = "completed";
  if (result.stopReason === "cancelled") {
    status = "cancelled";
    notes.push(cancelledNote(result.tokens));
  } else if (missing.length > 0) {
    status = "incomplete";
    notes.push(
      result.stopReason === "maxTokens"
        ? `Incomplete: the model reached tailor.generation.maxTokens (${readSettings().maxTokens}) before writing ${missing.join(", ")}. Raise the setting and generate again.`
        : `Incomplete: ${missing.join("; ")}.`,
    );
  }
  if (findings.length > 0) {
    // Never shipped silently: the footer says so, and the document's diagnostics mark each one.
    const quoted = [...new Set(findings.map((finding) => `"${finding.matchedText}"`))].join(", ");
    notes.push(`Flagged: even after a rewrite this copy breaks ${findings.length} rule(s): ${quoted}. See the Problems panel for the reasons and quick fixes.`);
  }
  await document.finish(job.render(draft, notes.join(" ") || undefined));
  services.log.info(`${job.label} ${status}: ${result.tokens} tokens in ${Math.round(result.timings.totalMs)} ms with ${result.model.name}.`);
  if (status === "incomplete") services.messages.warning(notes[0]);
  if (findings.length > 0) services.messages.warning(notes[notes.length - 1]);
  return { status, document: document.document.uri, draft, tokens: result.tokens, flagged: findings.map((finding) => finding.ruleId) };
}

export function reportFailure(services: TailorServices, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const selectModel = () => vscode.commands.executeCommand("tailor.selectModel");
  const showLog = () => services.log.show(true);
  if (error instanceof EngineError && error.code === "insufficientMemory" && error.suggestedModelId) {
    const smaller = error.suggestedModelId;
    services.messages.error(message, {
      [`Use ${smaller}`]: () => vscode.workspace.getConfiguration("tailor").update("model", smaller, vscode.ConfigurationTarget.Global),
      "Select Model": selectModel,
    });
  } else if (error instanceof EngineError && error.code === "contextOverflow") {
    services.messages.error(`${message} ${editorAdviceFor(error)}`, { "Open Settings": () => vscode.commands.executeCommand("workbench.action.openSettings", "tailor.contextSize"), "Show Log": showLog });
  } else if (error instanceof EngineError && ["invalidModel", "noModel", "loadFailed", "insufficientMemory"].includes(error.code)) {
    services.messages.error(message, { "Select Model": selectModel, "Show Log": showLog });
  } else {
    services.messages.error(message, { "Show Log": showLog });
  }
}

/** The result document, opened on the first text so a model that fails to load leaves no empty one. */
class LazyDocument {
  private opening: Promise<StreamingDocument> | undefined;
  private current: StreamingDocument | undefined;

  update(markdown: string): void {
    this.opening ??= StreamingDocument.open(markdown).then((document) => (this.current = document));
    this.current?.update(markdown);
  }

  document(): Promise<StreamingDocument> {
    this.opening ??= StreamingDocument.open("").then((document) => (this.current = document));
    return this.opening;
  }

  opened(): Promise<StreamingDocument | undefined> {
    return this.opening ?? Promise.resolve(undefined);
  }
}

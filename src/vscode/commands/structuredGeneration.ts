import * as vscode from "vscode";
import type { ChatMessage } from "../../core/chat";
import { checkClaims, type ClaimFinding } from "../../core/claims/checkClaims";
import { parsePartialJson, type JsonValue } from "../../core/partialJson";
import { EngineError, type GenerationResult } from "../../engine/engineTypes";
import type { JsonSchema } from "../../engine/protocol";
import { logPrompt } from "../promptLog";
import { readSettings } from "../settings";
import { StreamingDocument } from "../streamingDocument";
import type { TailorServices } from "../tailorServices";

/** One kind of structured copy: how to ask for it, read it, check it and show it. */
export interface StructuredJob<Draft> {
  /** What is being written, for progress, logs and messages ("product description"). */
  readonly label: string;
  /** The text retrieval ranks the approved examples against. */
  readonly briefText: string;
  readonly buildMessages: (guidance: string, mustAvoid: readonly string[] | undefined) => ChatMessage[];
  readonly jsonSchema: JsonSchema;
  /** Picks the fields out of (partial) JSON and enforces the hard limits. */
  readonly toDraft: (value: JsonValue | undefined) => Draft;
  /** What to keep when the model wrote no JSON at all (possible without a grammar). */
  readonly fromPlainText?: (text: string) => Draft;
  readonly render: (draft: Draft, footer?: string) => string;
  /** The parts the draft lacks, for an "incomplete" report. */
  readonly missing: (draft: Draft) => string[];
}

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
  let stream = new DraftStream(job);
  progress.report({ message: "Starting…" });
  try {
    const guidance = await services.profile.guidance(job.briefText);
    const rules = await services.profile.rules();
    let mustAvoid: string[] | undefined;
    for (let attempt = 1; ; attempt++) {
      const messages = job.buildMessages(guidance, mustAvoid);
      logPrompt(services.log, `${job.label}, ${services.profile.profile.displayName}${attempt > 1 ? ", retry" : ""}`, messages);
      stream = new DraftStream(job);
      let chunks = 0;
      const result = await services.engine.generate(
        { messages, jsonSchema: job.jsonSchema, maxTokens: settings.maxTokens, temperature: settings.temperature },
        {
          priority: "user",
          signal: controller.signal,
          onLoading: () => progress.report({ message: `Loading the model (${services.engine.state.modelName ?? "from tailor.model"})…` }),
          onText: (chunk) => {
            output.update(job.render(stream.add(chunk), attempt > 1 ? "Rewriting without the flagged claims…" : "Writing…"));
            if (++chunks % 8 === 1) progress.report({ message: `Writing the ${job.label}… (${stream.text.length} characters)` });
          },
        },
      );
      const draft = stream.finalDraft(result.text);
      const findings = result.stopReason === "cancelled" ? [] : checkClaims(job.render(draft), rules);
      if (findings.length > 0 && attempt === 1) {
        progress.report({ message: `The draft broke ${findings.length} rule(s) of ${services.profile.profile.displayName}: writing it again…` });
        mustAvoid = [...new Set(findings.map((finding) => `"${finding.matchedText}": ${finding.reason}`))];
        continue;
      }
      return await finish(services, job, result, draft, await output.document(), findings);
    }
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const document = await output.opened();
    await document?.finish(job.render(stream.draft, `Failed: ${message}`));
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
    notes.push(`Stopped: cancelled after ${result.tokens} tokens. What the model had written is kept above.`);
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

function reportFailure(services: TailorServices, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const selectModel = () => vscode.commands.executeCommand("tailor.selectModel");
  const showLog = () => services.log.show(true);
  if (error instanceof EngineError && error.code === "insufficientMemory" && error.suggestedModelId) {
    const smaller = error.suggestedModelId;
    services.messages.error(message, {
      [`Use ${smaller}`]: () => vscode.workspace.getConfiguration("tailor").update("model", smaller, vscode.ConfigurationTarget.Global),
      "Select Model": selectModel,
    });
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

/** Turns streamed JSON into the newest best-effort draft, keeping the last good one on a parse error. */
class DraftStream<Draft> {
  text = "";
  draft: Draft;

  constructor(private readonly job: StructuredJob<Draft>) {
    this.draft = job.toDraft(undefined);
  }

  add(chunk: string): Draft {
    this.text += chunk;
    try {
      this.draft = this.job.toDraft(parsePartialJson(this.text));
    } catch {
      // Not JSON (possible without a grammar): keep the last draft.
    }
    return this.draft;
  }

  finalDraft(finalText: string): Draft {
    this.text = finalText;
    let parsed = true;
    try {
      this.draft = this.job.toDraft(parsePartialJson(finalText));
    } catch {
      parsed = false;
    }
    if (!parsed && this.job.fromPlainText && finalText.trim()) return this.job.fromPlainText(finalText.trim());
    return this.draft;
  }
}

import * as vscode from "vscode";
import type { ProductBrief } from "../../core/brief";
import { profileForBrief } from "../../core/profiles/profileForBrief";
import { renderedCopyScorer, type CopyScorer } from "../../core/scores/copyScorers";
import { scoresMarkdown } from "../../core/scores/scoresMarkdown";
import { EngineError } from "../../engine/engineTypes";
import { outcomeNotes } from "../../writing/outcomeNotes";
import { writeCopy, type WriteOutcome } from "../../writing/writeCopy";
import type { WritingJob } from "../../writing/writingJob";
import { editorAdviceFor } from "../engineErrorAdvice";
import { briefIndustryNote, editorTerms, editorWriteOptions } from "../editorWriting";
import { runCancellable } from "../runCancellable";
import { writeModel } from "../settings";
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
 * Streams a job through the one writing path into a Markdown document beside the editor, in a
 * cancellable progress notification. What the checks still find after the single rewrite is
 * flagged in the document, never shipped silently. The finished document ends with the copy's
 * scores (`score`; the readability of the rendered copy unless the job has a better measure).
 */
export function runStructuredGeneration<Draft>(
  services: TailorServices,
  job: WritingJob<Draft>,
  brief?: ProductBrief,
  score: CopyScorer<Draft> = renderedCopyScorer(job.render),
): Thenable<StructuredResult<Draft>> {
  const output = new LazyDocument();
  let latest = job.toDraft(undefined);
  return runCancellable<StructuredResult<Draft>>(
    services,
    {
      title: "Tailor",
      run: async (progress, signal) => {
        const profile = profileForBrief(brief, services.profile.profile);
        const industryNote = briefIndustryNote(services, profile);
        if (industryNote) services.log.info(`Writing the ${job.label}${industryNote} (tailor.industry is ${services.profile.profile.displayName}).`);
        progress.report({ message: `Starting${industryNote}…` });
        let chunks = 0;
        const options = await editorWriteOptions(services, { briefText: job.briefText, brief }, "", profile);
        const outcome = await writeCopy(services.engine, job, {
          ...options,
          signal,
          onLoading: () => progress.report({ message: `Loading the model (${services.engine.state.modelName ?? "from tailor.model"})…` }),
          onDraft: (draft, attempt) => {
            latest = draft;
            output.update(job.render(draft, attempt > 1 ? "Rewriting without the flagged claims…" : "Writing…"));
            if (++chunks % 8 === 1) progress.report({ message: `Writing the ${job.label}${industryNote}…` });
          },
          onRetry: (findings) => progress.report({ message: `The draft broke ${findings.length} rule(s) of ${profile.displayName}: writing it again…` }),
        });
        const document = await output.document();
        // The brief stays with the document, so its facts are checked again as the user edits it.
        if (brief) void services.grounding.track(document.document, brief);
        return finish(services, job, outcome, options.maxTokens, document, score);
      },
      failed: async (_error, message) => {
        const document = await output.opened();
        await document?.finish(job.render(latest, `Failed: ${message}`));
        return { status: "failed", error: message, document: document?.document.uri };
      },
    },
    (error) => reportFailure(services, error),
  );
}

async function finish<Draft>(
  services: TailorServices,
  job: WritingJob<Draft>,
  outcome: WriteOutcome<Draft>,
  maxTokens: number,
  document: StreamingDocument,
  score: CopyScorer<Draft>,
): Promise<StructuredResult<Draft>> {
  const notes = outcomeNotes(outcome, editorTerms, maxTokens);
  // Never shipped silently: the footer says so, and the document's diagnostics mark each finding.
  const found = [notes.flagged, notes.unsupported].filter(Boolean).join(" ");
  const flagged = found && `${found} See the Problems panel for the reasons and quick fixes.`;
  const footer = [notes.cancelled, notes.incomplete, flagged, notes.removed].filter(Boolean).join(" ");
  // Cut-short copy is not what would be published, so it is not scored.
  const scores = outcome.status === "cancelled" ? "" : `\n${scoresMarkdown(score(outcome.draft))}`;
  await document.finish(`${job.render(outcome.draft, footer || undefined)}${scores}`);
  services.log.info(`${job.label} ${outcome.status}: ${outcome.result.tokens} tokens in ${Math.round(outcome.result.timings.totalMs)} ms with ${outcome.result.model.name}.`);
  if (notes.incomplete) services.messages.warning(notes.incomplete);
  if (flagged) services.messages.warning(flagged);
  return { status: outcome.status, document: document.document.uri, draft: outcome.draft, tokens: outcome.result.tokens, flagged: outcome.findings.map((finding) => finding.id) };
}

export function reportFailure(services: TailorServices, error: unknown): void {
  const message = error instanceof Error ? error.message : String(error);
  const selectModel = () => vscode.commands.executeCommand("tailor.selectModel");
  const showLog = () => services.log.show(true);
  if (error instanceof EngineError && error.code === "insufficientMemory" && error.suggestedModelId) {
    const smaller = error.suggestedModelId;
    services.messages.error(message, {
      [`Use ${smaller}`]: () => writeModel(smaller),
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

import type { ChatMessage } from "../core/chat";
import type { GenerationOptions, GenerationRequest, GenerationResult, RequestPriority } from "../engine/engineTypes";
import { channelPackCheck } from "./channelPackCheck";
import type { CopyCheck, CopyFinding } from "./copyChecks";
import { DraftStream } from "./draftStream";
import { promptBudget } from "./promptBudget";
import { withoutPromptLeaks } from "./withoutPromptLeaks";
import { withoutUnbacked, type RemovedStatement } from "./withoutUnbacked";
import type { WritingJob } from "./writingJob";

/** What writes text: the local engine, or anything with its generate call (a fake in tests). */
export interface CopyGenerator {
  generate(request: GenerationRequest, options: GenerationOptions): Promise<GenerationResult>;
  /** The context a request gets, in tokens, so the prompt can be fitted to it. */
  readonly contextTokens?: number;
}

export interface WriteOptions<Draft> {
  /** The industry profile's and brand voice's guidance for the system prompt. */
  readonly guidance: string;
  /** Run on every finished draft; what they find drives the single rewrite. */
  readonly checks: readonly CopyCheck[];
  readonly maxTokens: number;
  readonly temperature: number;
  readonly seed?: number;
  readonly priority?: RequestPriority;
  /** For batch work: how many requests may run at once. */
  readonly parallel?: number;
  readonly signal?: AbortSignal;
  readonly onLoading?: (modelPath: string) => void;
  /** The model wrote its first text: the request left the queue and the prompt is read. */
  readonly onWriting?: () => void;
  /** Each newer draft while the model writes; attempt 2 is the rewrite. */
  readonly onDraft?: (draft: Draft, attempt: number) => void;
  /** The first draft failed a check and is being written again. */
  readonly onRetry?: (findings: readonly CopyFinding[]) => void;
  /** Every prompt sent, for the opt-in prompt log. */
  readonly onPrompt?: (description: string, messages: readonly ChatMessage[]) => void;
}

export type WriteStatus = "completed" | "incomplete" | "cancelled";

/** Everything a surface needs to show, save or report one piece of written copy. */
export interface WriteOutcome<Draft> {
  readonly status: WriteStatus;
  readonly draft: Draft;
  /** The draft as the user sees it (job.render without a footer): what the checks read. */
  readonly copy: string;
  readonly result: GenerationResult;
  /** What the checks still find after the single rewrite (and the removals). Empty when cancelled. */
  readonly findings: readonly CopyFinding[];
  /** Sentences taken out after the rewrite because they still stated what the brief does not give. */
  readonly removed: readonly RemovedStatement[];
  /** The parts the draft lacks, when incomplete. */
  readonly missing: readonly string[];
  readonly attempts: number;
  /** Strings of the final draft that repeated the request (its JSON keys, its scaffolding), as written before they were taken out. */
  readonly leaked: readonly string[];
}

/**
 * The one path from a brief to checked copy, for every surface: the commands, the panel, catalog
 * runs, the command line and the benches. Writes the job, runs the checks on the finished draft,
 * and writes it again once, with what was found stated outright, when a check finds anything.
 * A sentence that still states what the brief does not give is then taken out where the copy
 * stays complete without it, and named in the outcome; what still remains is returned for the
 * caller to flag, never dropped silently.
 */
export async function writeCopy<Draft>(generator: CopyGenerator, job: WritingJob<Draft>, options: WriteOptions<Draft>): Promise<WriteOutcome<Draft>> {
  let mustAvoid: string[] | undefined;
  let writing = false;
  // A long profile, brand or list of facts is fitted to the context, never a reason to fail.
  const budget = generator.contextTokens === undefined ? undefined : promptBudget(generator.contextTokens, options.maxTokens);
  // Copy written for a marketplace is checked against its pack on every surface, whatever checks the surface brings.
  const checks = job.channelPack ? [...options.checks, channelPackCheck(job.channelPack)] : options.checks;
  const leakSource = job.promptLeakSource?.();
  for (let attempt = 1; ; attempt++) {
    const messages = job.buildMessages(options.guidance, mustAvoid, budget);
    options.onPrompt?.(`${job.label}${attempt > 1 ? ", retry" : ""}`, messages);
    const stream = new DraftStream(job);
    const result = await generator.generate(
      {
        messages,
        jsonSchema: job.jsonSchema,
        maxTokens: options.maxTokens,
        temperature: options.temperature,
        seed: options.seed,
        // Absent rather than undefined, so a request without one reads as it always did.
        ...(job.frequencyPenalty ? { frequencyPenalty: job.frequencyPenalty } : {}),
      },
      {
        priority: options.priority ?? "user",
        parallel: options.parallel,
        aheadOfItsPriority: attempt > 1,
        signal: options.signal,
        onLoading: options.onLoading,
        onText: (chunk) => {
          if (!writing) {
            writing = true;
            options.onWriting?.();
          }
          // Reading partial JSON on every chunk only serves a listener; the final text is read once below.
          if (options.onDraft) options.onDraft(stream.add(chunk), attempt);
        },
      },
    );
    // Scaffolding is never copy, so it goes before the checks read the draft, and drives no rewrite.
    const { draft: leakFree, leaked } = leakSource ? withoutPromptLeaks(stream.finalDraft(result.text), leakSource, job) : { draft: stream.finalDraft(result.text), leaked: [] };
    // Only now is the answer whole, so only now can a field be found too short or unfinished.
    const written = job.finishDraft ? job.finishDraft(leakFree) : leakFree;
    if (result.stopReason === "cancelled") return { status: "cancelled", draft: written, copy: job.render(written), result, findings: [], removed: [], missing: job.missing(written), attempts: attempt, leaked };
    const writtenCopy = job.render(written);
    const found = checks.flatMap((check) => check.check(writtenCopy));
    if (found.length > 0 && attempt === 1) {
      options.onRetry?.(found);
      mustAvoid = [...new Set(found.map((finding) => finding.rewriteNote))];
      continue;
    }
    const { draft: unbackedOut, removed } = found.length > 0 ? withoutUnbacked(written, checks, job) : { draft: written, removed: [] };
    // What was taken out can leave two paragraphs alike ("… material. Fitted a 15-inch laptop." after
    // "… material."), or one too short: the finished draft's own fixes run once more.
    const draft = removed.length > 0 && job.finishDraft ? job.finishDraft(unbackedOut) : unbackedOut;
    const copy = removed.length > 0 ? job.render(draft) : writtenCopy;
    const findings = removed.length > 0 ? checks.flatMap((check) => check.check(copy)) : found;
    const missing = job.missing(draft);
    return { status: missing.length > 0 ? "incomplete" : "completed", draft, copy, result, findings, removed, missing, attempts: attempt, leaked };
  }
}

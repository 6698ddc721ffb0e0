import type { ChatMessage } from "../../core/chat";
import { checkClaims, type ClaimFinding } from "../../core/claims/checkClaims";
import type { ClaimRule } from "../../core/claims/claimRule";
import type { EngineClient } from "../engineClient";
import type { GenerationResult, RequestPriority } from "../engineTypes";
import { DraftStream } from "./draftStream";
import type { StructuredJob } from "../../core/structuredJob";

export interface CheckedWriteOptions<Draft> {
  /** The industry profile's and brand voice's guidance for the system prompt. */
  readonly guidance: string;
  /** What the finished copy is checked against. */
  readonly rules: readonly ClaimRule[];
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
  /** The first draft broke rules and is being written again. */
  readonly onRetry?: (findings: readonly ClaimFinding[]) => void;
  /** Every prompt sent, for the opt-in prompt log. */
  readonly onPrompt?: (description: string, messages: readonly ChatMessage[]) => void;
}

export interface CheckedDraft<Draft> {
  readonly draft: Draft;
  readonly result: GenerationResult;
  /** Rules the final copy still breaks, after one rewrite. Empty when cancelled. */
  readonly findings: readonly ClaimFinding[];
  readonly attempts: number;
}

/**
 * Writes one structured piece of copy and checks it against the rules. Copy that breaks one is
 * written again once with the broken rules stated outright; what still breaks a rule is returned
 * in `findings` for the caller to flag, never dropped. Shared by the commands, the panel, catalog
 * runs and the command line, so they all write the same way.
 */
export async function writeChecked<Draft>(engine: EngineClient, job: StructuredJob<Draft>, options: CheckedWriteOptions<Draft>): Promise<CheckedDraft<Draft>> {
  let mustAvoid: string[] | undefined;
  let writing = false;
  const onFirstText = () => {
    if (writing) return;
    writing = true;
    options.onWriting?.();
  };
  for (let attempt = 1; ; attempt++) {
    const messages = job.buildMessages(options.guidance, mustAvoid);
    options.onPrompt?.(`${job.label}${attempt > 1 ? ", retry" : ""}`, messages);
    const stream = new DraftStream(job);
    const result = await engine.generate(
      { messages, jsonSchema: job.jsonSchema, maxTokens: options.maxTokens, temperature: options.temperature, seed: options.seed },
      {
        priority: options.priority ?? "user",
        parallel: options.parallel,
        signal: options.signal,
        onLoading: options.onLoading,
        // Reading partial JSON on every chunk only serves a listener; the final text is read once below.
        onText: (chunk) => {
          onFirstText();
          if (options.onDraft) options.onDraft(stream.add(chunk), attempt);
        },
      },
    );
    const draft = stream.finalDraft(result.text);
    const findings = result.stopReason === "cancelled" ? [] : checkClaims(job.render(draft), options.rules);
    if (findings.length > 0 && attempt === 1) {
      options.onRetry?.(findings);
      mustAvoid = [...new Set(findings.map((finding) => `"${finding.matchedText}": ${finding.reason}`))];
      continue;
    }
    return { draft, result, findings, attempts: attempt };
  }
}

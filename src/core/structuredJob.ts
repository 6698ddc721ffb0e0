import type { ChannelCopyPack } from "./channelPacks/channelCopyPack";
import type { ChatMessage } from "./chat";
import type { PromptBudget } from "./fitPrompt";
import type { JsonValue } from "./partialJson";
import type { PromptLeakSource } from "./text/promptLeaks";

/** A JSON schema the engine turns into a grammar; kept opaque here. */
export type StructuredJsonSchema = { readonly [key: string]: unknown };

/** One kind of structured copy: how to ask for it, read it, check it and show it. */
export interface StructuredJob<Draft> {
  /** What is being written, for progress, logs and messages ("product description"). */
  readonly label: string;
  /** The text retrieval ranks the approved examples against. */
  readonly briefText: string;
  /** The chat, fitted to `budget` (a 2048-token context with 1024 for the answer when not given). */
  readonly buildMessages: (guidance: string, mustAvoid: readonly string[] | undefined, budget?: PromptBudget) => ChatMessage[];
  readonly jsonSchema: StructuredJsonSchema;
  /** Picks the fields out of (partial) JSON and enforces the hard limits. */
  readonly toDraft: (value: JsonValue | undefined) => Draft;
  /**
   * What only a finished answer can show, applied once to the final draft after the request's
   * leaks are out: a streamed field is short while it is being written, so "too short" or
   * "unfinished" is only known at the end.
   */
  readonly finishDraft?: (draft: Draft) => Draft;
  /** What to keep when the model wrote no JSON at all (possible without a grammar). */
  readonly fromPlainText?: (text: string) => Draft;
  readonly render: (draft: Draft, footer?: string) => string;
  /** The parts the draft lacks, for an "incomplete" report. */
  readonly missing: (draft: Draft) => string[];
  /**
   * The string at `path` written only from the brief's own words, for a part that states what the
   * brief does not give and that the draft cannot lose; undefined where the brief has none.
   */
  readonly backedValue?: (draft: Draft, path: readonly (string | number)[]) => string | undefined;
  /**
   * What of the job's own request a draft must not repeat (its keys, its scaffolding's words), for
   * a job whose prompt holds no text the answer may copy; the writing path takes leaks out.
   */
  readonly promptLeakSource?: () => PromptLeakSource;
  /** A penalty on repeated words while the model writes (the engine's frequencyPenalty); none when absent. */
  readonly frequencyPenalty?: number;
  /** The marketplace pack the copy is written for: the writing path checks the rendered copy against it. */
  readonly channelPack?: ChannelCopyPack;
}

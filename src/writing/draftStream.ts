import { parsePartialJson } from "../core/partialJson";
import type { WritingJob } from "./writingJob";

/**
 * Turns streamed JSON into the newest best-effort draft, keeping the last good one on a parse
 * error; a plain-text job's draft is simply the text so far.
 */
export class DraftStream<Draft> {
  text = "";
  draft: Draft;

  constructor(private readonly job: WritingJob<Draft>) {
    this.draft = job.toDraft(undefined);
  }

  add(chunk: string): Draft {
    this.text += chunk;
    if (!this.job.jsonSchema && this.job.fromPlainText) return (this.draft = this.job.fromPlainText(this.text));
    try {
      this.draft = this.job.toDraft(parsePartialJson(this.text));
    } catch {
      // Not JSON (possible without a grammar): keep the last draft.
    }
    return this.draft;
  }

  finalDraft(finalText: string): Draft {
    this.text = finalText;
    if (!this.job.jsonSchema && this.job.fromPlainText) return (this.draft = this.job.fromPlainText(finalText));
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

import { maskMarkup } from "../core/claims/markupMask";
import { sentenceRemovalRange } from "../core/claims/sentenceRange";
import { promptLeaks, type PromptLeakSource } from "../core/text/promptLeaks";
import { withoutRanges } from "../core/text/withoutRanges";
import { stringPaths, valueAt, withValueAt } from "./draftPaths";
import type { WritingJob } from "./writingJob";

/**
 * The draft without what the model copied from its own request (promptLeaks): a sentence that
 * echoes the prompt goes, and a string goes from the sentence where JSON keys or punctuation begin
 * (the model has started the next field inside this one). A string left empty takes the brief's
 * own words where the job has them (`backedValue`), or is dropped, and the outcome reports a
 * missing part rather than ship scaffolding as copy. Returns the text taken out, for the record.
 */
export function withoutPromptLeaks<Draft>(draft: Draft, source: PromptLeakSource, job: Pick<WritingJob<Draft>, "backedValue">): { draft: Draft; leaked: string[] } {
  let current = draft;
  const leaked: string[] = [];
  // Last first: dropping an emptied list item then never shifts a path still to be read.
  for (const path of stringPaths(current).reverse()) {
    const text = valueAt(current, path) as string;
    const leaks = promptLeaks(text, source);
    if (leaks.length === 0) continue;
    const structure = leaks.find((leak) => leak.kind === "structure");
    // What comes before a key is kept up to its last finished sentence: "… the cold. metaDescription':…" keeps "… the cold."
    const before = structure === undefined ? text : text.slice(0, structure.start);
    const finished = structure === undefined ? before : before.slice(0, lastSentenceEnd(before));
    const masked = maskMarkup(finished);
    const echoes = leaks.filter((leak) => leak.kind === "echo" && leak.end <= finished.length);
    const kept = withoutRanges(finished, echoes.map((leak) => sentenceRemovalRange(finished, masked, leak.start, leak.end)));
    const backed = kept === "" ? job.backedValue?.(current, path) : undefined;
    const replacement = backed !== undefined && promptLeaks(backed, source).length === 0 ? backed : kept;
    current = withValueAt(current, path, replacement);
    leaked.unshift(text);
  }
  return { draft: current, leaked };
}

/** Where the last sentence that ends in `text` ends; 0 when none does. */
function lastSentenceEnd(text: string): number {
  const match = /[.!?…]["'”’)]*(?=\s|$)(?![\s\S]*[.!?…]["'”’)]*(?:\s|$))/u.exec(text);
  return match ? match.index + match[0].length : 0;
}

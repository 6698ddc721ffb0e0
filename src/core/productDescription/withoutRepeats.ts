import type { ProductBrief } from "../brief";
import { backedFromBrief } from "./backedFromBrief";
import type { ProductDescriptionDraft } from "./enforceLimits";
import { productDescriptionLimits as limits } from "./schema";
import { wordsOf } from "../scores/textStats";
import { endedProse } from "./trimProse";

/**
 * A bullet or paragraph that says again what an earlier one (or the tagline) said adds nothing a shopper can use,
 * nor does one without a word of three letters (a bullet "S." after "Sizes XL to S"), and a small model writes both often: SmolLM2-135M's eval descriptions held 71 repeated bullets in
 * 45, and whole paragraphs twice. A repeat gives way to a fact of the brief's that no bullet
 * states yet (backedFromBrief), or goes where enough remain; only a repeat that neither can fix
 * stays. A list is read once it is finished (the grammar has begun the next field), so a streamed
 * preview does not flicker while a repeat is still being written.
 */
export function withoutRepeats(draft: ProductDescriptionDraft, brief: ProductBrief): ProductDescriptionDraft {
  let result = draft;
  const tagline = draft.tagline === undefined ? [] : [draft.tagline];
  if (draft.bullets && draft.body !== undefined) result = { ...result, bullets: distinct(result, brief, "bullets", limits.minBullets, tagline) };
  if (draft.body && draft.seoTitle !== undefined) result = { ...result, body: distinct(result, brief, "body", limits.paragraphs, [...tagline, ...(result.bullets ?? [])]) };
  return result;
}

/** `said`: what the description said before this list, which an item repeats as much as an earlier item. */
function distinct(draft: ProductDescriptionDraft, brief: ProductBrief, field: "bullets" | "body", minimum: number, said: readonly string[]): string[] {
  const items = [...(draft[field] ?? [])];
  for (let index = 0; index < items.length; index++) {
    const earlier = new Set([...said, ...items.slice(0, index)].map(comparable));
    if (!earlier.has(comparable(items[index]!)) && saysSomething(items[index]!)) continue;
    const backed = backedFromBrief(brief, { ...draft, [field]: items }, [field, index]);
    if (backed !== undefined && !earlier.has(comparable(backed))) items[index] = backed;
    else if (items.length > minimum) items.splice(index--, 1);
  }
  return items;
}

/**
 * Prose fields a finished draft left unfinished. A paragraph or meta description the model ended
 * in mid-sentence ("It is a well-luc") ends at its last sentence or clause (endedProse). One of
 * fewer than three words ("A sturdy.") is what a small model's loop leaves once the loop is cut off
 * (../text/endBeforeLoop.ts), and it is no description: it gives way to the brief's own words
 * (backedFromBrief), or a paragraph goes where enough remain; the rest stays, to be reported.
 */
export function withoutFragments(draft: ProductDescriptionDraft, brief: ProductBrief): ProductDescriptionDraft {
  let result: ProductDescriptionDraft = { ...draft, ...(draft.body ? { body: draft.body.map(endedProse) } : {}), ...(draft.metaDescription ? { metaDescription: endedProse(draft.metaDescription) } : {}) };
  if (result.body) {
    const body = [...result.body];
    for (let index = 0; index < body.length; index++) {
      if (!isFragment(body[index]!)) continue;
      const backed = backedFromBrief(brief, { ...result, body }, ["body", index]);
      if (backed !== undefined && !body.some((paragraph, at) => at !== index && comparable(paragraph) === comparable(backed))) body[index] = backed;
      else if (body.length > limits.paragraphs) body.splice(index--, 1);
    }
    result = { ...result, body };
  }
  if (result.metaDescription !== undefined && isFragment(result.metaDescription)) {
    const backed = backedFromBrief(brief, result, ["metaDescription"]);
    if (backed !== undefined) result = { ...result, metaDescription: backed };
  }
  return result;
}

const fewestProseWords = 3;

function isFragment(text: string): boolean {
  return text.trim().length > 0 && wordsOf(text).length < fewestProseWords;
}

function saysSomething(text: string): boolean {
  return /\p{L}{3}/u.test(text);
}

/** Case, spacing and end punctuation do not make a sentence say something new. */
function comparable(text: string): string {
  return text.toLocaleLowerCase().replace(/\s+/g, " ").replace(/[\s.!?…]+$/u, "").trim();
}

import { checkClaims, type ClaimFinding, type ClaimRule } from "../claims/checkClaims";

export interface GateOptions {
  /** Keep going past the end of the line (tailor.inlineCompletions.multiline). */
  readonly multiline: boolean;
  /** The model stopped because it reached maxTokens, so its last word may be cut. */
  readonly hitTokenLimit: boolean;
}

/**
 * Shapes what the model wrote into a suggestion worth showing, or undefined:
 * - it continues from the cursor, inside a word or after a space, without doubling the space;
 * - it stops at the end of the sentence or the line (unless multiline);
 * - a word cut by the token limit is dropped;
 * - it is never only whitespace, and never repeats the text just before the cursor.
 */
export function gateCompletion(textBeforeCursor: string, raw: string, options: GateOptions): string | undefined {
  let text = raw.replace(/\r/g, "");
  const cursorAfterSpace = textBeforeCursor.length === 0 || /\s$/.test(textBeforeCursor);
  if (cursorAfterSpace) text = text.replace(/^[ \t]+/, "");
  text = withoutEcho(textBeforeCursor, text, cursorAfterSpace);

  if (!options.multiline) {
    const newline = text.indexOf("\n");
    if (newline === 0) return undefined;
    if (newline > 0) text = text.slice(0, newline);
  }
  // The end of the first sentence, keeping its closing punctuation and quote.
  const sentenceEnd = /[.!?]["'”’)]?(?=\s|$)/.exec(text);
  if (sentenceEnd) text = text.slice(0, sentenceEnd.index + sentenceEnd[0].length);
  else if (options.hitTokenLimit) {
    const lastSpace = text.search(/\s\S*$/);
    if (lastSpace > 0) text = text.slice(0, lastSpace);
    // One word, and the cut one: after a space, or a new word (" breathab") after a word.
    else if (cursorAfterSpace || lastSpace === 0) return undefined;
  }
  text = text.replace(/\s+$/, "");
  if (text.trim().length === 0) return undefined;
  if (repeatsRecentText(textBeforeCursor, text)) return undefined;
  return text;
}

/**
 * Small models often start by writing again the words just before the cursor ("Soft cotton " →
 * "Soft cotton shirt…"). The longest such echo (whole words, at least 6 characters) is cut off.
 * The space after it stays when the cursor is right after a word: it separates that word from
 * the next ("light and" + "light and breathable" → " breathable").
 */
function withoutEcho(textBeforeCursor: string, suggestion: string, cursorAfterSpace: boolean): string {
  const tail = textBeforeCursor.trimEnd();
  const words = suggestion.replace(/^[ \t]+/, "");
  const lowerWords = words.toLowerCase();
  for (let length = Math.min(tail.length, words.length, 300); length >= 6; length--) {
    const start = tail.length - length;
    if (start > 0 && !/\s/.test(tail[start - 1])) continue;
    if (!lowerWords.startsWith(tail.slice(start).toLowerCase())) continue;
    const rest = words.slice(length);
    if (rest.length > 0 && !/^\s/.test(rest)) continue;
    return cursorAfterSpace ? rest.replace(/^[ \t]+/, "") : rest;
  }
  return suggestion;
}

/** A suggestion that only says again what the last lines already say is noise. */
function repeatsRecentText(textBeforeCursor: string, suggestion: string): boolean {
  const normalized = suggestion.trim().toLowerCase();
  if (normalized.length < 8) return false;
  return textBeforeCursor.slice(-2000).toLowerCase().includes(normalized);
}

/** Enough of the text before the cursor to hold the sentence and paragraph a suggestion completes. */
const claimContextChars = 600;

/**
 * The claim a suggestion would write, if any: a finding of `rules` that ends inside the suggested
 * words, once they follow the text before the cursor. Ghost text is offered for one keystroke to
 * accept, so Tailor never offers a claim, even one the user's own words began; a claim the user
 * finished writing before the cursor is the diagnostics' business, not a reason to stay silent.
 */
export function claimInSuggestion(textBeforeCursor: string, suggestion: string, rules: readonly ClaimRule[]): ClaimFinding | undefined {
  const context = textBeforeCursor.slice(-claimContextChars);
  return checkClaims(context + suggestion, rules).find((finding) => finding.end > context.length);
}

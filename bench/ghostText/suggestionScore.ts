import type { CutKind } from "./prefixes";

/** How one suggestion, as the completion gates let it through, reads after its prefix. */
export interface SuggestionScore {
  /** The gates let a suggestion through at all. */
  readonly offered: boolean;
  /** Reads as the sentence going on: a plausible first word, no restart, no markup or stray lines. */
  readonly continues: boolean;
  /** Says again three or more words in a row from the text before the cursor. */
  readonly echoes: boolean;
  /** Ends at a sentence or clause end (. ! ? , ; :) rather than mid-phrase. */
  readonly stopsAtEnd: boolean;
  /** The boundary is right for the cut: a space before a new word, none doubled, none inside a word. */
  readonly spacingRight: boolean;
}

const markup = /[#*_`<>|[\]{}\\]|https?:|\n/;
const wordsOf = (text: string): string[] => text.toLowerCase().match(/[a-z0-9'’-]+/g) ?? [];

/**
 * A simple reader's check of a ghost-text suggestion. It cannot judge grammar fully; it catches
 * what makes a suggestion useless at a glance: a capitalised restart in mid-sentence, a
 * lower-case start after a full stop, markup or a new line, mostly symbols, an echo.
 */
export function scoreSuggestion(before: string, cut: CutKind, suggestion: string | undefined): SuggestionScore {
  if (suggestion === undefined || suggestion.trim().length === 0) {
    return { offered: false, continues: false, echoes: false, stopsAtEnd: false, spacingRight: false };
  }
  const words = suggestion.trimStart();
  const wordCharacters = words.replace(/[^\p{L}\p{N}]/gu, "").length;
  const visible = words.replace(/\s/g, "").length;
  const firstWord = /^\S+/.exec(words)?.[0] ?? "";
  const capitalised = /^\p{Lu}/u.test(firstWord) && firstWord !== "I";
  // A new sentence may open with a figure or a quote as well as a capital.
  const startsRight = cut === "sentenceEnd" ? capitalised || /^[\p{N}"“'‘(]/u.test(words) : cut === "midWord" ? /^\p{Ll}/u.test(suggestion) : !capitalised;
  return {
    offered: true,
    continues: startsRight && !markup.test(suggestion) && wordCharacters >= visible * 0.6,
    echoes: echoes(before, suggestion),
    stopsAtEnd: /[.!?,;:]["'”’)]?$/.test(suggestion.trimEnd()),
    spacingRight: spacingRight(cut, suggestion),
  };
}

function spacingRight(cut: CutKind, suggestion: string): boolean {
  switch (cut) {
    case "wordEnd":
      // A new word needs a space; punctuation may follow the word directly.
      return /^(\s\S|[,.;:!?)'’"”-])/.test(suggestion);
    case "midWord":
      return /^\p{L}/u.test(suggestion);
    case "afterSpace":
    case "sentenceEnd":
      return /^\S/.test(suggestion);
  }
}

function echoes(before: string, suggestion: string): boolean {
  const earlier = ` ${wordsOf(before.slice(-400)).join(" ")} `;
  const said = wordsOf(suggestion);
  for (let i = 0; i + 3 <= said.length; i++) {
    if (earlier.includes(` ${said.slice(i, i + 3).join(" ")} `)) return true;
  }
  return false;
}

/** Where a clause ends: a sentence mark, a semicolon or colon, a bracket, or a line break. */
const clauseBreak = /[.!?;:()\n\u2022]/;

/** Up to `count` lowercase words before `offset`, nearest last, without crossing a clause break. */
export function wordsBefore(text: string, offset: number, count: number): string[] {
  let start = offset;
  while (start > 0 && !isBreakAt(text, start - 1)) start--;
  return words(text.slice(start, offset)).slice(-count);
}

/** Up to `count` lowercase words after `offset`, without crossing a clause break. */
export function wordsAfter(text: string, offset: number, count: number): string[] {
  let end = offset;
  while (end < text.length && !isBreakAt(text, end)) end++;
  return words(text.slice(offset, end)).slice(0, count);
}

/** Whether `offset` starts a sentence, a line or a list item: nothing but markers and blanks before it. */
export function startsSentence(text: string, offset: number): boolean {
  for (let i = offset - 1; i >= 0; i--) {
    const char = text[i];
    if (/[.!?\n]/.test(char)) return true;
    if (!/[\s*_#>\-•"'“‘(\d]/.test(char)) return false;
  }
  return true;
}

export function words(text: string): string[] {
  return text.toLowerCase().match(/[\p{L}\p{N}][\p{L}\p{N}'’]*(?:-[\p{L}\p{N}]+)*|[%#$€£]/gu) ?? [];
}

// A full stop between digits ("5.5") or after an abbreviation letter ("U.S.") does not end a clause.
function isBreakAt(text: string, index: number): boolean {
  const char = text[index];
  if (!clauseBreak.test(char)) return false;
  if (char === "." && /\d/.test(text[index - 1] ?? "") && /\d/.test(text[index + 1] ?? "")) return false;
  if (char === ":" && /\d/.test(text[index - 1] ?? "") && /\d/.test(text[index + 1] ?? "")) return false;
  return true;
}

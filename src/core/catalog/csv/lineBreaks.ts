/**
 * Counts line breaks the way editors number lines (CRLF, LF and a lone CR each end one), so a
 * line number in a message matches the one the user sees.
 */
export function countLineBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const char = text.charCodeAt(i);
    if (char === 0x0a) count++;
    else if (char === 0x0d && text.charCodeAt(i + 1) !== 0x0a) count++;
  }
  return count;
}

/** The 1-based line on which `offset` (a string index) of `text` lies. */
export function lineAt(text: string, offset: number): number {
  return countLineBreaks(text.slice(0, offset)) + 1;
}

/**
 * The text before the cursor that a ghost-text request sends, bounded in length. Its start moves
 * in whole blocks, not with every keystroke: the model's cache keeps the longest matching start
 * of the previous prompt, so a start that slid by one character would throw the cache away on
 * every key. Within a block, consecutive prompts only grow at the end.
 */
export function promptWindow(textBeforeCursor: string, maxChars: number, blockChars = 1024): string {
  if (textBeforeCursor.length <= maxChars) return textBeforeCursor;
  const overflow = textBeforeCursor.length - maxChars;
  let start = Math.ceil(overflow / blockChars) * blockChars;
  // Begin at a line start if one is near, so the model does not see half a sentence first.
  const nextLine = textBeforeCursor.indexOf("\n", start);
  if (nextLine >= 0 && nextLine - start < 200 && nextLine + 1 < textBeforeCursor.length) start = nextLine + 1;
  return textBeforeCursor.slice(start);
}

/** Whether the cursor sits inside a fenced code block of a Markdown document. */
export function insideMarkdownCodeBlock(textBeforeCursor: string): boolean {
  let open = false;
  for (const line of textBeforeCursor.split("\n")) {
    if (/^\s{0,3}(```|~~~)/.test(line)) open = !open;
  }
  return open;
}

/**
 * A stretch of the masked document that a claim cannot run past: a paragraph, a list item, a
 * heading, a quote line or a table row. `text` is the block with the line break on either side of
 * it, so that a look-behind or look-ahead at its edge sees what it would see in the whole document.
 */
export interface ProseBlock {
  /** Offset of `text` in the document. */
  readonly start: number;
  readonly text: string;
}

// A line that opens a block of its own: a list item, a heading, a quote, a table row.
const blockOpening = /^[ \t]*(?:[-*+•][ \t]|\d{1,9}[.)][ \t]|#|>|\|)/;

/**
 * The blocks of `masked` (maskMarkup's output, in which block-level HTML tags are line breaks), in
 * order, without blank lines. A paragraph wrapped over several lines stays one block, so a claim
 * broken by a soft line break is still read whole.
 */
export function proseBlocks(masked: string): ProseBlock[] {
  const blocks: ProseBlock[] = [];
  let blockStart = -1;
  let blockEnd = 0;
  const close = () => {
    if (blockStart === -1) return;
    const start = Math.max(0, blockStart - 1);
    blocks.push({ start, text: masked.slice(start, Math.min(masked.length, blockEnd + 1)) });
    blockStart = -1;
  };
  for (let lineStart = 0; lineStart <= masked.length; ) {
    const newline = masked.indexOf("\n", lineStart);
    const lineEnd = newline === -1 ? masked.length : newline;
    const line = masked.slice(lineStart, lineEnd);
    if (line.trim() === "") close();
    else {
      if (blockOpening.test(line)) close();
      if (blockStart === -1) blockStart = lineStart;
      blockEnd = lineEnd;
    }
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  close();
  return blocks;
}

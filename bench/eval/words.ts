/** The words of a text: runs of letters and digits, apostrophes and inner hyphens kept. */
export function words(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? [];
}

/** The sentences of a text, split after ., ! or ? and at line ends. */
export function sentences(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+|\n+/u)
    .map((sentence) => sentence.trim())
    .filter((sentence) => words(sentence).length > 0);
}

import type { TextSpan } from "../groundingFinding";

const wordPattern = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

/**
 * Where the copy names the product itself: two or more consecutive words of its name ("the Echo
 * Bar" for "Echo Bar 2.1 Soundbar"). A platform or brand inside those words is the product's
 * own name, not something it works with.
 */
export function productNameMentions(text: string, name: string): TextSpan[] {
  const nameWords = (name.match(wordPattern) ?? []).map((word) => word.toLowerCase());
  if (nameWords.length < 2) return [];
  const copyWords = [...text.matchAll(wordPattern)];
  const mentions: TextSpan[] = [];
  for (let index = 0; index < copyWords.length; index++) {
    let longest = 0;
    for (let from = 0; from < nameWords.length; from++) {
      let length = 0;
      while (index + length < copyWords.length && from + length < nameWords.length && copyWords[index + length][0].toLowerCase() === nameWords[from + length]) length++;
      longest = Math.max(longest, length);
    }
    if (longest < 2) continue;
    const start = copyWords[index].index;
    const last = copyWords[index + longest - 1];
    const end = last.index + last[0].length;
    mentions.push({ start, end, text: text.slice(start, end) });
    index += longest - 1;
  }
  return mentions;
}

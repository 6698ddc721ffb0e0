/** Words cut text must not end on: "Merino Sock for" reads as broken, "Merino Sock" does not. */
const danglingWords = new Set("a an and at by for from in into of on or the to with & +".split(" "));

/** `text` without the words and punctuation a cut leaves hanging at its end. */
export function withoutDanglingEnd(text: string): string {
  const words = text.replace(/[\s,;:\-–—(&/]+$/u, "").split(" ");
  while (words.length > 1 && danglingWords.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(" ").replace(/[\s,;:\-–—(&/]+$/u, "");
}

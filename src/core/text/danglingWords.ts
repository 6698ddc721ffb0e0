/**
 * Words cut text must not end on: "Merino Sock for" reads as broken, "Merino Sock" does not; nor
 * does a clause a loop's cut left open ("…recycled nylon fabric that.", from the demo's sock).
 */
const danglingWords = new Set("a an and at by for from in into of on or the to with & + that which who whose whom where while because but than your their our its is are was were has have".split(" "));

/** `text` without the words and punctuation a cut leaves hanging at its end. */
export function withoutDanglingEnd(text: string): string {
  const words = text.replace(/[\s,;:\-–—(&/]+$/u, "").split(" ");
  while (words.length > 1 && danglingWords.has(words[words.length - 1]!.toLowerCase())) words.pop();
  return words.join(" ").replace(/[\s,;:\-–—(&/]+$/u, "");
}

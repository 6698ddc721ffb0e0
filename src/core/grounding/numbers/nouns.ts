/** Whether two words name the same thing, singular or plural ("pockets", "pocket"). */
export function sameNoun(a: string, b: string): boolean {
  return singular(a) === singular(b);
}

export function singular(word: string): string {
  if (/ies$/.test(word)) return word.replace(/ies$/, "y");
  if (/(?:s|x|ch|sh|z)es$/.test(word)) return word.replace(/es$/, "");
  return word.replace(/s$/, "");
}

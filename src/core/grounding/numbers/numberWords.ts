/** Cardinal number words, and the words that scale them. */
export const unitNumberWords: ReadonlyMap<string, number> = new Map([
  ["one", 1], ["two", 2], ["three", 3], ["four", 4], ["five", 5], ["six", 6], ["seven", 7], ["eight", 8], ["nine", 9], ["ten", 10],
  ["eleven", 11], ["twelve", 12], ["thirteen", 13], ["fourteen", 14], ["fifteen", 15], ["sixteen", 16], ["seventeen", 17], ["eighteen", 18],
  ["nineteen", 19], ["twenty", 20], ["thirty", 30], ["forty", 40], ["fifty", 50], ["sixty", 60], ["seventy", 70], ["eighty", 80], ["ninety", 90],
  ["dozen", 12], ["a dozen", 12], ["half a dozen", 6], ["half", 0.5], ["a half", 0.5], ["a quarter", 0.25], ["quarter", 0.25],
  ["a pair of", 2], ["pair of", 2], ["a trio of", 3], ["trio of", 3], ["a duo of", 2], ["duo of", 2], ["a quartet of", 4], ["quartet of", 4], ["a pair", 2], ["twice", 2], ["double", 2], ["triple", 3], ["single", 1],
]);

export const scaleWords: ReadonlyMap<string, number> = new Map([
  ["hundred", 100], ["thousand", 1_000], ["million", 1_000_000], ["billion", 1_000_000_000], ["trillion", 1_000_000_000_000],
]);

/** "twenty-five", "five hundred", "fifty billion", "a dozen": the value, or undefined when the words are not a number. */
export function numberFromWords(text: string): number | undefined {
  // "Three and a half": the whole number and a half.
  const andAHalf = /^(.+?)\s+and\s+a\s+half$/i.exec(text.trim());
  if (andAHalf) {
    const whole = numberFromWords(andAHalf[1]);
    return whole === undefined ? undefined : whole + 0.5;
  }
  const parts = text.toLowerCase().replace(/\band\b/g, " ").split(/[\s-]+/).filter(Boolean);
  const joined = parts.join(" ");
  const whole = unitNumberWords.get(joined);
  if (whole !== undefined) return whole;
  let total = 0;
  let current = 0;
  let seen = false;
  for (const part of parts) {
    const unit = unitNumberWords.get(part);
    const scale = scaleWords.get(part);
    if (unit !== undefined && unit >= 1 && Number.isInteger(unit) && part !== "dozen" && part !== "single") {
      current += unit;
      seen = true;
    } else if (part === "dozen" && seen) {
      // "Two dozen" is 24: after a number, "dozen" multiplies as a scale word does.
      current *= 12;
    } else if (scale !== undefined && seen) {
      if (scale === 100) current *= 100;
      else {
        total += current * scale;
        current = 0;
      }
    } else return undefined;
  }
  return seen ? total + current : undefined;
}

/** A number as written in copy, where it stands. */
export interface NumberInText {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** Comparable across languages: "1,5" and "1.5", "1,500" and "1.500" read the same. */
  readonly value: string;
}

export function numbersIn(text: string): NumberInText[] {
  return [...text.matchAll(/\d+(?:[.,\u00a0\u202f ]\d+)*/g)].map((match) => ({
    text: match[0],
    start: match.index,
    end: match.index + match[0].length,
    value: match[0].replace(/[\u00a0\u202f ]/g, "").replace(/,/g, "."),
  }));
}

export interface NumberChanges {
  /** Numbers the source has and the translation lacks. */
  readonly missing: readonly string[];
  /** Numbers in the translation that the source does not have: changed, or made up. */
  readonly added: readonly NumberInText[];
}

/**
 * What a translation did to the source's numbers. A translation may move the decimal comma, but
 * every value must stay: a changed capacity or a lost warranty period is a wrong fact.
 */
export function numberChanges(source: string, translation: string): NumberChanges {
  const sourceNumbers = numbersIn(source);
  const translated = numbersIn(translation);
  const sourceValues = new Set(sourceNumbers.map((number) => number.value));
  const translatedValues = new Set(translated.map((number) => number.value));
  const missing = [...new Set(sourceNumbers.filter((number) => !translatedValues.has(number.value)).map((number) => number.text))];
  return { missing, added: translated.filter((number) => !sourceValues.has(number.value)) };
}

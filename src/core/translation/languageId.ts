import { wordsOf } from "../scores/textStats";

/** The languages whose copy can be told apart by its function words. */
export const languageIds = ["en", "de", "fr", "es", "it", "nl"] as const;
export type LanguageId = (typeof languageIds)[number];

// The commonest function words of each language: enough to tell a paragraph's language apart,
// and words that rarely stand in another language's copy.
const stopwords: Readonly<Record<LanguageId, ReadonlySet<string>>> = {
  en: new Set("the and of to a in is for with that it on you your this are as be by or from at our".split(" ")),
  de: new Set("der die das und ist mit für von den ein eine zu im nicht auf sie es dem des sich auch ihre ihr".split(" ")),
  fr: new Set("le la les et des est pour avec un une du en que qui dans vous votre sur au aux ce pas".split(" ")),
  es: new Set("el la los las y de es para con un una del en que por su sus se al más lo".split(" ")),
  it: new Set("il lo la gli le e di è per con un una del della che in si al nel sono più".split(" ")),
  nl: new Set("de het een en van is voor met op te dat zijn in je uw niet ook bij aan".split(" ")),
};

/** The language whose function words the text uses most; undefined for text with none of them. */
export function identifyLanguage(text: string): LanguageId | undefined {
  const tokens = wordsOf(text).map((word) => word.toLowerCase());
  let best: LanguageId | undefined;
  let bestHits = 0;
  for (const language of languageIds) {
    const hits = tokens.filter((token) => stopwords[language].has(token)).length;
    if (hits > bestHits) [best, bestHits] = [language, hits];
  }
  return best;
}

import * as assert from "node:assert/strict";
import { englishSyllables } from "../../../src/core/scores/englishSyllables";
import { syllablesIn } from "../../../src/core/scores/languageSyllables";

const counts = (words: Record<string, number>, count: (word: string) => number) => {
  for (const [word, expected] of Object.entries(words)) assert.equal(count(word), expected, word);
};

describe("syllable counters", () => {
  it("counts English vowel groups, with silent e, -le, -ed and -es", () => {
    counts(
      {
        soft: 1,
        merino: 3,
        winter: 2,
        make: 1, // silent e
        makes: 1, // -es after k is silent
        boxes: 2, // -es after x is spoken
        pages: 2, // -es after g is spoken
        table: 2, // consonant + le is a syllable
        whole: 1, // vowel + le is not
        jumped: 1, // -ed after p is silent
        wanted: 2, // -ed after t is spoken
        freed: 1,
        batteries: 3,
        safely: 2,
        movement: 2,
        yellow: 2, // a first y is a consonant
        styled: 1,
      },
      englishSyllables,
    );
  });

  it("takes listed exceptions over the rules, and counts a number as one syllable", () => {
    counts({ recipe: 3, create: 2, idea: 3, business: 2, "2024": 1, "Socks’s": 1 }, englishSyllables);
    // A word that names an object property is a word like any other.
    counts({ constructor: 3, toString: 2 }, englishSyllables);
  });

  it("counts German vowel groups, diphthongs and umlauts included", () => {
    counts({ Merinowolle: 5, weichen: 2, Füße: 2, Bäume: 2, heute: 2, trocknen: 2, schnell: 1 }, (word) => syllablesIn(word, "de"));
  });

  it("splits Spanish and Italian hiatus, and drops the French mute e", () => {
    counts({ poeta: 3, lee: 2, día: 2, tienen: 2, calcetines: 4 }, (word) => syllablesIn(word, "es"));
    counts({ poeta: 3, divano: 3, gatto: 2, piede: 2 }, (word) => syllablesIn(word, "it"));
    counts({ table: 1, robes: 1, belle: 1, chaussettes: 2, douce: 1, laine: 1 }, (word) => syllablesIn(word, "fr"));
  });
});

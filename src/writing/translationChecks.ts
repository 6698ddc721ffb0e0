import { identifyLanguage, languageIds } from "../core/translation/languageId";
import { languageName } from "../core/translation/languages";
import { numberChanges } from "../core/translation/keptNumbers";
import { lostTerms } from "../core/translation/keptTerms";
import type { CopyCheck } from "./copyChecks";

/**
 * The source's numbers as a check on a translation: a number it lost, or one it changed or made
 * up, is written again once and then flagged. The facts' numbers are the same in every language.
 */
export function keptNumbersCheck(source: string): CopyCheck {
  return {
    name: "numbers",
    check: (copy) => {
      const changes = numberChanges(source, copy);
      return [
        ...changes.missing.map((number) => ({
          check: "numbers",
          id: "number-missing",
          start: 0,
          end: 0,
          text: number,
          reason: `The source says ${number}; the translation lost it.`,
          rewriteNote: `keep the number ${number} exactly as the source writes it`,
        })),
        ...changes.added.map((number) => ({
          check: "numbers",
          id: "number-changed",
          start: number.start,
          end: number.end,
          text: number.text,
          reason: `The source has no ${number.text}: a changed or made-up number.`,
          rewriteNote: `"${number.text}" is not in the source; write only the source's numbers`,
        })),
      ];
    },
  };
}

/** The glossary's "do not translate" terms as a check: each one the source uses stays, letter for letter. */
export function keptTermsCheck(source: string, terms: readonly string[]): CopyCheck {
  return {
    name: "glossary",
    check: (copy) =>
      lostTerms(source, copy, terms).map(({ term }) => ({
        check: "glossary",
        id: "term-translated",
        start: 0,
        end: 0,
        text: term,
        reason: `"${term}" is marked "do not translate" in the brand glossary, and the translation lost it.`,
        rewriteNote: `write "${term}" exactly as it is, untranslated`,
      })),
  };
}

/**
 * The target language as a check: copy whose function words are another language's (a small
 * model often hands the English back unchanged) is written again once, then flagged. Languages
 * the identifier does not know are not checked.
 */
export function inLanguageCheck(language: string): CopyCheck {
  return {
    name: "language",
    check: (copy) => {
      if (!(languageIds as readonly string[]).includes(language)) return [];
      const found = identifyLanguage(copy);
      if (found === undefined || found === language) return [];
      return [
        {
          check: "language",
          id: "wrong-language",
          start: 0,
          end: 0,
          text: languageName(found),
          reason: `The translation reads as ${languageName(found)}, not ${languageName(language)}.`,
          rewriteNote: `the answer was in ${languageName(found)}; write every value in ${languageName(language)}`,
        },
      ];
    },
  };
}

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

/** A glossary term the translation must carry unchanged, and did not. */
export interface LostTerm {
  readonly term: string;
}

/**
 * The brand's "do not translate" terms (product lines, trademarks) the translation lost: each one
 * the source uses must stand, in the same letters, in the translation.
 */
export function lostTerms(source: string, translation: string, terms: readonly string[]): LostTerm[] {
  return terms.filter((term) => containsTerm(source, term) && !containsTerm(translation, term)).map((term) => ({ term }));
}

function containsTerm(text: string, term: string): boolean {
  const escaped = term.trim().replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return escaped.length > 0 && new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?![\\p{L}\\p{N}])`, "u").test(text);
}

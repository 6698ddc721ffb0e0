/**
 * A text reduced to its words for "does it say this?" lookups: lowercase, every run of other
 * characters one space, padded so that a phrase only matches whole words.
 */
export class Wording {
  private readonly spaced: string;
  private readonly squashed: string;

  constructor(readonly text: string) {
    this.spaced = spacedWords(text);
    this.squashed = this.spaced.replace(/ /g, "");
  }

  /** Whether the text says `phrase`, hyphens and spaces aside ("water-resistant", "water resistant", "waterresistant"). */
  says(phrase: string): boolean {
    const words = spacedWords(phrase);
    if (words.trim().length === 0) return false;
    if (this.spaced.includes(words)) return true;
    const squashed = words.replace(/ /g, "");
    return squashed.length >= 6 && this.squashed.includes(squashed);
  }

  /** The first of `phrases` the text says, as the text writes it. */
  quote(phrases: readonly string[]): string | undefined {
    for (const phrase of phrases) {
      if (!this.says(phrase)) continue;
      const pattern = new RegExp(phrase.trim().split(/[^\p{L}\p{N}%+]+/u).filter(Boolean).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("[^\\p{L}\\p{N}]*"), "iu");
      return pattern.exec(this.text)?.[0] ?? phrase;
    }
    return undefined;
  }
}

function spacedWords(text: string): string {
  return ` ${text.toLowerCase().replace(/[^\p{L}\p{N}%+]+/gu, " ").trim()} `;
}

/**
 * A text reduced to its words for "does it say this?" lookups: lowercase, every run of other
 * characters one space, padded so that a phrase only matches whole words.
 */
export class Wording {
  private readonly spaced: string;
  private readonly squashed: string;

  /** `restated`: what the text says in other words ("fully taped seams" for "Seams: Fully taped"), looked up but never quoted. */
  constructor(readonly text: string, restated = "") {
    this.spaced = spacedWords(restated.length > 0 ? `${text}\n${restated}` : text);
    this.squashed = this.spaced.replace(/ /g, "");
  }

  /**
   * Whether the text says `phrase`, hyphens and spaces aside ("water-resistant", "water resistant", "waterresistant").
   * `whole`: the phrase written without spaces must still start and end where words do ("EC Class I" is not in "EC Class II").
   */
  says(phrase: string, whole = false): boolean {
    const words = spacedWords(phrase);
    if (words.trim().length === 0) return false;
    if (this.spaced.includes(words)) return true;
    const squashed = words.replace(/ /g, "");
    if (squashed.length < 6) return false;
    if (!whole) return this.squashed.includes(squashed);
    // Each letter of the phrase, a space allowed after it, between two spaces of the padded text.
    return new RegExp(` ${squashed.split("").map((char) => `${char.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} ?`).join("")}(?<= )`, "u").test(this.spaced);
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

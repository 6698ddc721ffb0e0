/** One entry of a lexicon: the names it goes by, and what a match stands for. */
export interface LexiconEntry<T> {
  readonly forms: readonly string[];
  readonly value: T;
}

export interface PhraseMatch<T> {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  readonly value: T;
}

export interface PhraseMatcherOptions {
  /** Match every form with case ("Turkey" the country, not "turkey" the meat). Otherwise only forms written with a capital are. */
  readonly caseSensitive?: boolean;
  /** Let the last word take a plural ending ("almonds", "berries"). */
  readonly plural?: boolean;
}

// A phrase stops at a word's edge, and a hyphenated word ("stone-washed") is one word, except
// where the hyphen adds a qualifier the phrase is still the head of ("GOTS-certified", "Swiss-made").
const hyphenSuffixes = "certified|approved|compliant|listed|registered|rated|verified|tested|compatible|ready|enabled|made|crafted|designed|built|sourced|grown|inspired|style|styled|blend|blended|rich|lined|trimmed|covered|coated|backed|tipped|topped|wrapped|infused|based";
const before = String.raw`(?<![\p{L}\p{N}]|[\p{L}\p{N}][-‐])`;
const after = String.raw`(?![\p{L}\p{N}]|[-‐](?!(?:${hyphenSuffixes})(?![\p{L}]))[\p{L}\p{N}])`;

/**
 * Finds the longest lexicon phrases in a text. Spaces and hyphens inside a phrase are
 * interchangeable ("water resistant", "water-resistant"), and may be left out ("SOC2").
 */
export class PhraseMatcher<T> {
  private readonly patterns: RegExp[] = [];
  private readonly byKey = new Map<string, T>();

  constructor(entries: readonly LexiconEntry<T>[], private readonly options: PhraseMatcherOptions = {}) {
    const exact: string[] = [];
    const folded: string[] = [];
    for (const entry of entries) {
      for (const form of entry.forms) {
        const key = phraseKey(form);
        if (key.length === 0) continue;
        if (!this.byKey.has(key)) this.byKey.set(key, entry.value);
        (options.caseSensitive || /\p{Lu}/u.test(form) ? exact : folded).push(form);
      }
    }
    const source = (forms: string[]) =>
      `${before}(?:${[...new Set(forms)].sort((a, b) => b.length - a.length).map((form) => this.formPattern(form)).join("|")})${after}`;
    if (exact.length > 0) this.patterns.push(new RegExp(source(exact), "gu"));
    if (folded.length > 0) this.patterns.push(new RegExp(source(folded), "giu"));
  }

  /** Longest matches first; a match never overlaps another. */
  find(text: string): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (const pattern of this.patterns) {
      for (const match of text.matchAll(pattern)) {
        const value = this.lookup(match[0]);
        if (value !== undefined) found.push({ start: match.index, end: match.index + match[0].length, text: match[0], value });
      }
    }
    found.sort((a, b) => a.start - b.start || b.end - a.end);
    const kept: PhraseMatch<T>[] = [];
    for (const match of found) {
      const last = kept[kept.length - 1];
      if (last && match.start < last.end) {
        if (match.end - match.start > last.end - last.start) kept[kept.length - 1] = match;
        continue;
      }
      kept.push(match);
    }
    return kept;
  }

  private lookup(text: string): T | undefined {
    const key = phraseKey(text);
    const direct = this.byKey.get(key);
    if (direct !== undefined || !this.options.plural) return direct;
    for (const singular of [key.replace(/ies$/, "y"), key.replace(/es$/, ""), key.replace(/s$/, "")]) {
      const value = this.byKey.get(singular);
      if (value !== undefined) return value;
    }
    return undefined;
  }

  private formPattern(form: string): string {
    const words = form.trim().split(/[\s\-‐]+/).map(escapeRegExp);
    let pattern = words.join(String.raw`[\s\-‐]?`);
    if (this.options.plural && /\p{L}$/u.test(form)) pattern = /y$/i.test(form) ? `${pattern.slice(0, -1)}(?:y|ies)` : `${pattern}(?:e?s)?`;
    return pattern;
  }
}

/** A phrase's identity regardless of case, spacing and hyphens: "Water-Resistant" and "water resistant" are one. */
export function phraseKey(text: string): string {
  return text.toLowerCase().replace(/[\s\-‐.]+/g, "");
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

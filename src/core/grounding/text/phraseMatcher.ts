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

export interface PhraseMatcherOptions<T = unknown> {
  /** Match every form with case ("Turkey" the country, not "turkey" the meat). Otherwise only forms written with a capital are. */
  readonly caseSensitive?: boolean;
  /** Let the last word take a plural ending ("almonds", "berries"). */
  readonly plural?: boolean;
  /** Words a hyphen may join an entry to with both still read ("ceramic-tourmaline", "silk-cashmere"): the entries of a pair. */
  readonly pairsWith?: (word: string) => boolean;
  /** Whether an earlier match stays when a longer one overlaps it: "goose down" before "down insulation", which only names down again. */
  readonly keepsEarlier?: (earlier: T, later: T) => boolean;
}

// A hyphenated word ("stone-washed") is one word, except where the hyphen adds a qualifier the
// phrase is still the head of ("GOTS-certified", "Swiss-made", "silk-blend", "sapphire-grade").
const hyphenSuffixes = new Set([
  "certified", "approved", "compliant", "listed", "registered", "rated", "verified", "tested", "compatible", "ready", "enabled", "made", "crafted",
  "designed", "built", "sourced", "grown", "inspired", "style", "styled", "blend", "blended", "rich", "lined", "trimmed", "covered", "coated", "backed",
  "tipped", "topped", "wrapped", "infused", "based", "grade", "protected", "labelled", "labeled", "accredited", "endorsed", "audited",
]);
// A slash or colon joins a word only between letters or digits ("L/min", "DTS:X"): "Wi-Fi: 2.4 GHz" is a key and its value.
// A plus joins two names ("EPA+DHA"): only a plus that ends a word belongs to it ("800+", "Disney+").
const wordPattern = /[\p{L}\p{N}](?:[\p{L}\p{N}&²]|[/:'’.](?=[\p{L}\p{N}]))*(?:\+(?![\p{L}\p{N}])|%)?/gu;
const possessive = /['’]s$/i;
const joiner = /^[\s\-‐]*$/;

interface Word {
  readonly start: number;
  readonly end: number;
}

/**
 * Finds lexicon phrases in a text, the longest at each place first. Spaces and hyphens inside a
 * phrase are interchangeable ("water resistant", "water-resistant") and may be left out ("SOC2").
 * Looks phrases up word by word, so a lexicon of thousands of forms costs no more than a few.
 */
export class PhraseMatcher<T> {
  private readonly exact = new Map<string, T>();
  private readonly folded = new Map<string, T>();
  private readonly maxWords: number;
  /** The first words of all forms, lowercase: most words of a text start no phrase, and are passed over at once. */
  private readonly firstWords = new Set<string>();

  constructor(entries: readonly LexiconEntry<T>[], private readonly options: PhraseMatcherOptions<T> = {}) {
    let maxWords = 1;
    for (const entry of entries) {
      for (const form of entry.forms) {
        const exact = options.caseSensitive || /\p{Lu}/u.test(form);
        const key = exact ? exactKey(form) : phraseKey(form);
        if (key.length === 0) continue;
        const map = exact ? this.exact : this.folded;
        if (!map.has(key)) map.set(key, entry.value);
        // "SOC 2" is also written "SOC2", "Wi-Fi 6" "WiFi6": a name with digits may drop its spaces.
        const squashed = key.replace(/ /g, "");
        if (/\d/.test(form) && !map.has(squashed)) map.set(squashed, entry.value);
        const formWords = form.match(wordPattern) ?? [];
        maxWords = Math.max(maxWords, formWords.length);
        const firstWord = (formWords[0] ?? "").toLowerCase();
        this.firstWords.add(firstWord);
        // "SOC2" in the lexicon, "SOC 2" in a text: the letters before the digits start it too.
        const letters = /^\p{L}+(?=\d)/u.exec(firstWord)?.[0];
        if (letters) this.firstWords.add(letters);
      }
    }
    this.maxWords = maxWords;
  }

  /**
   * Matches in text order; where two overlap, the longer wins ("gold plated" over "18k gold" in
   * "18k gold plated"). `loose` also takes a phrase inside a hyphenated word ("oak" in
   * "oak-smoked"): a brief is read that way, copy is not.
   */
  find(text: string, loose = false): PhraseMatch<T>[] {
    const words: Word[] = [...text.matchAll(wordPattern)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
    const candidates: PhraseMatch<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      if (!this.mayStart(text.slice(words[i].start, words[i].end).toLowerCase()) || (!loose && joinedBefore(text, words[i].start) && !this.pairedWith(text, words[i - 1]))) continue;
      const match = this.longestAt(text, words, i, loose);
      if (match) candidates.push(match.phrase);
    }
    const kept: PhraseMatch<T>[] = [];
    for (const candidate of candidates) {
      const last = kept[kept.length - 1];
      if (last && candidate.start < last.end) {
        if (candidate.end - candidate.start > last.end - last.start && !this.options.keepsEarlier?.(last.value, candidate.value)) kept[kept.length - 1] = candidate;
        continue;
      }
      kept.push(candidate);
    }
    return kept;
  }

  private mayStart(word: string): boolean {
    return this.firstWords.has(word) || (word.endsWith("s") && possessive.test(word) && this.firstWords.has(word.slice(0, -2))) || (this.options.plural === true && singulars(word).some((singular) => this.firstWords.has(singular)));
  }

  private longestAt(text: string, words: readonly Word[], first: number, loose: boolean): { phrase: PhraseMatch<T>; last: number } | undefined {
    let last = first;
    while (last + 1 < words.length && last - first + 1 < this.maxWords && joiner.test(text.slice(words[last].end, words[last + 1].start))) last++;
    const parts = words.slice(first, last + 1).map((word) => text.slice(word.start, word.end).replace(/\.$/, ""));
    for (let end = last; end >= first; end--) {
      let stop = words[end].end;
      if (!loose && joinedAfter(text, stop) && !this.pairedWith(text, words[end + 1])) continue;
      const tried = parts.slice(0, end - first + 1);
      let value = this.lookup(tried);
      // "Ethiopia's", "Italy's": a possessive names the same thing, unless the lexicon spells it so ("lion's mane").
      if (value === undefined && possessive.test(tried[tried.length - 1])) {
        value = this.lookup([...tried.slice(0, -1), tried[tried.length - 1].slice(0, -2)]);
        if (value !== undefined) stop -= 2;
      }
      if (value !== undefined) {
        const start = words[first].start;
        return { phrase: { start, end: stop, text: text.slice(start, stop), value }, last: end };
      }
    }
    return undefined;
  }

  private pairedWith(text: string, word: Word | undefined): boolean {
    return word !== undefined && this.options.pairsWith !== undefined && this.options.pairsWith(text.slice(word.start, word.end).toLowerCase());
  }

  private lookup(parts: readonly string[]): T | undefined {
    const head = parts.slice(0, -1);
    const tail = parts[parts.length - 1];
    for (const lastWord of this.options.plural ? [tail, ...singulars(tail)] : [tail]) {
      const key = [...head, lastWord].join(" ");
      const value = this.exact.get(key) ?? this.folded.get(key.toLowerCase()) ?? (/\d/.test(key) ? this.exact.get(key.replace(/ /g, "")) ?? this.folded.get(key.replace(/ /g, "").toLowerCase()) : undefined);
      if (value !== undefined) return value;
    }
    return undefined;
  }
}

/** A phrase's identity regardless of case, spacing and hyphens: "Water-Resistant" and "water resistant" are one. */
export function phraseKey(text: string): string {
  return exactKey(text).toLowerCase();
}

function exactKey(text: string): string {
  return text.replace(/[\s\-‐]+/g, " ").replace(/\.(?=\s|$)/g, "").trim();
}

function singulars(word: string): string[] {
  if (!/s$/i.test(word)) return [];
  return [word.replace(/ies$/i, "y"), word.replace(/es$/i, ""), word.replace(/s$/i, "")].filter((candidate) => candidate !== word);
}

/** "stone-washed": "washed" is part of a word that starts earlier. */
function joinedBefore(text: string, start: number): boolean {
  return /[-‐]/.test(text[start - 1] ?? "") && /[\p{L}\p{N}]/u.test(text[start - 2] ?? "");
}

/** "stone-washed": "stone" goes on into a longer word, unless the rest is a qualifier ("GOTS-certified"). */
function joinedAfter(text: string, end: number): boolean {
  if (!/[-‐]/.test(text[end] ?? "")) return false;
  const next = /^[\p{L}\p{N}]+/u.exec(text.slice(end + 1))?.[0];
  return next !== undefined && !hyphenSuffixes.has(next.toLowerCase());
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
}

/** A phrase as a pattern whose words may be joined by a space, a hyphen or nothing ("t-shirt", "t shirt", "tshirt"). */
export function loosePhrase(form: string): string {
  return escapeRegExp(form).replace(/[ -]/g, "[ -]?");
}

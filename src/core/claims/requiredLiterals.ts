/**
 * What every match of a rule pattern must contain, worked out from the pattern's source: a few
 * case-folded strings, at least one of which appears in any text the pattern can match. The
 * claims check scans the document for all of them in one pass and skips every pattern whose
 * strings are absent, so a document pays for the rules it could break, not for the whole set.
 *
 * The answer is a list of sets: a match holds one string of each. It is conservative: whatever
 * the reader cannot follow (a back-reference, a broad class, a syntax it does not know) only makes
 * it weaker, down to the empty list, "always run". It follows the required-substring algebra of
 * trigram prefilters: what a part is exactly, starts with, ends with and must hold, combined
 * across concatenations (where one part's end meets the next one's start) and alternations.
 */
export function requiredLiterals(source: string): readonly (readonly string[])[] {
  let info: Info;
  try {
    const parser = new PatternReader(source);
    info = parser.alternation();
    if (!parser.atEnd()) return [];
  } catch {
    return [];
  }
  return independent(mostSelective(requiredSets(info)))
    .slice(0, maxGateSets)
    .map((strings) => [...withoutLonger(strings)].sort());
}

/**
 * Lower case, with the characters whose Unicode case folding is not their lower case folded too,
 * so that a text and a pattern compiled with the `iu` flags agree on what a literal is.
 */
export function foldCase(text: string): string {
  return text.toLowerCase().replace(/[\u017f\u03c2\u03d0\u03d1\u03d5\u03d6\u03f0\u03f1\u03f5\u1e9b\u1fbe]/gu, (char) => foldedSpecials[char] ?? char);
}

/** Long s, final sigma, the Greek symbol variants and the prosgegrammeni: each folds to an ordinary letter. */
const foldedSpecials: Readonly<Record<string, string>> = {
  "\u017f": "s",
  "\u03c2": "\u03c3",
  "\u03d0": "\u03b2",
  "\u03d1": "\u03b8",
  "\u03d5": "\u03c6",
  "\u03d6": "\u03c0",
  "\u03f0": "\u03ba",
  "\u03f1": "\u03c1",
  "\u03f5": "\u03b5",
  "\u1e9b": "\u1e61",
  "\u1fbe": "\u03b9",
};

type Strings = ReadonlySet<string>;

/**
 * What is known of the text a part of a pattern matches. `exact`: it is one of these strings
 * (the empty string among them when the part can match nothing). `prefix` and `suffix`: it starts
 * (ends) with one of these. `required`: for each set, it holds one of that set's strings. Null, or
 * a set holding the empty string, means nothing is known.
 */
interface Info {
  readonly exact: Strings | null;
  readonly prefix: Strings | null;
  readonly suffix: Strings | null;
  readonly required: readonly Strings[];
}

/** A set any larger than this is not spelt out: its strings are shortened, or it is dropped, and the gate only gets weaker. */
const maxStrings = 4096;
/** The most characters a class may stand for and still be read as literals. */
const maxClassChars = 4;
/** The largest set whose implication of another is worked out. */
const maxImplicationTest = 64;
/** The most sets a gate requires: each one more costs a lookup on every check. */
const maxGateSets = 3;

const unknown: Info = { exact: null, prefix: null, suffix: null, required: [] };
const empty: Info = exactly(new Set([""]));

function exactly(strings: Strings): Info {
  const known = strings.has("") ? null : strings;
  return { exact: strings, prefix: known, suffix: known, required: [] };
}

function known(strings: Strings | null): strings is Strings {
  return strings !== null && strings.size > 0 && !strings.has("");
}

/** Every set a match of the part is known to hold one string of. */
function requiredSets(info: Info): Strings[] {
  return [info.exact, info.prefix, info.suffix, ...info.required].filter(known);
}

function concatenation(parts: readonly Info[]): Info {
  return parts.reduce(followedBy, empty);
}

function followedBy(left: Info, right: Info): Info {
  const exact = left.exact !== null && right.exact !== null ? product(left.exact, right.exact) : null;
  if (exact !== null) return exactly(exact);
  // Where the left part's end meets the right part's start, a match holds both together.
  const across = known(left.suffix) && known(right.prefix) ? product(left.suffix, right.prefix) : null;
  return {
    exact: null,
    prefix: left.exact !== null ? (product(left.exact, right.prefix ?? new Set([""])) ?? left.exact) : left.prefix,
    suffix: right.exact !== null ? (product(left.suffix ?? new Set([""]), right.exact) ?? right.exact) : right.suffix,
    required: fewest([...requiredSets(left), ...requiredSets(right), ...(across === null ? [] : [across])]),
  };
}

/** A long concatenation would carry a set for each of its parts: the most selective few say nearly as much. */
function fewest(sets: Strings[]): Strings[] {
  return sets.length <= 2 * maxGateSets ? sets : independent(mostSelective(sets)).slice(0, 2 * maxGateSets);
}

/** The sets, best first, less those a better one implies ("copp" once "copper" is required). */
function independent(sets: readonly Strings[]): Strings[] {
  const kept: Strings[] = [];
  for (const set of sets) if (!kept.some((better) => implies(better, set))) kept.push(set);
  return kept;
}

function alternation(branches: readonly Info[]): Info {
  const exact = unionOf(branches.map((branch) => branch.exact));
  if (exact !== null && exact.size <= maxStrings) return exactly(exact);
  const best = branches.map((branch) => mostSelective(requiredSets(branch))[0] ?? null);
  const required = unionOf(best);
  return {
    exact: null,
    prefix: shortened(unionOf(branches.map((branch) => branch.prefix)), (string, length) => string.slice(0, length)),
    suffix: shortened(unionOf(branches.map((branch) => branch.suffix)), (string, length) => string.slice(-length)),
    required: required === null ? [] : [required],
  };
}

function repetition(part: Info, min: number, max: number): Info {
  if (min === 1 && max === 1) return part;
  if (min === 0 && max === 1) return part.exact === null ? unknown : exactly(new Set([...part.exact, ""]));
  if (min === 0) return unknown;
  return { exact: null, prefix: part.prefix, suffix: part.suffix, required: requiredSets(part) };
}

/** Every string of `left` followed by every string of `right`, or null when there would be too many. */
function product(left: Strings, right: Strings): Set<string> | null {
  if (left.size * right.size > maxStrings) return null;
  const strings = new Set<string>();
  for (const a of left) for (const b of right) strings.add(a + b);
  return strings;
}

function unionOf(sets: readonly (Strings | null)[]): Set<string> | null {
  if (sets.some((strings) => strings === null)) return null;
  return new Set(sets.flatMap((strings) => [...(strings ?? [])]));
}

/** Too many prefixes (or suffixes): shorter ones say less but are fewer. */
function shortened(strings: Set<string> | null, cut: (string: string, length: number) => string): Strings | null {
  if (strings === null || strings.has("")) return null;
  for (let length = 16; strings.size > maxStrings && length > 0; length--) strings = new Set([...strings].map((string) => cut(string, length)));
  return strings;
}

/** A string that holds another of the set is implied by it: the shorter one alone says as much. */
function withoutLonger(strings: Strings): Strings {
  // A large set is kept whole: the scan costs the same, and the pruning would cost more than it saves.
  if (strings.size > maxImplicationTest * 4) return strings;
  const kept = new Set<string>();
  for (const string of [...strings].sort((a, b) => a.length - b.length)) {
    if (!holdsOneOf(string, kept)) kept.add(string);
  }
  return kept;
}

/** Whether every string of `better` holds one of `set`'s. Large sets are taken as independent: the test would cost more than it saves. */
function implies(better: Strings, set: Strings): boolean {
  if (better.size > maxImplicationTest) return false;
  for (const string of better) if (!holdsOneOf(string, set)) return false;
  return true;
}

function holdsOneOf(string: string, shorter: Strings): boolean {
  for (let start = 0; start < string.length; start++) {
    for (let end = start + 1; end <= string.length; end++) if (shorter.has(string.slice(start, end))) return true;
  }
  return false;
}

/**
 * The sets least likely to be satisfied by an ordinary text, best first: long strings, and few
 * of them. "copper" beats "pure|solid|real|all|genuine" before it.
 */
function mostSelective(sets: readonly Strings[]): Strings[] {
  const scored = sets.map((strings) => {
    let shortest = Infinity;
    for (const string of strings) shortest = Math.min(shortest, string.length);
    return { strings, score: Math.min(shortest, 8) - Math.log2(strings.size) / 2 };
  });
  return scored.sort((a, b) => b.score - a.score).map(({ strings }) => strings);
}

/**
 * What groups of at least `minRememberedGroup` characters stand for, by their first characters:
 * a group's meaning depends on its text alone, and a lexicon of hundreds of terms is worth reading once.
 */
const rememberedGroups = new Map<string, { readonly text: string; readonly info: Info }[]>();
const minRememberedGroup = 200;
const groupKeyLength = 64;

/** A recursive-descent reader of the regular-expression syntax `u` mode allows. */
class PatternReader {
  private at = 0;

  constructor(private readonly source: string) {}

  atEnd(): boolean {
    return this.at >= this.source.length;
  }

  alternation(): Info {
    const branches = [this.sequence()];
    while (this.peek() === "|") {
      this.at++;
      branches.push(this.sequence());
    }
    return branches.length === 1 ? branches[0] : alternation(branches);
  }

  private sequence(): Info {
    const parts: Info[] = [];
    while (!this.atEnd() && this.peek() !== "|" && this.peek() !== ")") parts.push(this.quantified());
    return parts.length === 0 ? empty : concatenation(parts);
  }

  private quantified(): Info {
    const atom = this.atom();
    const bounds = this.quantifier();
    if (bounds === null) return atom;
    if (this.peek() === "?") this.at++;
    return repetition(atom, bounds[0], bounds[1]);
  }

  private quantifier(): [number, number] | null {
    const char = this.peek();
    if (char === "?") return this.take([0, 1]);
    if (char === "*") return this.take([0, Infinity]);
    if (char === "+") return this.take([1, Infinity]);
    if (char !== "{") return null;
    const bounds = /^\{(\d+)(,(\d*))?\}/.exec(this.source.slice(this.at));
    if (!bounds) throw new Error("not a quantifier");
    this.at += bounds[0].length;
    const min = Number(bounds[1]);
    return [min, bounds[2] === undefined ? min : bounds[3] === "" ? Infinity : Number(bounds[3])];
  }

  private take(bounds: [number, number]): [number, number] {
    this.at++;
    return bounds;
  }

  private atom(): Info {
    const char = this.source[this.at++];
    if (char === "(") return this.group();
    if (char === "[") return this.characterClass();
    if (char === "\\") return this.escape();
    if (char === "^" || char === "$") return empty;
    if (char === ".") return unknown;
    if (char === ")" || char === "|" || "*+?{".includes(char)) throw new Error("unexpected syntax");
    return this.literal(this.codePointBefore());
  }

  private group(): Info {
    const start = this.at - 1;
    const known = this.knownGroup(start);
    if (known) return known;
    const info = this.groupBody();
    if (this.at - start >= minRememberedGroup) {
      const key = this.source.slice(start, start + groupKeyLength);
      rememberedGroups.set(key, [...(rememberedGroups.get(key) ?? []), { text: this.source.slice(start, this.at), info }]);
    }
    return info;
  }

  /** A large group read before, in this pattern or another: the lexicons' alternations recur across rules. */
  private knownGroup(start: number): Info | undefined {
    for (const group of rememberedGroups.get(this.source.slice(start, start + groupKeyLength)) ?? []) {
      if (this.source.startsWith(group.text, start)) {
        this.at = start + group.text.length;
        return group.info;
      }
    }
    return undefined;
  }

  private groupBody(): Info {
    let assertion = false;
    if (this.source.startsWith("?:", this.at)) this.at += 2;
    else if (/^\?<?[=!]/.test(this.source.slice(this.at, this.at + 3))) {
      this.at += this.source[this.at + 1] === "<" ? 3 : 2;
      assertion = true;
    } else if (this.source.startsWith("?<", this.at)) {
      const end = this.source.indexOf(">", this.at);
      if (end < 0) throw new Error("unnamed group");
      this.at = end + 1;
    } else if (this.peek() === "?") throw new Error("unknown group");
    const inner = this.alternation();
    if (this.source[this.at++] !== ")") throw new Error("unclosed group");
    return assertion ? empty : inner;
  }

  private escape(): Info {
    const char = this.source[this.at++];
    if (char === undefined) throw new Error("trailing backslash");
    if (char === "b" || char === "B") return empty;
    if (char === "p" || char === "P") return this.skipBraces();
    if ("dDwWsS".includes(char) || /[0-9k]/.test(char)) {
      if (char === "k") this.skipTo(">");
      return unknown;
    }
    const code = this.escapedCharCode(char);
    return code === null ? unknown : this.literal(code);
  }

  /** The character an escape stands for, or null for one that is not a single known character. */
  private escapedCharCode(char: string): number | null {
    const controls: Readonly<Record<string, number>> = { n: 10, r: 13, t: 9, f: 12, v: 11 };
    if (char in controls) return controls[char];
    if (char === "u" && this.peek() === "{") {
      const end = this.source.indexOf("}", this.at);
      const code = parseInt(this.source.slice(this.at + 1, end), 16);
      this.at = end + 1;
      return code;
    }
    if (char === "u" || char === "x") {
      const digits = char === "u" ? 4 : 2;
      const code = parseInt(this.source.slice(this.at, this.at + digits), 16);
      this.at += digits;
      return Number.isNaN(code) ? null : code;
    }
    if (char === "c") {
      this.at++;
      return null;
    }
    return this.codePointBefore();
  }

  private characterClass(): Info {
    const negated = this.peek() === "^";
    if (negated) this.at++;
    const chars = new Set<number>();
    let listable = true;
    while (this.peek() !== "]") {
      if (this.atEnd()) throw new Error("unclosed class");
      const from = this.classMember();
      if (this.peek() === "-" && this.source[this.at + 1] !== "]" && from !== null) {
        this.at++;
        const to = this.classMember();
        if (to === null || to - from >= maxClassChars) listable = false;
        else for (let code = from; code <= to; code++) chars.add(code);
      } else if (from === null) listable = false;
      else chars.add(from);
    }
    this.at++;
    if (negated || !listable || chars.size > maxClassChars) return unknown;
    return exactly(new Set([...chars].map((code) => foldCase(String.fromCodePoint(code)))));
  }

  /** One character of a class, or null for a shorthand (\s, \p{L}) that stands for many. */
  private classMember(): number | null {
    const char = this.source[this.at++];
    if (char !== "\\") return this.codePointBefore();
    const escaped = this.source[this.at++];
    if (escaped === "p" || escaped === "P") {
      this.skipBraces();
      return null;
    }
    if ("dDwWsS".includes(escaped)) return null;
    if (escaped === "b") return 8;
    return this.escapedCharCode(escaped);
  }

  private literal(code: number): Info {
    return exactly(new Set([foldCase(String.fromCodePoint(code))]));
  }

  /** The character just read, as a whole code point: one outside the BMP takes a second code unit. */
  private codePointBefore(): number {
    const code = this.source.codePointAt(this.at - 1) ?? 0;
    if (code > 0xffff) this.at++;
    return code;
  }

  private skipBraces(): Info {
    if (this.peek() !== "{") throw new Error("property without braces");
    this.skipTo("}");
    return unknown;
  }

  private skipTo(closing: string): void {
    const end = this.source.indexOf(closing, this.at);
    if (end < 0) throw new Error(`missing ${closing}`);
    this.at = end + 1;
  }

  private peek(): string | undefined {
    return this.source[this.at];
  }
}

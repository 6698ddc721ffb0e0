import absoluteProofWords from "./lexicons/absoluteProofWords.json";
import additives from "./lexicons/additives.json";
import authorisedSubstances from "./lexicons/authorisedSubstances.json";
import certifiers from "./lexicons/certifiers.json";
import conditions from "./lexicons/conditions.json";
import countries from "./lexicons/countries.json";
import discontinuationVerbs from "./lexicons/discontinuationVerbs.json";
import experts from "./lexicons/experts.json";
import fakeApprovers from "./lexicons/fakeApprovers.json";
import gradeWords from "./lexicons/gradeWords.json";
import intensifiers from "./lexicons/intensifiers.json";
import materials from "./lexicons/materials.json";
import medications from "./lexicons/medications.json";
import nationalities from "./lexicons/nationalities.json";
import outcomeVerbs from "./lexicons/outcomeVerbs.json";
import populations from "./lexicons/populations.json";
import protectedNames from "./lexicons/protectedNames.json";
import rankingScopes from "./lexicons/rankingScopes.json";
import rivalBrands from "./lexicons/rivalBrands.json";
import singleFoods from "./lexicons/singleFoods.json";
import superlatives from "./lexicons/superlatives.json";
import treatmentVerbs from "./lexicons/treatmentVerbs.json";

/**
 * How a lexicon's entries match: "nouns" also match their plural, "verbs" every inflection of
 * their first word ("protect against" → "protects against", "protected against", …), "words" as written.
 */
export type LexiconKind = "nouns" | "verbs" | "words";

export interface Lexicon {
  readonly kind: LexiconKind;
  readonly terms: readonly string[];
}

export type Lexicons = Readonly<Record<string, Lexicon>>;

const files: Readonly<Record<string, { kind: string; terms: readonly string[] }>> = {
  absoluteProofWords,
  additives,
  authorisedSubstances,
  certifiers,
  conditions,
  countries,
  discontinuationVerbs,
  experts,
  fakeApprovers,
  gradeWords,
  intensifiers,
  materials,
  medications,
  nationalities,
  outcomeVerbs,
  populations,
  protectedNames,
  rankingScopes,
  rivalBrands,
  singleFoods,
  superlatives,
  treatmentVerbs,
};

/** The bundled lexicons, by file name: rule patterns name them as {{conditions}}, {{treatmentVerbs}}, … */
export const baseLexicons: Lexicons = withUnambiguous(
  Object.fromEntries(
    Object.entries(files).map(([name, file]) => {
      if (file.kind !== "nouns" && file.kind !== "verbs" && file.kind !== "words") throw new Error(`Lexicon ${name} has an unknown kind "${file.kind}"`);
      return [name, { kind: file.kind, terms: file.terms }];
    }),
  ),
);

/**
 * Adds {{namedConditions}}: the conditions without the 'ambiguous' ones that have everyday senses
 * ("burns", "pain"), which can stand for a disease on their own in a sentence.
 */
function withUnambiguous(lexicons: Record<string, Lexicon>): Lexicons {
  const ambiguous = new Set(conditions.ambiguous.map((term) => term.toLowerCase()));
  return { ...lexicons, namedConditions: { kind: "nouns", terms: lexicons.conditions.terms.filter((term) => !ambiguous.has(term.toLowerCase())) } };
}

/** The lexicons with a profile's own terms added to the ones it names. */
export function withTerms(lexicons: Lexicons, terms: Readonly<Record<string, readonly string[]>>): Lexicons {
  const merged: Record<string, Lexicon> = { ...lexicons };
  for (const [name, extra] of Object.entries(terms)) {
    const base = lexicons[name];
    if (!base) throw new Error(`There is no lexicon "${name}" (known: ${Object.keys(lexicons).join(", ")})`);
    merged[name] = { kind: base.kind, terms: [...base.terms, ...extra] };
    // An industry's own conditions are named ones ("plagiocephaly"), so they stand alone too.
    if (name === "conditions") merged.namedConditions = { kind: "nouns", terms: [...lexicons.namedConditions.terms, ...extra] };
  }
  return merged;
}

/** "Not inside a word": the look-behind that opens most patterns (checkClaims tests it in code when a pattern starts with it). */
export const wordStart = "(?<![\\p{L}\\p{N}])";

/** Up to three words between two parts of a claim: possessives and adjectives ("cure your dog's anxiety"). */
const gap = "\\s+(?:[\\p{L}\\p{N}%'’-]+\\s+){0,3}?";
// {{name}} stands for whole words; {{name|stem}} lets a suffix follow ("{{absoluteProofWords|stem}}proof").
const placeholder = /\{\{([A-Za-z]+)(\|stem)?\}\}/g;
const expanded = new WeakMap<Lexicons, Map<string, string>>();
const hundredPercent = /100\\s\?%/g;
const spelledHundredPercent = String.raw`100(?:\s?%|[\s-]?per[\s-]?cent)`;

/** A pattern source with each {{lexicon}} replaced by an alternation of its terms, and {{gap}} by a few words. */
export function expandLexicons(source: string, lexicons: Lexicons = baseLexicons): string {
  // "100-percent pure", "100 per cent natural": the words say what the sign does, so every "100%" of a rule reads them too.
  return source.replace(hundredPercent, spelledHundredPercent).replace(placeholder, (_whole: string, name: string, stem: string | undefined) => {
    if (name === "gap") return gap;
    const lexicon = lexicons[name];
    if (!lexicon) throw new Error(`Pattern names an unknown lexicon {{${name}}} (known: gap, ${Object.keys(lexicons).join(", ")})`);
    let cache = expanded.get(lexicons);
    if (!cache) expanded.set(lexicons, (cache = new Map()));
    let alternation = cache.get(name);
    if (alternation === undefined) {
      alternation = lexiconAlternation(lexicon);
      cache.set(name, alternation);
    }
    return stem ? alternation.slice(0, alternation.lastIndexOf("(?!")) : alternation;
  });
}

function lexiconAlternation(lexicon: Lexicon): string {
  const trie = new TrieNode();
  for (const term of lexicon.terms) {
    const words = term.trim().toLowerCase().split(/\s+/);
    if (lexicon.kind === "verbs") {
      for (const first of inflections(words[0])) trie.add(units([first, ...words.slice(1)]), "");
    } else {
      trie.add(units(words), "");
    }
  }
  // A noun's plural ending follows the whole tree once, not each of its hundreds of leaves: the
  // same words match ("COVID-19s" too), and the compiled pattern is a third smaller, which matters
  // because V8 stops optimising regular expressions once their code passes a size limit.
  const plural = lexicon.kind === "nouns" ? "(?:e?s)?" : "";
  return `${wordStart}(?:${trie.pattern()})${plural}(?![\\p{L}\\p{N}])`;
}

/**
 * Words as pattern units: a character, or a separator that matches loosely (any spacing or a
 * hyphen between words, a hyphen optional, an apostrophe either way or none).
 */
function units(words: readonly string[]): string[] {
  const out: string[] = [];
  words.forEach((word, index) => {
    if (index > 0) out.push("[\\s-]+");
    for (const char of word) {
      if (char === "-") out.push("[\\s-]?");
      else if (char === "'" || char === "’") out.push("['’]?");
      else out.push(char.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&"));
    }
  });
  return out;
}

/**
 * The terms as a prefix tree, written out as one pattern: with hundreds of terms, a flat
 * alternation is tried term by term at every position, where the tree tries one branch per letter.
 */
class TrieNode {
  private readonly children = new Map<string, TrieNode>();
  /** Set where a term ends: what may follow it there (a plural ending, or nothing). */
  private readonly endings = new Set<string>();

  add(path: readonly string[], ending: string): void {
    if (path.length === 0) {
      this.endings.add(ending);
      return;
    }
    let child = this.children.get(path[0]);
    if (!child) this.children.set(path[0], (child = new TrieNode()));
    child.add(path.slice(1), ending);
  }

  pattern(): string {
    // Longer continuations first, so that "arthritis pain" is taken whole rather than as "arthritis".
    const branches = [...this.children].map(([unit, child]) => unit + child.pattern());
    const endings = [...this.endings].sort((a, b) => b.length - a.length);
    const all = [...branches, ...endings];
    if (all.length === 1) return all[0];
    return `(?:${all.join("|")})`;
  }
}

const irregular: Readonly<Record<string, readonly string[]>> = {
  fight: ["fights", "fought", "fighting"],
  beat: ["beats", "beaten", "beating"],
  overcome: ["overcomes", "overcame", "overcoming"],
  get: ["gets", "got", "getting"],
  give: ["gives", "gave", "given", "giving"],
  throw: ["throws", "threw", "thrown", "throwing"],
  do: ["does", "did", "done", "doing"],
  say: ["says", "said", "saying"],
  come: ["comes", "came", "coming"],
  quit: ["quits", "quitting"],
  cut: ["cuts", "cutting"],
  no: [],
};

/** A verb's base form with its third-person, past and -ing forms, by the regular spelling rules. */
export function inflections(verb: string): string[] {
  const forms = [verb, ...(irregular[verb] ?? regularForms(verb))];
  return [...new Set(forms)];
}

function regularForms(verb: string): string[] {
  if (/[^aeiou]y$/.test(verb)) {
    const stem = verb.slice(0, -1);
    return [`${stem}ies`, `${stem}ied`, `${verb}ing`];
  }
  if (verb.endsWith("e")) return [`${verb}s`, `${verb}d`, `${verb.slice(0, -1)}ing`];
  if (/(?:s|sh|ch|x|z)$/.test(verb)) return [`${verb}es`, `${verb}ed`, `${verb}ing`];
  // One short syllable ending consonant-vowel-consonant doubles its last letter: stop → stopped.
  if (/^[^aeiou]*[aeiou][^aeiouwxy]$/.test(verb)) {
    const doubled = verb + verb.slice(-1);
    return [`${verb}s`, `${doubled}ed`, `${doubled}ing`];
  }
  return [`${verb}s`, `${verb}ed`, `${verb}ing`];
}

import { claimPatternFlags, type ClaimRule, type DisclaimerKind } from "./claimRule";
import { documentDisclaimers, footnotes, hasEvidence, ingredientLists, marksFootnote, perceptionOnly } from "./evidence";
import { expandLexicons } from "./lexicons";
import { isNegated } from "./negation";
import { sentenceBounds } from "./sentenceRange";

export type ContextVerdict = "claim" | "negated" | "exempt";

const intensified = new RegExp(`${expandLexicons("{{intensifiers}}")}(?:\\s+\\p{L}+)?\\s*$`, "iu");
const intensifierInside = new RegExp(expandLexicons("{{intensifiers}}"), "iu");
// "FSC 100% certified": a scheme's label that carries a share ("FSC 100%", beside "FSC Mix"), not an intensifier.
const labelShare = /(?<![\p{L}])(\p{Lu}{2,}[\p{Lu}\p{N}&]*)\s+100\s?%/gu;
const sentenceOpening = /^[\s"'“‘([*•\-–—>#\d.)]*/u;
/** A capitalised word and up to three more before a company form: "Forever Chocolate Co.", "Eco Clean Ltd". */
const businessName = /^\p{Lu}[\p{L}'’-]*(?:\s+(?:&\s+)?\p{Lu}[\p{L}'’-]*){0,3}\s+(?:Co\.|Company|Ltd\.?|Limited|Inc\.?|LLC|GmbH|PLC|plc|& Co\.?|& Sons)(?![\p{L}])/u;

/**
 * The context stage: reads the words around a match and decides whether it is a claim. A match
 * is no claim when it lies in wording the rule exempts, names a product, is negated in its
 * clause, or lacks the contradiction the rule needs; and, unless an intensifier makes it absolute
 * ("100% sustainable"), when its sentence carries a qualifier or evidence, or the document a disclaimer.
 */
export class ClaimContextReader {
  private disclaimers: Set<DisclaimerKind> | undefined;
  private notes: string | undefined;
  private declared: string | undefined;
  /** Qualifier and evidence answers by sentence: many matches share a sentence, and rules share evidence kinds. */
  private readonly answers = new Map<string, Map<string, boolean>>();

  constructor(
    private readonly text: string,
    private readonly masked: string,
  ) {}

  /**
   * "claim", "negated" (the words are denied in their clause, so no other rule should flag them
   * either), or "exempt" (this rule's exceptions, names, qualifiers or evidence let them pass).
   */
  verdict(rule: ClaimRule, start: number, end: number): ContextVerdict {
    const context = rule.context ?? {};
    if (rule.kind !== "claim" && !rule.context && !rule.exceptions) return "claim";
    const range = sentenceBounds(this.text, this.masked, start, end);
    const sentence = this.masked.slice(range.start, range.end);
    const at = start - range.start;
    const length = end - start;
    if (rule.exceptions?.some((source) => overlaps(source, sentence, at, at + length))) return "exempt";
    if (context.names && this.isName(sentence, at)) return "exempt";
    // "'Forever' is the name of our bag range": words the copy itself says are a name claim nothing.
    if (this.declaredName(sentence.slice(at, at + length))) return "exempt";
    // A question is the reader's, not the seller's: the answer after it says whether the claim is made.
    const answer = isQuestion(sentence) ? this.answerAfter(range.end) : "";
    if ((context.negation ?? rule.kind === "claim") && (isNegated(sentence.slice(0, at), sentence.slice(at, at + length), sentence.slice(at + length)) || deniedAnswer.test(answer))) return "negated";
    if (context.requires) {
      // A declared ingredients list says what the product is wherever it stands ("100% pure chicken jerky. Ingredients: chicken, glycerine").
      const declared = this.ingredients();
      const whole = context.wholeText === true;
      const clause = clauseAround(sentence, at, at + length);
      const clauseKey = whole ? "text" : `${range.start + clause.start}:${range.start + clause.end}`;
      const clauseText = whole ? this.masked : sentence.slice(clause.start, clause.end);
      // Where no contradiction stands anywhere in the clause, none stands beside any claim in it: asked
      // once per clause, so a long clause with many claims is not read again for each.
      const possible = (source: string) => this.remembered(`requires ${source}`, clauseKey, () => pattern(source).test(`${clauseText}\n${declared}`));
      const rest = whole ? this.masked.slice(0, start) + " ".repeat(length) + this.masked.slice(end) : restOfClause(sentence, clause, at, at + length);
      const scope = `${rest}\n${declared}`;
      const claim = sentence.slice(at, at + length);
      const contradicted =
        context.requires.some((source) => possible(source) && contradicts(source, scope, claim)) ||
        // "Solid oak dining table. Oak veneer on an MDF core.": the claimed material's own finish contradicts it wherever the description gives it.
        (!whole && otherwiseComposed(this.masked.slice(0, start) + " ".repeat(length) + this.masked.slice(end), claim));
      if (!contradicted) return "exempt";
    }
    // An intensifier stands within a word or two of the claim: the tail of the sentence before it is enough.
    const before = sentence.slice(Math.max(0, at - 40), at).replace(labelShare, (label: string, scheme: string) => scheme.padEnd(label.length, " "));
    if (intensified.test(before) || intensifierInside.test(sentence.slice(at, at + length))) return "claim";
    // "Lowest price guaranteed*" over "*Excludes online retailers…", "Made from ocean plastic*" over "*Contains 5%
    // recovered plastic": a footnote that takes the claim back cannot be what qualifies it (CAP Code 3.10), even
    // where it runs on in the claim's own sentence.
    const notes = marksFootnote(sentence) ? this.footnotes() : "";
    const takenBack = notes !== "" && takesBack.test(notes);
    const own = takenBack ? sentence.replace(footnoteRunningOn, "") : sentence;
    // "Are the bags compostable? A: Only in industrial facilities": the answer qualifies the question.
    const answered = answer === "" ? own : `${own}\n${answer}`;
    const scope = notes !== "" && !takenBack ? `${answered}\n${notes}` : answered;
    const sentenceKey = `${range.start}:${range.end}`;
    if (context.qualifiers?.some((source, index) => this.remembered(`${rule.id} ${index}`, sentenceKey, () => pattern(source).test(scope)))) return "exempt";
    // A listing's title has no room for evidence; the listing under it gives it ("Lakeside Eco Lodge – …"
    // over "Green Key certified since 2022 (Foundation for Environmental Education)").
    const evidenceScope = this.isTitle(range.start, sentence) ? `${scope}\n${this.masked}` : scope;
    // "Proven in clinical testing*" over "*a self-assessment questionnaire of 22 women": what users felt proves nothing.
    const proofClaimed = /prov(?:en|es?|ing)|proof/iu.test(sentence.slice(at, at + length));
    if (context.evidence?.some((kind) => !(kind === "study" && proofClaimed && perceptionOnly(evidenceScope)) && this.remembered(kind, sentenceKey, () => hasEvidence(kind, evidenceScope)))) return "exempt";
    if (context.disclaimers?.some((kind) => this.documentDisclaimers().has(kind))) return "exempt";
    return "claim";
  }

  /** A capitalised word inside a sentence, not an acronym: the name of a product or range ("our Forever Yours ring"). */
  private isName(sentence: string, at: number): boolean {
    const word = /^[\p{L}'’-]+/u.exec(sentence.slice(at))?.[0] ?? "";
    // "Crohn's", "Alzheimer's": a possessive capital names a disease after a person, not a product.
    if (!/^\p{Lu}\p{Ll}/u.test(word) || /['’]s$/u.test(word)) return false;
    // "The Nature-Positive Reporting module": after an opening article, a run of capitals before a lowercase noun is a name.
    const opening = sentenceOpening.exec(sentence)?.[0].length ?? 0;
    if (/^(?:The|Our|This|Each|Every|Your|A|An)\s+$/u.test(sentence.slice(opening, at)) && /^[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’-]*)+\s+\p{Ll}/u.test(sentence.slice(at)) && !isTitleCase(sentence)) return true;
    // "Forever Chocolate Co. — family-run since 1962": a business's registered name, wherever it stands.
    if (businessName.test(sentence.slice(at))) return true;
    if (at <= opening) return false;
    // "SMS: Guaranteed approval", "Material | Solid oak": a label's colon or a bar opens a statement.
    if (/[:|]\s*$/u.test(sentence.slice(0, at))) return false;
    // In Title Case every word is capitalised, so a capital tells no name apart.
    return !isTitleCase(sentence);
  }

  private declaredName(words: string): boolean {
    if (!/name/iu.test(this.masked)) return false;
    const bare = words.replace(/^['‘"“]+|['’"”]+$/gu, "");
    const escaped = bare.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/\s+/gu, "\\s+");
    const isTheName = `\\s+is\\s+(?:just\\s+|simply\\s+|only\\s+)?(?:the|our|a|its)\\s+(?:[\\p{L}-]+\\s+){0,2}?name(?![\\p{L}])`;
    // Quoted ("'Forever' is the name of our range"), or a capitalised name that opens the statement ("Eco Blocks is the name of this set").
    const quoted = new RegExp(`['‘"“]${escaped}(?:\\s+[\\p{L}'’-]+){0,3}['’"”]${isTheName}`, "u");
    const capitalised = /^\p{Lu}/u.test(bare) && new RegExp(`(?<![\\p{L}\\p{N}])${escaped}(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}${isTheName}`, "u");
    return quoted.test(this.masked) || (capitalised !== false && capitalised.test(this.masked));
  }

  /** The first sentence of the text, set in Title Case: a listing's title. */
  private isTitle(start: number, sentence: string): boolean {
    return isTitleCase(sentence) && /^[\s#*>"'“‘([]*$/u.test(this.masked.slice(0, start));
  }

  /** The sentence after a question, where an FAQ puts its answer. */
  private answerAfter(end: number): string {
    const next = /\S/u.exec(this.masked.slice(end, end + 400));
    if (!next) return "";
    const start = end + next.index;
    const bounds = sentenceBounds(this.text, this.masked, start, start + 1);
    return this.masked.slice(start, Math.max(bounds.end, start));
  }

  private remembered(question: string, sentenceKey: string, answer: () => boolean): boolean {
    let bySentence = this.answers.get(sentenceKey);
    if (!bySentence) this.answers.set(sentenceKey, (bySentence = new Map()));
    let known = bySentence.get(question);
    if (known === undefined) bySentence.set(question, (known = answer()));
    return known;
  }

  private documentDisclaimers(): Set<DisclaimerKind> {
    return (this.disclaimers ??= documentDisclaimers(this.masked));
  }

  private footnotes(): string {
    return (this.notes ??= footnotes(this.masked));
  }

  private ingredients(): string {
    return (this.declared ??= ingredientLists(this.masked));
  }
}

// A footnote that limits the claim it is marked on to less than it says: exclusions, other products' reviews counted in, a small share.
const takesBack =
  /^\s*(?:excludes?|excluding|except(?:ing)?|does\s+not\s+(?:apply|include|cover)|not\s+(?:valid|available|applicable)\s+(?:on|for|in|at|with)|(?:only\s+)?applies\s+only|only\s+(?:applies|valid|available)|(?:count|total|figure|number|rating)\s+(?:[\p{L}-]+\s+)?includes|contains\s+(?:only\s+|just\s+|at\s+least\s+)?(?:[1-9]|[1-4]\d)(?:[.,]\d+)?\s?%)(?![\p{L}])/imu;

// A footnote set after its mark in the same run of text: "…always!* *Excludes online retailers…".
const footnoteRunningOn = /(?<=[\p{L}\p{N}.!?%)][*†‡]{1,3})\s*[*†‡]{1,3}(?=\s?\p{L})[^\n]*/u;

// "A: No — it's a cosmetic", "Sadly not": an answer that opens by denying the question. "No wonder", "No question" affirm it.
const deniedAnswer = /^\s*(?:A\s*[:.)\-–—]\s*)?(?:no(?!\s+(?:wonder|doubt|question|contest|kidding|problem|worries)(?![\p{L}]))|nope|not\s+(?:at\s+all|really|as\s+such|quite)|(?:sadly|unfortunately|afraid),?\s+(?:no|not)|I['’]m\s+afraid\s+not)(?![\p{L}-])/iu;

function isQuestion(sentence: string): boolean {
  return sentence.trimEnd().replace(/["'”’)]+$/u, "").endsWith("?");
}

/** Most words capitalised, small ones too ("Never Stains, Never Wrinkles And Never Fades"), as titles and listings are set. */
function isTitleCase(sentence: string): boolean {
  const words = sentence.match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  const capitalised = words.filter((word) => /^\p{Lu}/u.test(word)).length;
  return capitalised >= 5 && capitalised >= 0.8 * words.length;
}

interface Span {
  readonly start: number;
  readonly end: number;
}

/** The match's clause between semicolons: where a contradiction must stand ("solid oak; the top is veneer" holds). */
function clauseAround(sentence: string, start: number, end: number): Span {
  const semicolonAfter = sentence.indexOf(";", end);
  return { start: sentence.lastIndexOf(";", start) + 1, end: semicolonAfter === -1 ? sentence.length : semicolonAfter };
}

/** The clause with the match blanked, so the claim's own words never contradict it. */
function restOfClause(sentence: string, clause: Span, start: number, end: number): string {
  return sentence.slice(clause.start, start) + " ".repeat(end - start) + sentence.slice(end, clause.end);
}

// "not plated or filled", "free from parabens, BHT and sodium benzoate": a contradiction that is
// itself denied contradicts nothing, and nor does one the product replaces ("instead of a PP pump"),
// nor one it is set against ("unlike cheaper gold-tone pieces", "than mains water"). "Not copper-clad aluminium" denies the
// compound as a whole.
const deniedBefore =
  /(?<![\p{L}])(?:(?:not|no|never|without|nor|neither|zero|free\s+(?:of|from)|no\s+more|instead\s+of|rather\s+than|in\s+place\s+of|replac(?:e|es|ed|ing)|swap(?:s|ped|ping)?(?:\s+out)?)\s+(?:(?:a|an|the|our|your|any|old|added|single[-\s]use|conventional|usual)\s+)?(?:[\p{L}\p{N}-]+(?:\s+[\p{L}\p{N}-]+)?(?:,|\s+(?:or|and|nor))\s+)*(?:[\p{L}\p{N}]+-)?|(?:unlike|than|versus|vs\.?|compared\s+(?:to|with))\s+(?:[\p{L}\p{N}-]+\s+){0,3})$/iu;

// "Oak-veneer top … legs in solid beech": a finish that names a material of its own is about that
// material. A base ("copper core") names what the claimed piece is made of, so it still contradicts.
const finish = /^(?:plat|electroplat|veneer|effect|coat|dip|fill|layer|clad|bond|wash|flash|vermeil)/iu;
const ownedByMaterial = new RegExp(`(?:${expandLexicons("{{materials}}")}|(?<![\\p{L}])(?:gold|silver|platinum|rhodium|palladium))[\\s-]+$`, "iu");
const materialWord = new RegExp(`${expandLexicons("{{materials}}")}|(?<![\\p{L}])(?:gold|silver|platinum|rhodium|palladium)(?![\\p{L}])`, "giu");
// A claim about a class of material ("solid wood") is contradicted by any of its kinds ("walnut veneer").
const materialClass = /(?<![\p{L}])(?:wood|hardwood|timber|metal)(?![\p{L}])/iu;

/** Whether a contradiction the rule requires stands in the clause, not denied and not about another material than the claim's. */
function contradicts(source: string, clause: string, claim: string): boolean {
  const claimed = new Set([...claim.matchAll(materialWord)].map((found) => singular(found[0])));
  // "Only genuine Prosecco … our Prosecco on tap": a word the claim itself names is what it claims, not its contradiction.
  const named = new Set((claim.match(/\p{L}+/gu) ?? []).map(singular));
  for (const match of clause.matchAll(pattern(source, true))) {
    if (named.has(singular(match[0]))) continue;
    const before = clause.slice(0, match.index);
    if (deniedBefore.test(before)) continue;
    const owner = ownedByMaterial.exec(before);
    if (owner && finish.test(match[0]) && claimed.size > 0 && !materialClass.test(claim) && !claimed.has(singular(owner[0].replace(/[\s-]+$/u, "")))) continue;
    return true;
  }
  return false;
}

/**
 * Whether another sentence says the claimed material is only a finish or a share: "Oak veneer on an MDF
 * core" against "solid oak", "Care label: 80% merino wool, 20% nylon" or "our 50/50 poly-cotton sheets"
 * against "100% merino" and "pure Egyptian cotton".
 */
function otherwiseComposed(text: string, claim: string): boolean {
  for (const found of claim.matchAll(materialWord)) {
    const material = singular(found[0]);
    let statements = compositionStatements.get(material);
    if (!statements) {
      const name = `${material.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&").replace(/ /gu, "\\s+")}(?:e?s)?`;
      // "Legs and frame are oak veneer" names the part it covers: only a finish that opens its sentence describes the whole piece.
      const finishOpening = `(?:^|[.!?]["'”’)]*\\s+|\\n[\\s*•-]*)${name}[\\s-]+(?:plat|electroplat|veneer|effect|coat|dip|fill|layer|clad|bond|wash|flash|vermeil)`;
      // A precious metal's share is its fineness ("sterling silver (92.5% silver)"), which the metal rules read instead.
      const share = `(?<![\\p{N}.,])(?:[1-9]\\d?(?:[.,]\\d+)?\\s?%\\s+(?:[\\p{L}-]+\\s+)?${name}|\\d{1,2}\\s?\\/\\s?\\d{1,2}\\s+(?:[\\p{L}]+-)?${name})(?![\\p{L}])`;
      statements = new RegExp(preciousMetal.test(material) ? finishOpening : `${finishOpening}|${share}`, "iu");
      compositionStatements.set(material, statements);
    }
    if (statements.test(text)) return true;
  }
  return false;
}

/** By claimed material: the statements that make it only a finish or a share. */
const compositionStatements = new Map<string, RegExp>();
const preciousMetal = /^(?:gold|silver|platinum|rhodium|palladium)$/u;

function singular(word: string): string {
  return word.toLowerCase().replace(/\s+/gu, " ").replace(/e?s$/u, "");
}

const compiled = new Map<string, RegExp>();

/** Context patterns, compiled once. Without `global` there is no lastIndex to reset between tests. */
function pattern(source: string, global = false): RegExp {
  const key = `${global ? "g" : "-"}${source}`;
  let found = compiled.get(key);
  if (!found) {
    found = new RegExp(source, global ? claimPatternFlags : claimPatternFlags.replace("g", ""));
    compiled.set(key, found);
  }
  return found;
}

function overlaps(source: string, sentence: string, start: number, end: number): boolean {
  for (const match of sentence.matchAll(pattern(source, true))) {
    if (match.index < end && match.index + match[0].length > start) return true;
  }
  return false;
}

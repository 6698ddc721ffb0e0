import type { ProductBrief } from "../brief";
import type { ChatMessage } from "../chat";
import type { TextRange } from "../claims/sentenceRange";
import { exampleProductWords } from "../exampleBrief";
import { brokenRulesHeader } from "../promptParts";

/**
 * What a draft must not carry over from its own request: the answer's JSON keys, and runs of the
 * prompt's words that are not the brief's (the field instructions, the worked example's copy, the
 * rewrite's header). SmolLM2-135M wrote them into fields in 10 of the eval's 65 outputs: a second
 * paragraph reading `seoTitle':'Harbour View Hotel Room','tagline':…`, a bullet "seoTitle:",
 * "at most 60 characters;", "Your previous draft broke these rules", and the example tote bag's
 * "inner zip pocket" in a dog lead's bullets. None of it is copy, and the example's facts are
 * another product's.
 */
export interface PromptLeakSource {
  /** The answer's keys, lower-cased. */
  readonly keys: ReadonlySet<string>;
  /** Every run of `echoWords` words in the prompt that the brief does not also hold. */
  readonly promptRuns: ReadonlySet<string>;
  /** The worked example's product words that the brief does not use: two in one sentence are its product. */
  readonly exampleWords: ReadonlySet<string>;
}

export interface PromptLeak extends TextRange {
  /**
   * "structure": a key or JSON punctuation, after which the model is writing the next field, so
   * nothing after it in the string is copy. "echo": a run of the prompt's words, a sentence's worth.
   */
  readonly kind: "structure" | "echo";
}

/**
 * Five words: four-word runs are common English ("made for people who"), while five of the
 * prompt's in a row, outside the brief, are its scaffolding.
 */
const echoWords = 5;
const word = /[\p{L}\p{N}]+/gu;

export function promptLeakSource(promptTexts: readonly string[], briefPhrases: readonly string[], keys: readonly string[], exampleVocabulary: readonly string[] = []): PromptLeakSource {
  const phrases = briefPhrases.map((phrase) => phrase.trim()).filter((phrase) => phrase.length > 0);
  const brief = new Set(phrases.flatMap((phrase) => runsOf(phrase)));
  // The brief's words are cut out first: `one sentence with "extra virgin olive oil"` is scaffolding, and the keyword is the brief's.
  const ownWords = promptTexts.flatMap((text) => phrases.reduce<string[]>((parts, phrase) => parts.flatMap((part) => part.split(phrase)), [text]));
  const promptRuns = new Set(ownWords.flatMap((text) => runsOf(text)).filter((run) => !brief.has(run)));
  const briefWords = new Set(phrases.flatMap((phrase) => (phrase.match(word) ?? []).map((match) => singular(match.toLowerCase()))));
  const exampleWords = new Set(exampleVocabulary.filter((example) => !briefWords.has(example)));
  return { keys: new Set(keys.map((key) => key.toLowerCase())), promptRuns, exampleWords };
}

function singular(token: string): string {
  return token.length > 3 && token.endsWith("s") && !token.endsWith("ss") ? token.slice(0, -1) : token;
}

/**
 * The leak source of a structured job's chat: every turn but the system prompt (which holds the
 * profile's and brand's guidance, whose phrases copy may use), the retry's header, the schema's
 * keys, and the worked example's product words (every structured chat shows that example).
 */
export function chatLeakSource(messages: readonly ChatMessage[], brief: ProductBrief, schema: unknown): PromptLeakSource {
  const turns = messages.filter((message) => message.role !== "system").map((message) => message.content);
  const phrases = [brief.name, ...brief.facts, ...brief.keywords, brief.audience ?? "", brief.tone ?? ""];
  return promptLeakSource([...turns, brokenRulesHeader], phrases, schemaKeys(schema), exampleProductWords);
}

/** The property names anywhere in a JSON schema: the words an answer's text never needs. */
export function schemaKeys(schema: unknown): string[] {
  if (Array.isArray(schema)) return schema.flatMap(schemaKeys);
  if (schema === null || typeof schema !== "object") return [];
  const record = schema as Record<string, unknown>;
  const properties = record.properties;
  const own = properties !== null && typeof properties === "object" && !Array.isArray(properties) ? Object.keys(properties) : [];
  return [...own, ...Object.values(record).flatMap(schemaKeys)];
}

/** Where `text` leaks its request, in text order; empty for clean copy. */
export function promptLeaks(text: string, source: PromptLeakSource): PromptLeak[] {
  const leaks: PromptLeak[] = [];
  const structure = structureAt(text, source.keys);
  if (structure !== undefined) leaks.push({ start: structure.start, end: text.length, kind: "structure" });
  const words = [...text.matchAll(word)];
  for (let index = 0; index + echoWords <= words.length; index++) {
    const run = words.slice(index, index + echoWords);
    if (!source.promptRuns.has(run.map((match) => match[0].toLowerCase()).join(" "))) continue;
    const start = run[0]!.index;
    const last = run[echoWords - 1]!;
    if (structure !== undefined && start >= structure.start) break;
    leaks.push({ start, end: last.index + last[0].length, kind: "echo" });
  }
  leaks.push(...exampleProductLeaks(text, source.exampleWords, structure?.start ?? text.length));
  return leaks.sort((a, b) => a.start - b.start);
}

/** Sentences (before `end`) that name two of the worked example's product words: "echo" leaks. */
function exampleProductLeaks(text: string, exampleWords: ReadonlySet<string>, end: number): PromptLeak[] {
  if (exampleWords.size < 2) return [];
  const leaks: PromptLeak[] = [];
  for (const sentence of text.slice(0, end).matchAll(/[^.!?…\n]+/gu)) {
    const found = [...sentence[0].matchAll(word)].map((match) => ({ match, key: singular(match[0].toLowerCase()) })).filter(({ key }) => exampleWords.has(key));
    if (new Set(found.map(({ key }) => key)).size < 2) continue;
    const first = found[0]!.match;
    const last = found[found.length - 1]!.match;
    leaks.push({ start: sentence.index + first.index, end: sentence.index + last.index + last[0].length, kind: "echo" });
  }
  return leaks;
}

// JSON's own punctuation between strings: `':'`, `", "`, `': [`, and braces, which copy never holds.
const jsonPunctuation = /['"]\s*:\s*['"[{]|['"]\s*,\s*['"][\p{L}]|[{}]|\[\s*['"]|['"]\s*\]/u;

function structureAt(text: string, keys: ReadonlySet<string>): TextRange | undefined {
  const found: TextRange[] = [];
  const punctuation = jsonPunctuation.exec(text);
  if (punctuation) found.push({ start: punctuation.index, end: punctuation.index + punctuation[0].length });
  for (const match of text.matchAll(word)) {
    const token = match[0];
    if (!keys.has(token.toLowerCase())) continue;
    const before = text.slice(0, match.index);
    const after = text.slice(match.index + token.length);
    // "metaDescription" is no word of any language; "title" or "body" is a key only where JSON or a label makes it one.
    const coined = /\p{Ll}\p{Lu}/u.test(token);
    const quoted = /['"]\s*$/.test(before) || /^['"]/.test(after);
    const label = /^\s*:/.test(after) && before.trim() === "";
    if (coined || quoted || label) found.push({ start: match.index, end: match.index + token.length });
  }
  return found.sort((a, b) => a.start - b.start)[0];
}

function runsOf(text: string): string[] {
  const words = (text.match(word) ?? []).map((match) => match.toLowerCase());
  const runs: string[] = [];
  for (let index = 0; index + echoWords <= words.length; index++) runs.push(words.slice(index, index + echoWords).join(" "));
  return runs;
}

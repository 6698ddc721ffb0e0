import { parse as parseYaml } from "yaml";
import { isRecord } from "../values";

export interface BannedTerm {
  readonly term: string;
  readonly replacement?: string;
  readonly reason?: string;
}

export interface BrandGlossary {
  readonly preferred: readonly string[];
  readonly banned: readonly BannedTerm[];
  /** Terms every translation writes exactly as they are (product lines, trademarks). */
  readonly doNotTranslate?: readonly string[];
}

/** A company's voice, from .tailor/brand.json or .tailor/brand.yaml in the workspace. */
export interface BrandVoice {
  readonly tone?: string;
  readonly audience?: string;
  readonly readingLevel?: string;
  readonly glossary: BrandGlossary;
}

export class BrandVoiceError extends Error {
  override readonly name = "BrandVoiceError";
}

const brandKeys = ["tone", "audience", "readingLevel", "glossary"];
const glossaryKeys = ["preferred", "banned", "doNotTranslate"];
const bannedKeys = ["term", "replacement", "reason"];
// The brand file goes into every prompt: a limit keeps a pasted style guide from crowding out the brief.
const maxFieldChars = 500;

export type BrandFileFormat = "json" | "yaml";

/**
 * Parses the text of .tailor/brand.json or .tailor/brand.yaml; errors name `fileName` and the
 * field. An empty file is a brand with no settings.
 */
export function parseBrandVoice(text: string, format: BrandFileFormat, fileName = `.tailor/brand.${format}`): BrandVoice {
  const fail = (field: string, problem: string): never => {
    throw new BrandVoiceError(`${fileName}: "${field}" ${problem}`);
  };
  const data = parseDocument(text, format, fileName);
  if (data === undefined || data === null) return { glossary: { preferred: [], banned: [] } };
  if (!isRecord(data)) throw new BrandVoiceError(`${fileName}: the file must hold an object with tone, audience, readingLevel and glossary.`);
  rejectUnknownKeys(data, brandKeys, "", fail);
  const glossary = parseGlossary(data.glossary, fail);
  return {
    ...optionalText(data, "tone", fail),
    ...optionalText(data, "audience", fail),
    ...readingLevel(data.readingLevel, fail),
    glossary,
  };
}

/** The brand's part of a system prompt, or "" for a brand with no settings. */
export function brandGuidance(brand: BrandVoice): string {
  const sentences: string[] = [];
  if (brand.tone) sentences.push(`Brand voice: ${withoutFinalStop(brand.tone)}.`);
  if (brand.audience) sentences.push(`Write for ${withoutFinalStop(brand.audience)}.`);
  if (brand.readingLevel) sentences.push(`Keep the reading level at ${withoutFinalStop(brand.readingLevel)}.`);
  if (brand.glossary.preferred.length) sentences.push(`Prefer these terms: ${brand.glossary.preferred.join(", ")}.`);
  if (brand.glossary.banned.length) {
    const banned = brand.glossary.banned.map((entry) => (entry.replacement ? `"${entry.term}" (write "${entry.replacement}")` : `"${entry.term}"`));
    sentences.push(`Never use ${banned.join(", ")}.`);
  }
  return sentences.join(" ");
}

function parseDocument(text: string, format: BrandFileFormat, fileName: string): unknown {
  if (text.trim().length === 0) return undefined;
  try {
    return format === "json" ? JSON.parse(text) : parseYaml(text);
  } catch (error) {
    throw new BrandVoiceError(`${fileName} is not valid ${format === "json" ? "JSON" : "YAML"}: ${(error as Error).message.split("\n")[0]}`);
  }
}

function parseGlossary(value: unknown, fail: (field: string, problem: string) => never): BrandGlossary {
  if (value === undefined || value === null) return { preferred: [], banned: [] };
  if (!isRecord(value)) return fail("glossary", "must be an object with preferred and banned lists");
  rejectUnknownKeys(value, glossaryKeys, "glossary.", fail);
  const preferred = textList(value.preferred, "glossary.preferred", fail);
  const banned = bannedList(value.banned, fail);
  const bannedTerms = new Map<string, number>();
  banned.forEach((entry, index) => {
    const key = entry.term.toLowerCase();
    if (bannedTerms.has(key)) fail(`glossary.banned[${index}].term`, `repeats "${entry.term}"`);
    bannedTerms.set(key, index);
  });
  preferred.forEach((term, index) => {
    if (bannedTerms.has(term.toLowerCase())) fail(`glossary.preferred[${index}]`, `"${term}" is also in glossary.banned`);
  });
  banned.forEach((entry, index) => {
    // A replacement that is itself banned would turn every fix into a new finding.
    if (entry.replacement && bannedTerms.has(entry.replacement.toLowerCase())) {
      fail(`glossary.banned[${index}].replacement`, `"${entry.replacement}" is itself a banned term`);
    }
  });
  const doNotTranslate = textList(value.doNotTranslate, "glossary.doNotTranslate", fail);
  doNotTranslate.forEach((term, index) => {
    if (bannedTerms.has(term.toLowerCase())) fail(`glossary.doNotTranslate[${index}]`, `"${term}" is also in glossary.banned`);
  });
  return { preferred, banned, ...(doNotTranslate.length ? { doNotTranslate } : {}) };
}

function bannedList(value: unknown, fail: (field: string, problem: string) => never): BannedTerm[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return fail("glossary.banned", 'must be a list of terms or of { term, replacement, reason }');
  return value.map((entry: unknown, index) => {
    const at = `glossary.banned[${index}]`;
    // A bare string is the short form for a term with no replacement.
    if (typeof entry === "string") return { term: checkedText(entry, at, fail) };
    if (!isRecord(entry)) return fail(at, "must be a term or an object with term, replacement and reason");
    rejectUnknownKeys(entry, bannedKeys, `${at}.`, fail);
    return {
      term: checkedText(entry.term, `${at}.term`, fail),
      ...(entry.replacement === undefined ? {} : { replacement: checkedText(entry.replacement, `${at}.replacement`, fail) }),
      ...(entry.reason === undefined ? {} : { reason: checkedText(entry.reason, `${at}.reason`, fail) }),
    };
  });
}

function readingLevel(value: unknown, fail: (field: string, problem: string) => never): { readingLevel?: string } {
  if (value === undefined || value === null) return {};
  // A bare number reads as a school grade ("readingLevel: 8").
  if (typeof value === "number") {
    if (!Number.isInteger(value) || value < 1 || value > 20) return fail("readingLevel", "must be a grade from 1 to 20 or a description such as \"plain English\"");
    return { readingLevel: `grade ${value}` };
  }
  return { readingLevel: checkedText(value, "readingLevel", fail) };
}

function optionalText<K extends string>(value: Record<string, unknown>, key: K, fail: (field: string, problem: string) => never): Partial<Record<K, string>> {
  if (value[key] === undefined || value[key] === null) return {};
  return { [key]: checkedText(value[key], key, fail) } as Partial<Record<K, string>>;
}

function checkedText(value: unknown, field: string, fail: (field: string, problem: string) => never): string {
  if (typeof value !== "string" || value.trim().length === 0) return fail(field, "must be a non-empty string");
  if (value.length > maxFieldChars) return fail(field, `is ${value.length} characters long; the most is ${maxFieldChars}`);
  return value.trim();
}

function textList(value: unknown, field: string, fail: (field: string, problem: string) => never): string[] {
  if (value === undefined || value === null) return [];
  if (!Array.isArray(value)) return fail(field, "must be a list of strings");
  return value.map((item: unknown, index) => checkedText(item, `${field}[${index}]`, fail));
}

function rejectUnknownKeys(value: Record<string, unknown>, known: readonly string[], prefix: string, fail: (field: string, problem: string) => never): void {
  for (const key of Object.keys(value)) {
    // "$schema" and similar editor hints are not settings.
    if (!key.startsWith("$") && !known.includes(key)) fail(`${prefix}${key}`, `is not a known field (known: ${known.join(", ")})`);
  }
}

function withoutFinalStop(value: string): string {
  return value.replace(/[.!?\s]+$/, "");
}

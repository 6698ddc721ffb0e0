import { parse as parseYaml } from "yaml";
import { profileNamed, unknownIndustryMessage } from "./profiles/profileForBrief";
import { splitFacts } from "./text/splitList";
import { languageCode, languageNames } from "./translation/languages";
import { isRecord } from "./values";

/** What the user tells Tailor about a product. Only facts are required; the model infers the rest. */
export interface ProductBrief {
  readonly name: string;
  readonly facts: readonly string[];
  readonly audience?: string;
  readonly tone?: string;
  readonly keywords: readonly string[];
  /** How many words the user wants ("length: 800 words"), when the brief says. */
  readonly words?: number;
  /** The language to write in, as a two-letter code; English when absent. */
  readonly language?: string;
  /** The industry profile's id when the brief names one ("industry: Fashion & apparel"); else the workspace's applies. */
  readonly industry?: string;
}

export class BriefError extends Error {
  override readonly name = "BriefError";
}

const briefKeys = ["name", "facts", "audience", "tone", "keywords", "length", "words", "language", "industry"] as const;
const maxBriefChars = 20_000;

/**
 * Reads a brief from selected text: a JSON object, a YAML mapping with the brief's keys,
 * or free text (a first short line is taken as the name, the rest as facts).
 */
export function parseBrief(text: string): ProductBrief {
  const trimmed = text.trim();
  if (trimmed.length === 0) throw new BriefError("The selection is empty. Select a product brief or some product facts.");
  if (trimmed.length > maxBriefChars) {
    throw new BriefError(`The selection is ${trimmed.length} characters long; a brief can be at most ${maxBriefChars}. Select only the product's facts.`);
  }
  const structured = parseStructured(trimmed);
  return structured ? briefFromObject(structured) : briefFromFreeText(trimmed);
}

function parseStructured(text: string): Record<string, unknown> | undefined {
  if (text.startsWith("{")) {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new BriefError(`The selection looks like JSON but does not parse: ${(error as Error).message}. Fix the JSON or select plain text.`);
    }
    if (!isRecord(value)) throw new BriefError("The JSON brief must be an object with name and facts.");
    return value;
  }
  // Free text often contains a colon ("Material: cotton"), so YAML counts as a brief only when
  // it names at least one of the brief's own keys.
  if (!/^\s*(name|facts|audience|tone|keywords|length|words|language|industry)\s*:/im.test(text)) return undefined;
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new BriefError(`The selection looks like a YAML brief but does not parse: ${firstLine((error as Error).message)}.`);
  }
  return isRecord(value) ? value : undefined;
}

function briefFromObject(value: Record<string, unknown>): ProductBrief {
  const unknownKeys = Object.keys(value).filter((key) => !(briefKeys as readonly string[]).includes(key));
  const facts = toList(value.facts, "facts");
  const name = optionalString(value.name, "name") ?? "";
  if (facts.length === 0 && name.length === 0) {
    throw new BriefError(`The brief has neither a name nor facts. Add "name:" and a "facts:" list.${unknownKeys.length ? ` (Unrecognised keys: ${unknownKeys.join(", ")}.)` : ""}`);
  }
  return {
    name,
    facts,
    audience: optionalString(value.audience, "audience"),
    tone: optionalString(value.tone, "tone"),
    keywords: toList(value.keywords, "keywords"),
    ...optionalWords(wordCount(value.length ?? value.words)),
    ...optionalLanguage(optionalString(value.language, "language")),
    ...optionalIndustry(optionalString(value.industry, "industry")),
  };
}

/** "fashion-apparel" or "Fashion & apparel", stored as the profile's id; an unknown one is refused with the ids. */
function optionalIndustry(text: string | undefined): { industry?: string } {
  if (text === undefined) return {};
  const profile = profileNamed(text);
  if (!profile) throw new BriefError(unknownIndustryMessage(`"industry: ${text}"`));
  return { industry: profile.id };
}

/** "de", "DE" or "German"; an unknown one is refused with the codes Tailor knows. */
function optionalLanguage(text: string | undefined): { language?: string } {
  if (text === undefined) return {};
  const code = languageCode(text);
  if (!code) throw new BriefError(`"language: ${text}" is not a language Tailor knows. Use a two-letter code: ${Object.keys(languageNames).join(", ")}.`);
  return code === "en" ? {} : { language: code };
}

function optionalWords(words: number | undefined): { words?: number } {
  return words === undefined ? {} : { words };
}

/** 800, "800", "800 words", "about 800 words". */
function wordCount(value: unknown): number | undefined {
  if (typeof value === "number" && value > 0) return Math.round(value);
  if (typeof value !== "string") return undefined;
  const match = /(\d[\d,]*)/.exec(value);
  return match ? Number(match[1].replace(/,/g, "")) : undefined;
}

function briefFromFreeText(text: string): ProductBrief {
  const lines = text.split(/\r?\n/).map((line) => line.replace(/^\s*(?:[-*•]|\d+[.)])\s+/, "").trim()).filter(Boolean);
  const [first, ...rest] = lines;
  const firstIsName = rest.length > 0 && first.length <= 80 && !/[.!?]$/.test(first);
  return { name: firstIsName ? first : "", facts: firstIsName ? rest : lines, keywords: [] };
}

function toList(value: unknown, key: string): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return splitFacts(value);
  if (Array.isArray(value)) return value.map((item) => scalarText(item, key)).filter(Boolean);
  if (isRecord(value)) return Object.entries(value).map(([k, v]) => `${k}: ${scalarText(v, key)}`);
  return [scalarText(value, key)];
}

function optionalString(value: unknown, key: string): string | undefined {
  if (value === undefined || value === null) return undefined;
  const text = scalarText(value, key);
  return text.length > 0 ? text : undefined;
}

function scalarText(value: unknown, key: string): string {
  if (typeof value === "string") return value.trim();
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  throw new BriefError(`"${key}" must be text or a list of text.`);
}

function firstLine(text: string): string {
  return text.split("\n")[0];
}

/** The words of a brief that retrieval ranks the approved examples against. */
export function briefSearchText(brief: ProductBrief): string {
  return [brief.name, ...brief.facts, brief.audience ?? "", ...brief.keywords].join(" ");
}

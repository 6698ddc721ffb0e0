import { parse as parseYaml } from "yaml";
import type { ProductBrief } from "../../src/core/brief";
import { channelIds, isChannelId, type ChannelId } from "../../src/core/marketing/channels";
import { industryProfiles } from "../../src/core/profiles/industryProfiles";
import { languageIds, type LanguageId } from "../../src/core/translation/languageId";

/** One brief of the eval: a product brief, its industry, and optionally a channel and a language. */
export interface EvalBrief {
  /** The entry's place in its file, from 1: it seeds the model, so a sample writes as the full run did. */
  readonly number: number;
  /** "3 (Merino Trail Sock)": how tables and errors name the entry. */
  readonly label: string;
  readonly industry: string;
  readonly brief: ProductBrief;
  /** Marketing copy for this channel; a product description when absent. */
  readonly channel?: ChannelId;
  /** The language the copy should be in; English when absent. */
  readonly language: LanguageId;
  /** Variants for marketing copy: the command's preselected 3 unless the brief says. */
  readonly variants: number;
}

export class EvalBriefError extends Error {
  override readonly name = "EvalBriefError";
}

const defaultVariants = 3;

/** Reads a YAML list of briefs. Unknown fields are ignored; a malformed entry is refused by its number and name. */
export function parseEvalBriefs(text: string, source: string): EvalBrief[] {
  let value: unknown;
  try {
    value = parseYaml(text);
  } catch (error) {
    throw new EvalBriefError(`${source} is not valid YAML: ${(error as Error).message.split("\n")[0]}`);
  }
  if (!Array.isArray(value)) throw new EvalBriefError(`${source} must be a YAML list of briefs, one "- name: …" entry each.`);
  return value.map((entry: unknown, index) => parseEntry(entry, index + 1, `${source}, entry ${index + 1}`));
}

function parseEntry(entry: unknown, number: number, where: string): EvalBrief {
  if (typeof entry !== "object" || entry === null || Array.isArray(entry)) throw new EvalBriefError(`${where}: a brief must be a mapping with name, industry and facts.`);
  const fields = entry as Record<string, unknown>;
  const name = typeof fields.name === "string" ? fields.name.trim() : "";
  const at = name ? `${where} ("${name}")` : where;
  if (!name) throw new EvalBriefError(`${at}: "name" must be a non-empty text.`);
  const industry = text(fields.industry, "industry", at);
  if (!industryProfiles.some((profile) => profile.id === industry)) {
    throw new EvalBriefError(`${at}: industry "${industry}" is not one of ${industryProfiles.map((profile) => profile.id).join(", ")}.`);
  }
  const facts = list(fields.facts, "facts", at);
  if (facts.length === 0) throw new EvalBriefError(`${at}: "facts" must list at least one fact.`);
  const channel = fields.channel === undefined ? undefined : text(fields.channel, "channel", at);
  if (channel !== undefined && !isChannelId(channel)) throw new EvalBriefError(`${at}: channel "${channel}" is not one of ${channelIds.join(", ")}.`);
  const language = fields.language === undefined ? "en" : text(fields.language, "language", at);
  if (!(languageIds as readonly string[]).includes(language)) throw new EvalBriefError(`${at}: language "${language}" is not one of ${languageIds.join(", ")}.`);
  const variants = fields.variants === undefined ? defaultVariants : fields.variants;
  if (typeof variants !== "number" || !Number.isInteger(variants) || variants < 1 || variants > 5) throw new EvalBriefError(`${at}: "variants" must be a whole number from 1 to 5.`);
  return {
    number,
    label: `${number} (${name})`,
    industry,
    brief: {
      name,
      facts,
      audience: optionalText(fields.audience, "audience", at),
      tone: optionalText(fields.tone, "tone", at),
      keywords: fields.keywords === undefined ? [] : list(fields.keywords, "keywords", at),
      // As a user's brief carries it: the prompt then names the language to write in.
      ...(language === "en" ? {} : { language }),
    },
    channel: channel as ChannelId | undefined,
    language: language as LanguageId,
    variants,
  };
}

function text(value: unknown, key: string, at: string): string {
  if (typeof value !== "string" || value.trim() === "") throw new EvalBriefError(`${at}: "${key}" must be a non-empty text.`);
  return value.trim();
}

function optionalText(value: unknown, key: string, at: string): string | undefined {
  return value === undefined || value === null ? undefined : text(value, key, at);
}

function list(value: unknown, key: string, at: string): string[] {
  if (!Array.isArray(value) || value.some((item) => typeof item !== "string" && typeof item !== "number")) {
    throw new EvalBriefError(`${at}: "${key}" must be a list of texts.`);
  }
  return value.map((item) => String(item).trim()).filter(Boolean);
}

import { claimPatternFlags, type ClaimKind, type ClaimSeverity } from "../claims/claimRule";
import type { IndustryProfile, ProfileClaimRule } from "./industryProfile";

export class ProfileError extends Error {
  override readonly name = "ProfileError";
}

export const profileLimits = {
  minVocabulary: 8,
  maxVocabulary: 15,
  examples: 2,
  minExampleWords: 40,
  maxExampleWords: 90,
} as const;

const profileKeys = ["$comment", "id", "displayName", "preferredVocabulary", "avoid", "structure", "defaultTone", "examples"];
const ruleKeys = ["id", "kind", "patterns", "reason", "source", "replacement", "severity", "violationExamples"];
const kinds: readonly ClaimKind[] = ["term", "claim"];
const severities: readonly ClaimSeverity[] = ["warning", "error"];
const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * Validates one industry profile file, so a bad edit fails the tests with the file and field
 * named, not a user at prompt time. `universalRules` are appended to the profile's own rules.
 */
export function parseIndustryProfile(data: unknown, fileName: string, universalRules: readonly ProfileClaimRule[] = []): IndustryProfile {
  const fail = (field: string, problem: string): never => {
    throw new ProfileError(`${fileName}: "${field}" ${problem}`);
  };
  const profile = record(data, fileName, fail, "(top level)");
  rejectUnknownKeys(profile, profileKeys, "", fail);
  const id = text(profile, "id", fail);
  const expectedId = fileName.replace(/^.*[\\/]/, "").replace(/\.json$/, "");
  if (!kebabCase.test(id)) fail("id", "must be lower-case words joined by hyphens");
  if (id !== expectedId) fail("id", `is "${id}" but the file is named ${expectedId}.json`);

  const vocabulary = textList(profile.preferredVocabulary, "preferredVocabulary", fail);
  if (vocabulary.length < profileLimits.minVocabulary || vocabulary.length > profileLimits.maxVocabulary) {
    fail("preferredVocabulary", `has ${vocabulary.length} terms; it needs ${profileLimits.minVocabulary} to ${profileLimits.maxVocabulary}`);
  }
  if (new Set(vocabulary.map((term) => term.toLowerCase())).size !== vocabulary.length) fail("preferredVocabulary", "repeats a term");

  const examples = textList(profile.examples, "examples", fail);
  if (examples.length !== profileLimits.examples) fail("examples", `has ${examples.length} entries; it needs exactly ${profileLimits.examples}`);
  examples.forEach((example, index) => {
    const words = wordCount(example);
    if (words < profileLimits.minExampleWords || words > profileLimits.maxExampleWords) {
      fail(`examples[${index}]`, `has ${words} words; an example needs ${profileLimits.minExampleWords} to ${profileLimits.maxExampleWords}`);
    }
  });

  const ownRules = parseClaimRules(profile.avoid, fileName, "avoid");
  const universalIds = new Set(universalRules.map((rule) => rule.id));
  ownRules.forEach((rule, index) => {
    if (universalIds.has(rule.id)) fail(`avoid[${index}].id`, `"${rule.id}" repeats a universal rule's id`);
  });

  return {
    id,
    displayName: text(profile, "displayName", fail),
    preferredVocabulary: vocabulary,
    avoid: [...ownRules, ...universalRules],
    structure: parseSections(profile.structure, fail),
    defaultTone: text(profile, "defaultTone", fail),
    examples,
  };
}

/** Validates a list of claim rules, as found in a profile's "avoid" or in universalRules.json. */
export function parseClaimRules(data: unknown, fileName: string, field: string): ProfileClaimRule[] {
  const fail = (path: string, problem: string): never => {
    throw new ProfileError(`${fileName}: "${path}" ${problem}`);
  };
  if (!Array.isArray(data)) return fail(field, "must be a list of rules");
  const seen = new Set<string>();
  return data.map((entry: unknown, index) => {
    const at = `${field}[${index}]`;
    const rule = record(entry, at, fail, at);
    rejectUnknownKeys(rule, ruleKeys, `${at}.`, fail);
    const id = text(rule, "id", fail, at);
    if (!kebabCase.test(id)) fail(`${at}.id`, "must be lower-case words joined by hyphens");
    if (seen.has(id)) fail(`${at}.id`, `repeats the rule id "${id}"`);
    seen.add(id);
    const named = `${at}(${id})`;
    const kind = oneOf(rule.kind, kinds, `${named}.kind`, fail);
    const severity = oneOf(rule.severity, severities, `${named}.severity`, fail);
    const patterns = textList(rule.patterns, `${named}.patterns`, fail);
    if (patterns.length === 0) fail(`${named}.patterns`, "is empty");
    const compiled = patterns.map((source, patternIndex) => compilePattern(source, `${named}.patterns[${patternIndex}]`, fail));
    const violationExamples = textList(rule.violationExamples, `${named}.violationExamples`, fail);
    compiled.forEach((pattern, patternIndex) => {
      // A pattern that no example exercises is a pattern nobody has seen work.
      if (!violationExamples.some((example) => matches(pattern, example))) {
        fail(`${named}.patterns[${patternIndex}]`, "matches none of the rule's violationExamples");
      }
    });
    let replacement: string | undefined;
    if (rule.replacement !== undefined) {
      replacement = text(rule, "replacement", fail, named);
      if (kind !== "term") fail(`${named}.replacement`, 'is only for rules of kind "term"; a claim is removed, not reworded');
      // A replacement the rule flags again would make its own fix a violation.
      if (compiled.some((pattern) => matches(pattern, replacement as string))) fail(`${named}.replacement`, "is itself flagged by the rule's patterns");
    }
    return {
      id,
      kind,
      patterns,
      reason: text(rule, "reason", fail, named),
      source: text(rule, "source", fail, named),
      ...(replacement === undefined ? {} : { replacement }),
      severity,
      violationExamples,
    };
  });
}

function parseSections(data: unknown, fail: (field: string, problem: string) => never): string[] {
  const sections = textList(data, "structure", fail);
  if (sections.length === 0) fail("structure", "is empty");
  sections.forEach((section, index) => {
    // The heading names the section in prompts and pickers; what follows the colon says what it covers.
    if (!/^[^:]{2,40}: \S/.test(section)) fail(`structure[${index}]`, 'must read "Heading: what it covers"');
  });
  return sections;
}

function compilePattern(source: string, field: string, fail: (field: string, problem: string) => never): RegExp {
  let pattern: RegExp;
  try {
    pattern = new RegExp(source, claimPatternFlags);
  } catch (error) {
    return fail(field, `is not a valid regular expression: ${(error as Error).message}`);
  }
  if (matches(pattern, "")) fail(field, "matches empty text, so it would flag every description");
  return pattern;
}

function matches(pattern: RegExp, value: string): boolean {
  pattern.lastIndex = 0;
  const found = pattern.test(value);
  pattern.lastIndex = 0;
  return found;
}

function record(value: unknown, where: string, fail: (field: string, problem: string) => never, field: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail(field, `must be an object (in ${where})`);
  return value as Record<string, unknown>;
}

function rejectUnknownKeys(value: Record<string, unknown>, known: readonly string[], prefix: string, fail: (field: string, problem: string) => never): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) fail(`${prefix}${key}`, `is not a known field (known: ${known.filter((k) => !k.startsWith("$")).join(", ")})`);
  }
}

function text(value: Record<string, unknown>, key: string, fail: (field: string, problem: string) => never, prefix?: string): string {
  const field = prefix ? `${prefix}.${key}` : key;
  const found = value[key];
  if (typeof found !== "string" || found.trim().length === 0) return fail(field, "must be a non-empty string");
  return found;
}

function textList(value: unknown, field: string, fail: (field: string, problem: string) => never): string[] {
  if (!Array.isArray(value)) return fail(field, "must be a list of strings");
  value.forEach((item: unknown, index) => {
    if (typeof item !== "string" || item.trim().length === 0) fail(`${field}[${index}]`, "must be a non-empty string");
  });
  return value as string[];
}

function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, fail: (field: string, problem: string) => never): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    return fail(field, `must be one of ${allowed.map((a) => `"${a}"`).join(", ")}`);
  }
  return value as T;
}

function wordCount(value: string): number {
  return value.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

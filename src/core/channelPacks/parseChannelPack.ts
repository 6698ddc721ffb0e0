import { kebabCase, openDataFile, record, rejectUnknownKeys, text, textList, type Fail } from "../profiles/validateData";
import type { BannedCharacters, BannedTerm, ChannelField, ChannelPack } from "./channelPack";
import { termPattern } from "./termPattern";

export { ProfileError as ChannelPackError } from "../profiles/validateData";

const packKeys = ["$comment", "id", "displayName", "fields", "bannedTerms", "bannedCharacters", "requiredFields"];
const fieldKeys = ["label", "maxChars", "source"];
const termKeys = ["id", "terms", "reason", "source", "fields"];
const characterKeys = ["id", "characterClass", "reason", "source", "fields"];
const fieldName = /^[a-z][A-Za-z0-9_]*$/;

/**
 * Validates one channel pack file, so a bad edit (a workspace's own pack in `.tailor/` as much
 * as a bundled one) fails with the file and field named instead of checking nothing.
 *
 * With `base` (the built-in pack of the same id) the file extends it: every key but `id` may be
 * left out, its fields add to or override the base's limits, a rule with a base rule's id
 * replaces that rule, other rules are added, and required fields add to the base's.
 */
export function parseChannelPack(data: unknown, fileName: string, base?: ChannelPack): ChannelPack {
  const { fields: pack, fail, id } = openDataFile(data, fileName, packKeys);
  const given = (key: string) => base === undefined || pack[key] !== undefined;

  const ownFields = given("fields") ? parseFields(pack.fields, fail) : {};
  const fields = { ...base?.fields, ...ownFields };
  const fieldNames = Object.keys(fields);
  const rules = (key: string) => (given(key) ? list(pack[key], key, fail) : []);
  const bannedTerms = rules("bannedTerms").map((entry, index) => parseTerm(entry, `bannedTerms[${index}]`, fieldNames, fail));
  const bannedCharacters = rules("bannedCharacters").map((entry, index) => parseCharacters(entry, `bannedCharacters[${index}]`, fieldNames, fail));
  const ids = [...bannedTerms, ...bannedCharacters].map((rule) => rule.id);
  ids.forEach((ruleId, index) => {
    if (ids.indexOf(ruleId) !== index) fail("bannedTerms/bannedCharacters", `repeat the id "${ruleId}"`);
  });
  const requiredFields = given("requiredFields") ? textList(pack.requiredFields, "requiredFields", fail) : [];
  requiredFields.forEach((name, index) => {
    if (!fieldName.test(name)) fail(`requiredFields[${index}]`, "must be a field name (letters, digits, underscores)");
  });
  const displayName = base && pack.displayName === undefined ? base.displayName : text(pack, "displayName", fail);
  if (!base) return { id, displayName, fields, bannedTerms, bannedCharacters, requiredFields };
  const replaced = new Set(ids);
  return {
    id,
    displayName,
    fields,
    bannedTerms: [...base.bannedTerms.filter((rule) => !replaced.has(rule.id)), ...bannedTerms],
    bannedCharacters: [...base.bannedCharacters.filter((rule) => !replaced.has(rule.id)), ...bannedCharacters],
    requiredFields: [...new Set([...base.requiredFields, ...requiredFields])],
  };
}

function list(value: unknown, field: string, fail: Fail): unknown[] {
  if (!Array.isArray(value)) return fail(field, "must be a list");
  return value;
}

function parseFields(value: unknown, fail: Fail): Record<string, ChannelField> {
  const fields: Record<string, ChannelField> = {};
  for (const [name, entry] of Object.entries(record(value, "fields", fail, "fields"))) {
    if (!fieldName.test(name)) fail(`fields.${name}`, "must be named with letters, digits and underscores");
    const field = record(entry, `fields.${name}`, fail, `fields.${name}`);
    rejectUnknownKeys(field, fieldKeys, `fields.${name}.`, fail);
    const maxChars = field.maxChars;
    if (maxChars !== undefined && (typeof maxChars !== "number" || !Number.isInteger(maxChars) || maxChars < 1)) fail(`fields.${name}.maxChars`, "must be a whole number above 0");
    const source = field.source === undefined ? {} : { source: text(field, "source", fail, `fields.${name}`) };
    fields[name] = { label: text(field, "label", fail, `fields.${name}`), ...(typeof maxChars === "number" ? { maxChars } : {}), ...source };
  }
  return fields;
}

function parseScope(entry: Record<string, unknown>, where: string, fieldNames: readonly string[], fail: Fail): { fields?: readonly string[] } {
  if (entry.fields === undefined) return {};
  const fields = textList(entry.fields, `${where}.fields`, fail);
  fields.forEach((name, index) => {
    if (!fieldNames.includes(name)) fail(`${where}.fields[${index}]`, `"${name}" is not one of the pack's fields (${fieldNames.join(", ")})`);
  });
  return { fields };
}

function parseTerm(value: unknown, where: string, fieldNames: readonly string[], fail: Fail): BannedTerm {
  const entry = record(value, where, fail, where);
  rejectUnknownKeys(entry, termKeys, `${where}.`, fail);
  const terms = textList(entry.terms, `${where}.terms`, fail);
  if (terms.length === 0) fail(`${where}.terms`, "is empty");
  terms.forEach((term, index) => {
    if (!/^[\p{L}\p{N}][\p{L}\p{N}\s'’%&-]*\*?$/u.test(term.trim())) fail(`${where}.terms[${index}]`, "must be words, with at most a final *");
  });
  return {
    id: ruleId(entry, where, fail),
    terms,
    reason: text(entry, "reason", fail, where),
    source: text(entry, "source", fail, where),
    ...parseScope(entry, where, fieldNames, fail),
    pattern: termPattern(terms),
  };
}

function parseCharacters(value: unknown, where: string, fieldNames: readonly string[], fail: Fail): BannedCharacters {
  const entry = record(value, where, fail, where);
  rejectUnknownKeys(entry, characterKeys, `${where}.`, fail);
  const characterClass = text(entry, "characterClass", fail, where);
  let pattern: RegExp;
  try {
    pattern = new RegExp(`[${characterClass}]`, "u");
  } catch (error) {
    return fail(`${where}.characterClass`, `is not a valid character class (${(error as Error).message})`);
  }
  // A class that matches a letter or a space would strip ordinary copy.
  if (pattern.test("a") || pattern.test(" ")) fail(`${where}.characterClass`, "matches letters or spaces");
  return {
    id: ruleId(entry, where, fail),
    characterClass,
    reason: text(entry, "reason", fail, where),
    source: text(entry, "source", fail, where),
    ...parseScope(entry, where, fieldNames, fail),
    pattern,
  };
}

function ruleId(entry: Record<string, unknown>, where: string, fail: Fail): string {
  const id = text(entry, "id", fail, where);
  if (!kebabCase.test(id)) fail(`${where}.id`, "must be lower-case words joined by hyphens");
  return id;
}

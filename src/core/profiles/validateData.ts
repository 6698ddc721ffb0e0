/** A profile or rules data file that breaks the schema; the message names the file and the field. */
export class ProfileError extends Error {
  override readonly name = "ProfileError";
}

export type Fail = (field: string, problem: string) => never;

export function record(value: unknown, where: string, fail: Fail, field: string): Record<string, unknown> {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return fail(field, `must be an object (in ${where})`);
  return value as Record<string, unknown>;
}

export function rejectUnknownKeys(value: Record<string, unknown>, known: readonly string[], prefix: string, fail: Fail): void {
  for (const key of Object.keys(value)) {
    if (!known.includes(key)) fail(`${prefix}${key}`, `is not a known field (known: ${known.filter((k) => !k.startsWith("$")).join(", ")})`);
  }
}

export function text(value: Record<string, unknown>, key: string, fail: Fail, prefix?: string): string {
  const field = prefix ? `${prefix}.${key}` : key;
  const found = value[key];
  if (typeof found !== "string" || found.trim().length === 0) return fail(field, "must be a non-empty string");
  return found;
}

export function textList(value: unknown, field: string, fail: Fail): string[] {
  if (!Array.isArray(value)) return fail(field, "must be a list of strings");
  value.forEach((item: unknown, index) => {
    if (typeof item !== "string" || item.trim().length === 0) fail(`${field}[${index}]`, "must be a non-empty string");
  });
  return value as string[];
}

export function oneOf<T extends string>(value: unknown, allowed: readonly T[], field: string, fail: Fail): T {
  if (typeof value !== "string" || !(allowed as readonly string[]).includes(value)) {
    return fail(field, `must be one of ${allowed.map((a) => `"${a}"`).join(", ")}`);
  }
  return value as T;
}

/** Lower-case words joined by hyphens: the form of every id in Tailor's data files. */
export const kebabCase = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The start every data file's validation shares: a failure that names the file and the field, a
 * top-level object with only `knownKeys`, and an id in kebab case that matches the file's name.
 */
export function openDataFile(data: unknown, fileName: string, knownKeys: readonly string[]): { readonly fields: Record<string, unknown>; readonly fail: Fail; readonly id: string } {
  const fail: Fail = (field, problem) => {
    throw new ProfileError(`${fileName}: "${field}" ${problem}`);
  };
  const fields = record(data, fileName, fail, "(top level)");
  rejectUnknownKeys(fields, knownKeys, "", fail);
  const id = text(fields, "id", fail);
  const expectedId = fileName.replace(/^.*[\\/]/, "").replace(/\.json$/, "");
  if (!kebabCase.test(id)) fail("id", "must be lower-case words joined by hyphens");
  if (id !== expectedId) fail("id", `is "${id}" but the file is named ${expectedId}.json`);
  return { fields, fail, id };
}

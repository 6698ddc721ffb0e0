/**
 * Readers for data that crossed the webview boundary. Each returns undefined rather than
 * throwing, so a validator can stop at the first thing it does not expect.
 */

export type PlainRecord = Readonly<Record<string, unknown>>;

/**
 * A plain object with only the given own data properties, all required ones among them.
 * Anything else is refused: a stray key (an "__proto__" that JSON.parse made an own property),
 * an inherited value, a getter, or an object that is not plain.
 */
export function strictRecord(value: unknown, required: readonly string[], optional: readonly string[] = []): PlainRecord | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const prototype: unknown = Object.getPrototypeOf(value);
  if (prototype !== Object.prototype && prototype !== null) return undefined;
  const keys = Reflect.ownKeys(value);
  for (const key of keys) {
    if (typeof key !== "string" || (!required.includes(key) && !optional.includes(key))) return undefined;
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (!descriptor || !("value" in descriptor)) return undefined;
  }
  if (!required.every((key) => keys.includes(key))) return undefined;
  return value as PlainRecord;
}

export function boundedString(value: unknown, maxLength: number): string | undefined {
  return typeof value === "string" && value.length <= maxLength ? value : undefined;
}

/** Present and valid, or absent: `{ ok: false }` only when present and invalid. */
export function optionalBoundedString(value: unknown, maxLength: number): { ok: true; value: string | undefined } | { ok: false } {
  if (value === undefined) return { ok: true, value: undefined };
  const text = boundedString(value, maxLength);
  return text === undefined ? { ok: false } : { ok: true, value: text };
}

/** Every item read by `read`; undefined if it is not an array, is too long, or any item fails. */
export function boundedArray<T>(value: unknown, maxItems: number, read: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value) || value.length > maxItems) return undefined;
  const items: T[] = [];
  for (const item of value) {
    const parsed = read(item);
    if (parsed === undefined) return undefined;
    items.push(parsed);
  }
  return items;
}

export function positiveInteger(value: unknown, max: number): number | undefined {
  return typeof value === "number" && Number.isInteger(value) && value > 0 && value <= max ? value : undefined;
}

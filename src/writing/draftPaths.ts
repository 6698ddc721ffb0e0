/** Where a string sits in a draft: drafts are plain JSON-shaped values, so one walk serves every kind. */
export type DraftPath = readonly (string | number)[];

export function stringPaths(value: unknown, path: DraftPath = []): DraftPath[] {
  if (typeof value === "string") return [path];
  if (Array.isArray(value)) return value.flatMap((item: unknown, index) => stringPaths(item, [...path, index]));
  if (value !== null && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => stringPaths(item, [...path, key]));
  return [];
}

export function valueAt(value: unknown, path: DraftPath): unknown {
  return path.reduce<unknown>((at, key) => (at as Record<string | number, unknown>)[key], value);
}

/** A copy of `value` with the string at `path` replaced; an emptied list item is dropped from its list. */
export function withValueAt<T>(value: T, path: DraftPath, text: string): T {
  const [key, ...rest] = path;
  if (key === undefined) return text as T;
  if (Array.isArray(value)) {
    const items: unknown[] = [...value];
    if (rest.length === 0 && text === "") items.splice(key as number, 1);
    else items[key as number] = withValueAt(items[key as number], rest, text);
    return items as T;
  }
  const record = value as Record<string, unknown>;
  return { ...record, [key]: withValueAt(record[key], rest, text) } as T;
}

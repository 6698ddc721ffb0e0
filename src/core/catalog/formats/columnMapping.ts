/** A header name reduced to lowercase letters and digits, so "Body (HTML)", "body_html" and "body-html" match. */
export function normalizeHeader(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, "");
}

/** The first column whose name matches an alias; earlier aliases win over later ones. */
export function findColumn(header: readonly string[], aliases: readonly string[]): number | undefined {
  const normalized = header.map(normalizeHeader);
  for (const alias of aliases) {
    const index = normalized.indexOf(normalizeHeader(alias));
    if (index >= 0) return index;
  }
  return undefined;
}

/** A header the user named: exactly as written first, then by its normalized form. */
export function columnNamed(header: readonly string[], name: string): number | undefined {
  const exact = header.indexOf(name);
  return exact >= 0 ? exact : findColumn(header, [name]);
}

export type BriefField = "name" | "facts" | "audience" | "tone" | "keywords" | "industry";

/**
 * The user's answer when a column could not be found: a header name per field, or null for
 * "this file has no such column".
 */
export type ColumnMappingOverride = Partial<Record<BriefField, string | null>>;

/** Column index per brief field, for the fields the file has. */
export type ColumnMapping = Partial<Record<BriefField, number>>;

export interface ColumnMappingResult {
  readonly mapping: ColumnMapping;
  /** Required fields with no column, which the user must map (or decline) before a run. */
  readonly unmapped: readonly BriefField[];
}

export class CatalogMappingError extends Error {
  override readonly name = "CatalogMappingError";

  constructor(
    readonly unmapped: readonly BriefField[],
    readonly headers: readonly string[],
    message: string = `No column for the product's ${unmapped.join(" and ")}. Choose one from: ${headers.join(", ")}.`,
  ) {
    super(message);
  }
}

const aliases: Readonly<Record<BriefField, readonly string[]>> = {
  name: ["name", "title", "product", "product name"],
  facts: ["facts", "features", "details", "specs"],
  audience: ["audience"],
  tone: ["tone"],
  keywords: ["keywords", "tags"],
  industry: ["industry", "vertical"],
};

const requiredFields: readonly BriefField[] = ["name", "facts"];

/** Finds each brief field's column by name; the override wins where it names one. */
export function mapColumns(header: readonly string[], override: ColumnMappingOverride = {}): ColumnMappingResult {
  const mapping: ColumnMapping = {};
  for (const field of Object.keys(aliases) as BriefField[]) {
    const chosen = override[field];
    if (chosen === null) continue;
    if (chosen !== undefined) {
      const index = columnNamed(header, chosen);
      if (index === undefined) throw new CatalogMappingError([field], header, `There is no column named "${chosen}" for the product's ${field}. The columns are: ${header.join(", ")}.`);
      mapping[field] = index;
      continue;
    }
    const found = findColumn(header, aliases[field]);
    if (found !== undefined) mapping[field] = found;
  }
  const declined = requiredFields.filter((field) => override[field] === null);
  const missing = requiredFields.filter((field) => mapping[field] === undefined && override[field] !== null);
  // Declining both would leave nothing to write from.
  const unmapped = declined.length === requiredFields.length ? requiredFields : missing;
  return { mapping, unmapped };
}

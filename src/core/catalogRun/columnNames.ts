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

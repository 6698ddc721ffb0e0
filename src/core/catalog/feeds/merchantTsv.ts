/**
 * Google Merchant Center's tab-delimited product data: UTF-8, a header row of attribute names,
 * one product per line. Merchant Center reads a value that starts with a double quote as a quoted
 * field (quotes inside doubled), and a line break or a tab inside a value otherwise ends it, so
 * values are kept to one line and quoted only where they start with a quote.
 */

/** The value Merchant Center documents for titles and descriptions written by generative AI. */
export const aiSourceType = "trained_algorithmic_media";

/** Text on one line: tabs and line breaks become single spaces, as Merchant Center shows them anyway. */
export function oneLine(text: string): string {
  return text.replace(/[\t\r\n\u2028\u2029]+/g, " ").replace(/ {2,}/g, " ").trim();
}

/** One cell: quoted, with its quotes doubled, only where Merchant Center would otherwise misread it. */
export function merchantCell(value: string): string {
  const text = oneLine(value);
  return text.startsWith('"') ? `"${text.replace(/"/g, '""')}"` : text;
}

/**
 * A structured_title or structured_description value: `digital_source_type:"content"`. The
 * content is always quoted (it may hold a colon or a quote), with its quotes doubled.
 */
export function structuredValue(content: string, sourceType: string = aiSourceType): string {
  return `${sourceType}:"${oneLine(content).replace(/"/g, '""')}"`;
}

/** The whole file: the header, then a line per row, each ending in a line feed. */
export function merchantTsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  return [header, ...rows].map((cells) => `${cells.map(merchantCell).join("\t")}\n`).join("");
}

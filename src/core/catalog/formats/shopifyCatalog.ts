import type { CsvRow, CsvTable } from "../csv/csvTable";
import type { CatalogProduct, CatalogTargets } from "./catalogProduct";
import { findColumn, normalizeHeader } from "./columnMapping";
import { htmlToText } from "./htmlText";
import { existingCopy } from "./outputTargets";
import { splitFacts, splitKeywords } from "../../text/splitList";
import { matchIndustry } from "../../profiles/matchIndustry";


/**
 * A Shopify export has one row per variant; rows sharing a Handle are one product, and the first
 * of them carries the product's own columns (Title, Body (HTML), SEO …), so the copy goes there.
 */
export function shopifyProducts(table: CsvTable, targets: CatalogTargets): CatalogProduct[] {
  const handleColumn = findColumn(table.header, ["handle"]);
  if (handleColumn === undefined) return [];
  const groups = new Map<string, CsvRow[]>();
  for (const row of table.rows) {
    const handle = row.cells[handleColumn].trim();
    if (handle.length === 0) continue;
    const group = groups.get(handle);
    if (group) group.push(row);
    else groups.set(handle, [row]);
  }
  return [...groups].flatMap(([handle, rows]) => {
    const product = productOf(table.header, handle, rows, targets);
    return product ? [product] : [];
  });
}

function productOf(header: readonly string[], handle: string, rows: readonly CsvRow[], targets: CatalogTargets): CatalogProduct | undefined {
  const first = rows[0];
  const cell = (alias: string): string => {
    const column = findColumn(header, [alias]);
    return column === undefined ? "" : first.cells[column].trim();
  };
  const facts: string[] = [];
  const oldCopy = htmlToText(cell("body html"));
  if (oldCopy) facts.push(oldCopy);
  header.forEach((name, column) => {
    if (/facts|features/.test(normalizeHeader(name))) facts.push(...splitFacts(first.cells[column]));
  });
  facts.push(...optionFacts(header, rows));
  // The store's own labels say what the product is and who makes it, so they come last: a field
  // written from the brief's words quotes the first facts, and those should describe the product.
  // Tags are already the keywords, and a category path ("Home & Garden > … > Drinkware") is
  // taxonomy, not copy, so neither is a fact; the path's last step names the kind where Type is empty.
  const kind = cell("type") || lastStep(cell("product category"));
  if (kind) facts.push(`Product type: ${kind}`);
  if (cell("vendor")) facts.push(`Brand: ${cell("vendor")}`);
  const name = cell("title");
  if (name.length === 0 && facts.length === 0) return undefined;
  // Tags double as SEO keywords; the category (else the type) hints at the industry, which a
  // profile match may recognise ("Electronics > Audio > …" is consumer electronics). Only a hint:
  // one that no profile matches leaves the product to the configured industry.
  const industry = matchIndustry(cell("product category") || cell("type"));
  return {
    key: handle,
    rowIndex: first.index,
    line: first.line,
    brief: { name, facts, keywords: splitKeywords(cell("tags")), ...(industry ? { industry: industry.id } : {}) },
    existing: existingCopy(first.cells, targets),
  };
}

function lastStep(categoryPath: string): string {
  return categoryPath.split(">").pop()?.trim() ?? "";
}

/** "Color: Slate, Sage, Sand" from the option columns of every variant row. */
function optionFacts(header: readonly string[], rows: readonly CsvRow[]): string[] {
  const facts: string[] = [];
  for (let option = 1; option <= 3; option++) {
    const nameColumn = findColumn(header, [`option${option} name`]);
    const valueColumn = findColumn(header, [`option${option} value`]);
    if (nameColumn === undefined || valueColumn === undefined) continue;
    const name = rows.map((row) => row.cells[nameColumn].trim()).find(Boolean);
    const values = [...new Set(rows.map((row) => row.cells[valueColumn].trim()).filter(Boolean))];
    // Shopify writes "Title: Default Title" for a product without variants; it says nothing.
    if (!name || values.length === 0 || (name === "Title" && values.length === 1 && values[0] === "Default Title")) continue;
    facts.push(`${name}: ${values.join(", ")}`);
  }
  return facts;
}

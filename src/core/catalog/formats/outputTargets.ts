import type { CatalogKind, CatalogTargets, ExistingCopy, TargetColumn, TargetField } from "./catalogProduct";
import { findColumn, normalizeHeader } from "./columnMapping";

const fields: readonly TargetField[] = ["description", "seoTitle", "seoDescription"];

const genericAliases: Readonly<Record<TargetField, readonly string[]>> = {
  description: ["description", "body", "body html", "long description"],
  seoTitle: ["seo title", "meta title"],
  seoDescription: ["seo description", "meta description"],
};

const shopifyAliases: Readonly<Record<TargetField, readonly string[]>> = {
  description: ["body html"],
  seoTitle: ["seo title"],
  seoDescription: ["seo description"],
};

const shopifyNames: Readonly<Record<TargetField, string>> = { description: "Body (HTML)", seoTitle: "SEO Title", seoDescription: "SEO Description" };
const titleCaseNames: Readonly<Record<TargetField, string>> = { description: "Description", seoTitle: "SEO Title", seoDescription: "SEO Description" };
const snakeCaseNames: Readonly<Record<TargetField, string>> = { description: "description", seoTitle: "seo_title", seoDescription: "seo_description" };

/** Where the copy goes; a missing column is appended, named in the style of the file's header. */
export function findTargets(header: readonly string[], kind: CatalogKind): CatalogTargets {
  const aliases = kind === "shopify" ? shopifyAliases : genericAliases;
  const newNames = kind === "shopify" ? shopifyNames : looksSnakeCase(header) ? snakeCaseNames : titleCaseNames;
  const appendedColumns: string[] = [];
  const columns = fields.map((field): TargetColumn => {
    const column = findColumn(header, aliases[field]);
    if (column !== undefined) return { field, column, header: header[column], appended: false };
    appendedColumns.push(newNames[field]);
    return { field, column: header.length + appendedColumns.length - 1, header: newNames[field], appended: true };
  });
  const description = columns[0];
  const descriptionFormat = kind === "shopify" || normalizeHeader(description.header).includes("html") ? "html" : "text";
  return { columns, appendedColumns, descriptionFormat };
}

function looksSnakeCase(header: readonly string[]): boolean {
  return header.every((name) => name === name.toLowerCase() && !/\s/.test(name));
}

/** What a row already holds in the target columns that exist. */
export function existingCopy(cells: readonly string[], targets: CatalogTargets): ExistingCopy {
  const existing: { -readonly [K in keyof ExistingCopy]: ExistingCopy[K] } = {};
  for (const target of targets.columns) {
    if (!target.appended) existing[target.field] = cells[target.column];
  }
  return existing;
}

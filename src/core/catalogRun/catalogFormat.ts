import type { Catalog } from "./catalogProduct";
import { CatalogMappingError, mapColumns, type ColumnMappingOverride } from "./columnMapping";
import { normalizeHeader } from "./columnNames";
import type { CsvTable } from "./csvTable";
import { genericProducts } from "./genericCatalog";
import { findTargets } from "./outputTargets";
import { shopifyProducts } from "./shopifyCatalog";

/** A Shopify product export, told apart by the two columns every one of them has. */
export function isShopifyHeader(header: readonly string[]): boolean {
  const names = header.map(normalizeHeader);
  return names.includes("handle") && names.includes("bodyhtml");
}

/**
 * The products in a table and where their copy goes. A generic CSV whose name or facts column
 * cannot be found throws CatalogMappingError: ask the user, then call again with `mapping`.
 */
export function readCatalog(table: CsvTable, mapping?: ColumnMappingOverride): Catalog {
  if (isShopifyHeader(table.header)) {
    const targets = findTargets(table.header, "shopify");
    return { kind: "shopify", products: shopifyProducts(table, targets), targets };
  }
  const columns = mapColumns(table.header, mapping);
  if (columns.unmapped.length > 0) throw new CatalogMappingError(columns.unmapped, table.header);
  const targets = findTargets(table.header, "generic");
  return { kind: "generic", products: genericProducts(table, columns.mapping, targets), targets };
}

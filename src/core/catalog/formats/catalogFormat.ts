import { CsvFormatError } from "../csv/csvFormatError";
import type { Catalog } from "./catalogProduct";
import { CatalogMappingError, mapColumns, normalizeHeader, type ColumnMappingOverride } from "./columnMapping";
import type { CsvTable } from "../csv/csvTable";
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
  // Checked first: a file read as one line has a header with the whole file in it, and any
  // column question about it would mislead.
  if (table.rows.length === 0) throw noProductsError(table);
  if (isShopifyHeader(table.header)) {
    const targets = findTargets(table.header, "shopify");
    return { kind: "shopify", products: shopifyProducts(table, targets), targets };
  }
  const columns = mapColumns(table.header, mapping);
  if (columns.unmapped.length > 0) throw new CatalogMappingError(columns.unmapped, table.header);
  const targets = findTargets(table.header, "generic");
  return { kind: "generic", products: genericProducts(table, columns.mapping, targets), targets };
}

function noProductsError(table: CsvTable): CsvFormatError {
  if (table.header.some((cell) => /\r(?!\n)/.test(cell))) {
    return new CsvFormatError(
      1,
      "No products found: the file's lines end in a carriage return only (old Mac style), so the whole file reads as one line. Save it with LF or CRLF line endings and run again.",
    );
  }
  return new CsvFormatError(2, "No products found: the file has a header row but no product rows below it.");
}

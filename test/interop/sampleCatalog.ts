import { readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { parse } from "csv-parse/sync";
import { stringify } from "csv-stringify/sync";
import { repoRoot } from "../support/paths";

/** The generic sample catalog (the same file as the shared samples' products.csv): 12 real products, 12 industries. */
export const sampleProductsCsv = path.join(repoRoot, "test", "unit", "catalog", "fixtures", "products.csv");

/**
 * Writes a catalog of `products` rows taken in turn from the sample. Past its 12 rows the products
 * repeat with a numbered SKU, so a long run still spreads over every industry's prompt and
 * lengths rather than one product written many times.
 */
export function writeSampleCatalog(file: string, products: number, sampleCsv = sampleProductsCsv): void {
  const [header, ...rows] = parse(readFileSync(sampleCsv, "utf8")) as string[][];
  if (!header || rows.length === 0) throw new Error(`${sampleCsv} has no products`);
  const sku = header.indexOf("sku");
  const out = Array.from({ length: products }, (_, i) => {
    const row = [...rows[i % rows.length]!];
    const round = Math.floor(i / rows.length);
    if (round > 0 && sku >= 0) row[sku] = `${row[sku]}-${round + 1}`;
    return row;
  });
  writeFileSync(file, stringify([header, ...out]));
}

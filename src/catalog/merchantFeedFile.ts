import * as path from "node:path";
import { besideOutput } from "../core/catalog/besideOutput";
import type { CatalogSideFile } from "../core/catalog/catalogRunTypes";
import { merchantFeed, merchantFeedItems } from "../core/catalog/feeds/merchantFeed";

/** A Google Merchant Center feed (tab-delimited, UTF-8) of the run's products, written beside the output. */
export function merchantFeedFile(feedPath: string): CatalogSideFile {
  return {
    path: path.resolve(feedPath),
    content: ({ table, catalog, results }) => merchantFeed(merchantFeedItems(table, catalog, results)),
  };
}

/** "products.tailor.csv" -> "products.tailor.merchant.tsv", for a surface that offers the feed without asking for a name. */
export function defaultFeedPath(outputPath: string): string {
  return besideOutput(outputPath, "merchant.tsv");
}

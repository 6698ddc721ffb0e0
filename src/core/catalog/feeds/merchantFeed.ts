import type { Catalog, TargetField } from "../formats/catalogProduct";
import { findColumn } from "../formats/columnMapping";
import { htmlToText } from "../formats/htmlText";
import type { CsvTable } from "../csv/csvTable";
import type { JournalEntry } from "../journal";
import { trimProse, trimTitle } from "../../productDescription/trimProse";
import { merchantTsv, structuredValue } from "./merchantTsv";

/** Merchant Center's limits, in characters. */
export const merchantLimits = { title: 150, description: 5000 } as const;

export const merchantFeedHeader = ["id", "title", "description", "structured_title", "structured_description"] as const;

/** One product's line in the feed; the structured values are empty where Tailor wrote nothing publishable. */
export interface MerchantFeedItem {
  readonly id: string;
  /** The product's own title, from the input. */
  readonly title: string;
  /** The product's own description, from the input, as plain text. */
  readonly description: string;
  /** Tailor's SEO title, when it wrote one and no check flagged the product. */
  readonly aiTitle?: string;
  /** Tailor's description as plain text, likewise. */
  readonly aiDescription?: string;
}

/**
 * The feed's products after a run. Copy Tailor wrote goes only into structured_title and
 * structured_description, marked as written by generative AI, and only where the product's copy
 * was written without findings (a finding in a translation only does not count): flagged copy
 * waits for a person's review and is not sent on to Google. A flagged, failed or skipped product keeps its own title and description, unmarked.
 * A product with no description of any kind is left out: Merchant Center would reject it.
 */
export function merchantFeedItems(table: CsvTable, catalog: Catalog, results: ReadonlyMap<string, JournalEntry>): MerchantFeedItem[] {
  const idColumn = catalog.kind === "generic" ? findColumn(table.header, ["id", "sku", "product id", "item id"]) : undefined;
  const titleColumn = findColumn(table.header, catalog.kind === "shopify" ? ["title"] : ["title", "name", "product name", "product"]);
  return catalog.products.flatMap((product) => {
    const cells = table.rows[product.rowIndex].cells;
    const id = (idColumn === undefined ? "" : cells[idColumn].trim()) || product.key;
    const title = trimTitle((titleColumn === undefined ? "" : cells[titleColumn]) || product.brief.name, merchantLimits.title);
    const description = trimProse(htmlToText(product.existing.description ?? ""), merchantLimits.description);
    const written = writtenCopy(catalog, results.get(product.key));
    const aiTitle = written.seoTitle && trimTitle(written.seoTitle, merchantLimits.title);
    const aiDescription = written.description && trimProse(htmlToText(written.description), merchantLimits.description);
    if (!description && !aiDescription) return [];
    return [{ id, title, description, ...(aiTitle ? { aiTitle } : {}), ...(aiDescription ? { aiDescription } : {}) }];
  });
}

/** A finding in one of the product's translations ("de: number-missing: …"), which says nothing against the English copy. */
function isTranslationFlag(flag: string): boolean {
  return /^[a-z]{2}: /.test(flag);
}

/** The cells the run wrote for a product whose own copy passed its checks, by field. */
function writtenCopy(catalog: Catalog, entry: JournalEntry | undefined): Partial<Record<TargetField, string>> {
  const reviewed = entry?.status === "written" || (entry?.status === "flagged" && (entry.flagged ?? []).every(isTranslationFlag));
  if (!reviewed || !entry?.edits) return {};
  const copy: Partial<Record<TargetField, string>> = {};
  for (const target of catalog.targets.columns) {
    const value = entry.edits[String(target.column)];
    if (value?.trim()) copy[target.field] = value;
  }
  return copy;
}

/** The feed file's text. */
export function merchantFeed(items: readonly MerchantFeedItem[]): string {
  return merchantTsv(
    merchantFeedHeader,
    items.map((item) => [item.id, item.title, item.description, item.aiTitle ? structuredValue(item.aiTitle) : "", item.aiDescription ? structuredValue(item.aiDescription) : ""]),
  );
}

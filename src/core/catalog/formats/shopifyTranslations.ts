import { stringify } from "csv-stringify/sync";
import type { Catalog, TargetField } from "./catalogProduct";
import type { JournalEntry } from "../journal";

/** The columns of the CSV that Shopify's Translate & Adapt exports and imports. */
export const shopifyTranslationHeader = ["Type", "Identification", "Field", "Locale", "Market", "Status", "Default content", "Translated content"] as const;

/** Shopify's names for a product's translatable fields. */
const shopifyFields: Readonly<Record<TargetField, string>> = { description: "body_html", seoTitle: "meta_title", seoDescription: "meta_description" };

/**
 * The run's translations of a Shopify export as a Translate & Adapt CSV: a row per product, field
 * and locale, with the copy the run wrote as the default content. A product export carries no
 * product IDs, so Identification holds the handle.
 */
export function shopifyTranslationsCsv(catalog: Catalog, results: ReadonlyMap<string, JournalEntry>, languages: readonly string[]): string {
  const rows: string[][] = [];
  for (const product of catalog.products) {
    const entry = results.get(product.key);
    if (!entry?.translations || !entry.edits || (entry.status !== "written" && entry.status !== "flagged")) continue;
    for (const language of languages) {
      const cells = entry.translations[language];
      if (!cells) continue;
      for (const target of catalog.targets.columns) {
        const translated = cells[target.field];
        const original = entry.edits[String(target.column)];
        if (translated && original) rows.push(["PRODUCT", product.key, shopifyFields[target.field], language, "", "", original, translated]);
      }
    }
  }
  return stringify([[...shopifyTranslationHeader], ...rows], { record_delimiter: "\n" });
}

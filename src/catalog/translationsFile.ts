import { besideOutput } from "../core/catalog/besideOutput";
import type { CatalogSideFile } from "../core/catalog/catalogRunTypes";
import { shopifyTranslationsCsv } from "../core/catalog/formats/shopifyTranslations";

/** "products.tailor.csv" -> "products.tailor.translations.csv", beside the output. */
export function translationsPathFor(outputPath: string): string {
  return besideOutput(outputPath, "translations.csv");
}

/** The translations of a Shopify run, as a Translate & Adapt CSV beside the output. */
export function shopifyTranslationsFile(outputPath: string, languages: readonly string[]): CatalogSideFile {
  return { path: translationsPathFor(outputPath), content: ({ catalog, results }) => shopifyTranslationsCsv(catalog, results, languages) };
}

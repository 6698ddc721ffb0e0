import type { Catalog, CatalogMode, CatalogProduct } from "./formats/catalogProduct";
import type { CatalogSummary, ProductWriterResult } from "./catalogRunTypes";
import { writeCsvTable, type CsvTable } from "./csv/csvTable";
import type { JournalEntry, JournalStatus } from "./journal";
import { planProductEdits } from "./formats/planEdits";
import { languageColumns, translatedCells } from "./formats/languageColumns";
import type { Settled } from "./settleUnlessAborted";
import { scoreOptionsFor } from "../scores/briefScoreOptions";
import { scoreProductDescription } from "../scores/scoreCopy";
import { journaledScores, scoreDistribution } from "./scoreReport";

/** Done for good: everything but a failure, which the next run retries. */
export function isDone(entry: JournalEntry | undefined): entry is JournalEntry {
  return entry !== undefined && entry.status !== "failed";
}

/** The journal entry for one product's outcome. */
export function entryFor(product: CatalogProduct, outcome: Settled<ProductWriterResult>, mode: CatalogMode, catalog: Catalog): JournalEntry {
  if (!outcome.ok) return { key: product.key, status: "failed", error: outcome.error instanceof Error ? outcome.error.message : String(outcome.error) };
  const edits = planProductEdits(product, outcome.value.draft, mode, catalog.targets);
  if (edits.size === 0) {
    const names = catalog.targets.columns.map((target) => target.header).join(", ");
    return { key: product.key, status: "failed", error: `The draft had no text for any cell to fill (${names}).` };
  }
  const cells = Object.fromEntries([...edits].map(([column, value]) => [String(column), value]));
  const flagged = [...outcome.value.flagged];
  const scores = journaledScores(scoreProductDescription(outcome.value.draft, scoreOptionsFor(product.brief)));
  const translations = outcome.value.translations ? { translations: translatedCells(outcome.value.translations, edits, catalog.targets) } : {};
  const removed = outcome.value.removed?.length ? { removed: outcome.value.removed } : {};
  return flagged.length > 0
    ? { key: product.key, status: "flagged", edits: cells, flagged, scores, ...removed, ...translations }
    : { key: product.key, status: "written", edits: cells, scores, ...removed, ...translations };
}

/** The output file: the input with every written or flagged product's cells filled in. */
export function catalogOutput(table: CsvTable, catalog: Catalog, results: ReadonlyMap<string, JournalEntry>, languages: readonly string[] = []): Uint8Array {
  // A Shopify export stays importable: its translations go to a Translate & Adapt file instead.
  const perLanguage = catalog.kind === "generic" ? languageColumns(catalog.targets, languages, table.header.length + catalog.targets.appendedColumns.length) : [];
  const edits = new Map<number, Map<number, string>>();
  for (const product of catalog.products) {
    const entry = results.get(product.key);
    if (!entry?.edits || (entry.status !== "written" && entry.status !== "flagged")) continue;
    const cells = new Map(Object.entries(entry.edits).map(([column, value]) => [Number(column), value]));
    for (const column of perLanguage) {
      const value = entry.translations?.[column.language]?.[column.field];
      if (value) cells.set(column.column, value);
    }
    edits.set(product.rowIndex, cells);
  }
  return writeCsvTable(table, edits, [...catalog.targets.appendedColumns, ...perLanguage.map((column) => column.header)]);
}

export function summarize(
  catalog: Catalog,
  results: ReadonlyMap<string, JournalEntry>,
  run: Pick<CatalogSummary, "outputPath" | "journalPath" | "cancelled" | "resumed">,
): CatalogSummary {
  const withStatus = (status: JournalStatus) => catalog.products.filter((product) => results.get(product.key)?.status === status);
  return {
    ...run,
    total: catalog.products.length,
    written: withStatus("written").length,
    skipped: withStatus("skipped").length,
    flagged: withStatus("flagged").map((product) => ({ key: product.key, line: product.line, rules: results.get(product.key)?.flagged ?? [] })),
    failed: withStatus("failed").map((product) => ({ key: product.key, line: product.line, reason: results.get(product.key)?.error ?? "" })),
    scores: scoreDistribution(catalog.products.map((product) => results.get(product.key)?.scores)),
  };
}

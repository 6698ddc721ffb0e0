import type { ProductDescriptionDraft } from "../productDescription/enforceLimits";
import type { ScoreDistribution } from "./scoreReport";
import type { CatalogMode, CatalogProduct } from "./formats/catalogProduct";
import type { CatalogProgress } from "./catalogProgress";
import type { Catalog } from "./formats/catalogProduct";
import type { ColumnMappingOverride } from "./formats/columnMapping";
import type { CsvTable } from "./csv/csvTable";
import type { JournalEntry } from "./journal";

export interface ProductWriterResult {
  readonly draft: ProductDescriptionDraft;
  /** What the checks still find after the rewrite, as "rule: "matched text"" (unsupported-… for facts the brief lacks); a translation's as "de: rule: …". The copy is written and the product listed for review. */
  readonly flagged: readonly string[];
  /** Sentences taken out for stating what the brief does not give, each with what it stated. */
  readonly removed?: readonly string[];
  /** The draft in each other language the run asked for, by language code. */
  readonly translations?: Readonly<Record<string, ProductDescriptionDraft>>;
}

export interface ProductWriterRun {
  readonly seed: number;
  readonly signal: AbortSignal;
  /**
   * The writer calls this when the product is really being written. Products handed over wait
   * in the engine's queue until a lane is free, so being handed over says nothing to the user.
   */
  readonly onWriting: () => void;
}

export interface ProductWriter {
  (product: CatalogProduct, run: ProductWriterRun): Promise<ProductWriterResult>;
}

export interface CatalogRunOptions {
  readonly inputPath: string;
  /** Defaults to defaultOutputPath(inputPath). */
  readonly outputPath?: string;
  readonly mode?: CatalogMode;
  /** How many products are written at once; 1 by default, 0 to let the engine choose. */
  readonly parallel?: number;
  /** 0 by default, so that a run is repeatable unless the caller asks otherwise. */
  readonly seed?: number;
  readonly model: string;
  readonly mapping?: ColumnMappingOverride;
  /** Discard the journal of an earlier run instead of resuming it. */
  readonly restart?: boolean;
  readonly signal?: AbortSignal;
  onProgress?(progress: CatalogProgress): void;
  /**
   * Asked once a run knows how many products it will hand to the writer (none asks nothing), before
   * any file is written. A writer on another machine names there where the briefs go; false ends
   * the run with CatalogRunDeclined.
   */
  confirmWriting?(products: number): Promise<boolean>;
  readonly writeProduct: ProductWriter;
  /**
   * Languages every written product is also translated into: a column set per language in a
   * generic file, a Translate & Adapt CSV beside a Shopify export's output.
   */
  readonly languages?: readonly string[];
  /** Files made from the finished run (a feed, a report), written atomically after the output. */
  readonly sideFiles?: readonly CatalogSideFile[];
}

/** What a run holds at its end: the input table, its products and each one's result. */
export interface FinishedCatalog {
  readonly table: CsvTable;
  readonly catalog: Catalog;
  readonly results: ReadonlyMap<string, JournalEntry>;
}

/** A file beside the output, made from the finished run; like the output, it may never be the input. */
export interface CatalogSideFile {
  readonly path: string;
  content(run: FinishedCatalog): string | Uint8Array;
}

export interface CatalogSummary {
  readonly outputPath: string;
  readonly journalPath: string;
  /** Products in the file; the counts below are their state after this run, journaled ones included. */
  readonly total: number;
  readonly written: number;
  readonly skipped: number;
  readonly flagged: readonly { readonly key: string; readonly line: number; readonly rules: readonly string[] }[];
  readonly failed: readonly { readonly key: string; readonly line: number; readonly reason: string }[];
  readonly cancelled: boolean;
  /** Products whose result came from the journal of an earlier run. */
  readonly resumed: number;
  /** The scores of the products with copy; undefined when none has any. */
  readonly scores?: ScoreDistribution;
}

/**
 * A failure that every later product would meet too, such as an unreachable server or a refused
 * key. The writer throws it to stop the whole run; what finished stays in the journal to resume.
 */
export class CatalogRunStopped extends Error {
  override readonly name = "CatalogRunStopped";
}

/** The user said no when asked to confirm the run (confirmWriting): nothing was sent or written. */
export class CatalogRunDeclined extends Error {
  override readonly name = "CatalogRunDeclined";
}

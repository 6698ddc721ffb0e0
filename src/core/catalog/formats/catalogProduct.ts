import type { ProductBrief } from "../../brief";

export type CatalogKind = "shopify" | "generic";

/** fillEmpty writes only into empty cells; overwrite replaces what is there. */
export type CatalogMode = "fillEmpty" | "overwrite";

export type TargetField = "description" | "seoTitle" | "seoDescription";

/** The copy a product already has in the target cells (undefined where the column is new). */
export interface ExistingCopy {
  readonly description?: string;
  readonly seoTitle?: string;
  readonly seoDescription?: string;
}

export interface CatalogProduct {
  /** Stable across runs of the same file: the Shopify handle, or `row-<line>` in a generic CSV. */
  readonly key: string;
  /** The data row that receives the copy (for Shopify, the handle's first row). */
  readonly rowIndex: number;
  readonly line: number;
  /** Its industry, when the row names one that a profile has, is the brief's. */
  readonly brief: ProductBrief;
  /** Why the row cannot be written as it stands (an industry no profile has): it fails with this, and the run goes on. */
  readonly invalidReason?: string;
  readonly existing: ExistingCopy;
}

export interface TargetColumn {
  readonly field: TargetField;
  /** Index in the written file: header.length + i for the i-th appended column. */
  readonly column: number;
  readonly header: string;
  readonly appended: boolean;
}

export interface CatalogTargets {
  readonly columns: readonly TargetColumn[];
  /** New column names, in order, for writeCsvTable. */
  readonly appendedColumns: readonly string[];
  readonly descriptionFormat: "html" | "text";
}

export interface Catalog {
  readonly kind: CatalogKind;
  readonly products: readonly CatalogProduct[];
  readonly targets: CatalogTargets;
}

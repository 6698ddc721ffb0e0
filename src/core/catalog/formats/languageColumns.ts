import type { ProductDescriptionDraft } from "../../productDescription/enforceLimits";
import type { TranslatedCells } from "../journal";
import type { CatalogTargets, TargetField } from "./catalogProduct";
import { draftValue } from "./planEdits";

/** One language's cell for one target field, appended to a generic file. */
export interface LanguageColumn {
  readonly language: string;
  readonly field: TargetField;
  readonly header: string;
  readonly column: number;
}

/**
 * The translated cells of a product: only the fields the run wrote in the source language, so a
 * translation never stands beside copy it was not translated from.
 */
export function translatedCells(translations: Readonly<Record<string, ProductDescriptionDraft>>, edits: ReadonlyMap<number, string>, targets: CatalogTargets): Record<string, TranslatedCells> {
  const cells: Record<string, TranslatedCells> = {};
  for (const [language, draft] of Object.entries(translations)) {
    const fields: Partial<Record<TargetField, string>> = {};
    for (const target of targets.columns) {
      if (!edits.has(target.column)) continue;
      const value = draftValue(draft, target.field, targets.descriptionFormat);
      if (value.length > 0) fields[target.field] = value;
    }
    cells[language] = fields;
  }
  return cells;
}

/**
 * A column set per language after the file's own and appended columns, named after the target
 * column: "Description (de)", or "description_de" in a snake_case file.
 */
export function languageColumns(targets: CatalogTargets, languages: readonly string[], firstColumn: number): LanguageColumn[] {
  return languages.flatMap((language, set) =>
    targets.columns.map((target, index) => ({
      language,
      field: target.field,
      header: /^[a-z0-9_]+$/.test(target.header) ? `${target.header}_${language}` : `${target.header} (${language})`,
      column: firstColumn + set * targets.columns.length + index,
    })),
  );
}

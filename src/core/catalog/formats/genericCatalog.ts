import type { ProductBrief } from "../../brief";
import type { CatalogProduct, CatalogTargets } from "./catalogProduct";
import type { BriefField, ColumnMapping } from "./columnMapping";
import type { CsvRow, CsvTable } from "../csv/csvTable";
import { existingCopy } from "./outputTargets";
import { splitFacts, splitKeywords } from "../../text/splitList";
import { matchIndustry } from "../../profiles/matchIndustry";
import { nameableProfiles, unknownIndustryMessage } from "../../profiles/profileForBrief";

/** One product per row; a row with neither a name nor facts (a spacer, a total) is left alone. */
export function genericProducts(table: CsvTable, mapping: ColumnMapping, targets: CatalogTargets): CatalogProduct[] {
  return table.rows.flatMap((row) => {
    const product = productOf(row, mapping, targets);
    return product ? [product] : [];
  });
}

function productOf(row: CsvRow, mapping: ColumnMapping, targets: CatalogTargets): CatalogProduct | undefined {
  const cell = (field: BriefField): string => {
    const column = mapping[field];
    return column === undefined ? "" : row.cells[column].trim();
  };
  const name = cell("name");
  const facts = splitFacts(cell("facts"));
  if (name.length === 0 && facts.length === 0) return undefined;
  const industryText = cell("industry");
  // A spreadsheet's own wording ("outdoor", "health & supplements") is matched too; a cell that
  // names no profile fails its row rather than writing it with the wrong rules.
  const industry = industryText ? matchIndustry(industryText, nameableProfiles) : undefined;
  const brief: ProductBrief = {
    name,
    facts,
    keywords: splitKeywords(cell("keywords")),
    ...optional("audience", cell("audience")),
    ...optional("tone", cell("tone")),
    ...(industry ? { industry: industry.id } : {}),
  };
  return {
    key: `row-${row.line}`,
    rowIndex: row.index,
    line: row.line,
    brief,
    ...(industryText && !industry ? { invalidReason: unknownIndustryMessage(`the industry "${industryText}"`) } : {}),
    existing: existingCopy(row.cells, targets),
  };
}

function optional<K extends string>(key: K, value: string): Partial<Record<K, string>> {
  return value.length > 0 ? ({ [key]: value } as Partial<Record<K, string>>) : {};
}

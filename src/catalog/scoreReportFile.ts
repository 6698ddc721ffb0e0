import type { CatalogSideFile } from "../core/catalog/catalogRunTypes";
import { scoreReportCsv, scoreReportPath } from "../core/catalog/scoreReport";

/** The per-product score report beside the output ("<output>.report.csv"), written with it. */
export function scoreReportFile(outputPath: string): CatalogSideFile {
  return { path: scoreReportPath(outputPath), content: ({ catalog, results }) => scoreReportCsv(catalog, results) };
}

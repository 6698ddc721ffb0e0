import { existsSync } from "node:fs";
import * as path from "node:path";
import * as vscode from "vscode";
import { defaultSeed } from "../../core/generationDefaults";
import type { CatalogMode } from "../../core/catalog/formats/catalogProduct";
import { CatalogMappingError, type BriefField, type ColumnMappingOverride } from "../../core/catalog/formats/columnMapping";
import { CsvFormatError } from "../../core/catalog/csv/csvFormatError";
import { CatalogJournalError, journalPathFor } from "../../core/catalog/journal";
import { CatalogOutputError } from "../../catalog/outputPath";
import { defaultFeedPath, merchantFeedFile } from "../../catalog/merchantFeedFile";
import { LanguageListError, parseLanguageList } from "../../core/translation/languages";
import { CatalogRunDeclined, CatalogRunStopped, defaultOutputPath, runCatalog, type CatalogProgress, type CatalogSummary } from "../../catalog/runCatalog";
import { formatProgress, formatSummary, reviewLines } from "../../core/catalog/catalogReport";
import { scoreReportPath } from "../../core/catalog/scoreReport";
import { catalogProductWriter } from "../../writing/catalogProductWriter";
import { editorAdviceFor } from "../engineErrorAdvice";
import { logPrompt } from "../promptLog";
import { readCatalogSettings, readSettings } from "../settings";
import type { TailorServices } from "../tailorServices";
import { reportFailure } from "./structuredGeneration";
import { chooseCatalogBackend, reportRunStopped, type CatalogBackend } from "./catalogBackend";

/** Arguments let tests and keybindings skip the dialogs. */
export interface CatalogCommandArgs {
  readonly input?: string;
  readonly output?: string;
  readonly mode?: CatalogMode;
  readonly mapping?: ColumnMappingOverride;
  readonly seed?: number;
  /** Where to write a Google Merchant Center feed; tailor.catalog.merchantFeed writes one beside the output otherwise. */
  readonly feed?: string;
  /** Languages to translate each product into; tailor.catalog.languages otherwise. */
  readonly languages?: readonly string[];
  /** Replace an earlier result without asking (a test's second run). */
  readonly replace?: boolean;
}

export type CatalogCommandResult = { readonly status: "dismissed" | "failed"; readonly error?: string } | ({ readonly status: "done" } & CatalogSummary);

/**
 * "Tailor: Generate Descriptions for Catalog…": fills a product CSV or Shopify export into a new
 * file beside it, with progress, Cancel, a journal to resume from, and a summary at the end.
 * The same core run as `tailor catalog` on the command line, on this machine's model or on the
 * inference server tailor.catalog.endpoint names.
 */
export async function generateCatalog(services: TailorServices, args: CatalogCommandArgs = {}): Promise<CatalogCommandResult> {
  const input = args.input ?? (await pickInput());
  if (!input) return { status: "dismissed" };
  const output = args.output ?? defaultOutputPath(input);
  if (!args.replace && existsSync(output) && !existsSync(journalPathFor(output))) {
    const choice = await vscode.window.showWarningMessage(
      `${path.basename(output)} already exists. Replace it with a new run on ${path.basename(input)}?`,
      { modal: true },
      "Replace",
    );
    if (choice !== "Replace") return { status: "dismissed" };
  }
  const catalogSettings = readCatalogSettings();
  const chosen = await chooseCatalogBackend(services, catalogSettings);
  if (!("backend" in chosen)) return chosen;
  const mode = args.mode ?? catalogSettings.mode;
  const feed = args.feed ?? (catalogSettings.merchantFeed ? defaultFeedPath(output) : undefined);
  let languages: readonly string[];
  try {
    languages = (args.languages ?? catalogSettings.languages).length > 0 ? parseLanguageList((args.languages ?? catalogSettings.languages).join(",")) : [];
  } catch (error) {
    if (!(error instanceof LanguageListError)) throw error;
    services.messages.error(`tailor.catalog.languages: ${error.message} Nothing was written.`);
    return { status: "failed", error: error.message };
  }
  let mapping = args.mapping;
  let restart = false;
  for (;;) {
    try {
      const summary = await runWithProgress(services, chosen.backend, { input, output, feed, languages, mode, mapping, restart, seed: args.seed ?? defaultSeed });
      report(services, summary);
      return { status: "done", ...summary };
    } catch (error) {
      if (error instanceof CatalogMappingError) {
        const answer = await askMapping(error);
        if (!answer) return { status: "dismissed" };
        mapping = { ...mapping, ...answer };
        continue;
      }
      if (error instanceof CatalogJournalError && !restart) {
        const choice = await vscode.window.showWarningMessage(`${error.message} Start over?`, { modal: true }, "Start Over");
        if (choice !== "Start Over") return { status: "dismissed" };
        restart = true;
        continue;
      }
      if (error instanceof CatalogRunDeclined) return { status: "dismissed" };
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof CatalogRunStopped) reportRunStopped(services, error);
      else if (error instanceof CsvFormatError || error instanceof CatalogOutputError) services.messages.error(`${message} Nothing was written.`);
      else reportFailure(services, error);
      return { status: "failed", error: message };
    }
  }
}

interface RunPlan {
  readonly input: string;
  readonly output: string;
  readonly feed: string | undefined;
  readonly languages: readonly string[];
  readonly mode: CatalogMode;
  readonly mapping: ColumnMappingOverride | undefined;
  readonly restart: boolean;
  readonly seed: number;
}

function runWithProgress(services: TailorServices, backend: CatalogBackend, plan: RunPlan): Thenable<CatalogSummary> {
  const settings = readSettings();
  const title = `Tailor: ${path.basename(plan.input)}${backend.server ? `, writing on ${backend.server}` : ""}`;
  return vscode.window.withProgress(
    { location: vscode.ProgressLocation.Notification, title, cancellable: true },
    async (progress, token) => {
      const controller = services.generations.start();
      const cancel = token.onCancellationRequested(() => controller.abort());
      let reported = 0;
      let writing: string | undefined;
      try {
        return await runCatalog({
          inputPath: plan.input,
          outputPath: plan.output,
          mode: plan.mode,
          parallel: backend.parallel,
          seed: plan.seed,
          model: backend.journalModel,
          mapping: plan.mapping,
          restart: plan.restart,
          sideFiles: plan.feed ? [merchantFeedFile(plan.feed)] : [],
          languages: plan.languages,
          signal: controller.signal,
          confirmWriting: backend.confirm && ((products) => backend.confirm!(products, token)),
          onProgress: (update: CatalogProgress) => {
            const percent = update.total > 0 ? (update.done / update.total) * 100 : 0;
            progress.report({ message: formatProgress(update), increment: percent - reported });
            reported = percent;
            if (update.current !== undefined && update.current !== writing) {
              writing = update.current;
              services.log.info(`Catalog: writing ${writing} (${update.done}/${update.total} done)`);
            }
          },
          writeProduct: catalogProductWriter({
            generator: backend.generator,
            // A row's own industry wins; rows without one follow tailor.industry.
            steering: services.profile,
            maxTokens: settings.maxTokens,
            temperature: settings.temperature,
            parallel: backend.parallel,
            languages: plan.languages,
            onPrompt: (description, messages) => logPrompt(services.log, `${description} (catalog)`, messages),
            adviceFor: editorAdviceFor,
            onLoading: () => progress.report({ message: `Loading the model (${services.engine.state.modelName ?? "from tailor.model"})…` }),
            ...backend.writerOptions,
          }),
        });
      } finally {
        cancel.dispose();
        services.generations.end(controller);
      }
    },
  );
}

function report(services: TailorServices, summary: CatalogSummary): void {
  services.log.info(formatSummary(summary));
  const open = () => vscode.window.showTextDocument(vscode.Uri.file(summary.outputPath), { preview: false });
  const details = () => services.log.show(true);
  const median = summary.scores ? `, median score ${summary.scores.median}` : "";
  const counts = `${summary.written} written, ${summary.skipped} skipped, ${summary.flagged.length} flagged, ${summary.failed.length} failed${median}`;
  const scores = () => vscode.window.showTextDocument(vscode.Uri.file(scoreReportPath(summary.outputPath)), { preview: false });
  if (summary.cancelled) {
    services.messages.warning(`Catalog run cancelled (${counts}). ${path.basename(summary.outputPath)} holds what was done; run the command again to resume.`, { "Open Output": open, "Show Details": details });
  } else if (summary.failed.length > 0 || summary.flagged.length > 0) {
    const rows = [...summary.flagged.map((item) => item.line), ...summary.failed.map((item) => item.line)];
    services.messages.warning(`Catalog done: ${counts}. ${reviewLines(rows)}`, { "Open Output": open, "Open Scores": scores, "Show Details": details });
  } else {
    services.messages.info(`Catalog done: ${counts}. Saved to ${path.basename(summary.outputPath)}.`, { "Open Output": open, "Open Scores": scores });
  }
}

async function pickInput(): Promise<string | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  const defaultUri = active?.uri.scheme === "file" && /\.csv$/i.test(active.fileName) ? active.uri : vscode.workspace.workspaceFolders?.[0]?.uri;
  const picked = await vscode.window.showOpenDialog({
    title: "Tailor: Product CSV or Shopify export to fill",
    canSelectMany: false,
    filters: { "CSV files": ["csv"] },
    defaultUri,
    openLabel: "Fill Descriptions",
  });
  return picked?.[0]?.fsPath;
}

/** Asks, field by field, which column holds what the header did not name plainly. */
async function askMapping(error: CatalogMappingError): Promise<ColumnMappingOverride | undefined> {
  const answer: Partial<Record<BriefField, string | null>> = {};
  for (const field of error.unmapped) {
    const pick = await vscode.window.showQuickPick(
      [...error.headers.map((name) => ({ label: name, column: name as string | null })), { label: "$(circle-slash) None: this file has no such column", column: null }],
      { title: `Tailor: Which column holds the product's ${field}?`, placeHolder: `No column is named like "${field}".`, ignoreFocusOut: true },
    );
    if (!pick) return undefined;
    answer[field] = pick.column;
  }
  return answer;
}

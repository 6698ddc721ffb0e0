/**
 * `tailor catalog IN.csv --out OUT.csv`: the catalog run from a terminal. It shares the core
 * (CSV handling, journal, prompts, claim checks) and the engine (the supervised model worker)
 * with the extension; only progress and questions differ.
 */
import { cliAdviceFor } from "./engineErrorAdvice";
import * as path from "node:path";
import { CatalogMappingError } from "../core/catalog/formats/columnMapping";
import { CsvFormatError } from "../core/catalog/csv/csvFormatError";
import { CatalogJournalError } from "../core/catalog/journal";
import { CatalogOutputError } from "../catalog/outputPath";
import { runCatalog, type CatalogSummary } from "../catalog/runCatalog";
import { matchIndustry } from "../core/profiles/matchIndustry";
import { findIndustryProfile, generalRetailProfile } from "../core/profiles/industryProfiles";
import { chatAsText } from "../core/chat";
import { catalogProductWriter } from "../writing/catalogProductWriter";
import type { Steering } from "../writing/steering";
import { emptyVoice, readWorkspaceVoice, voiceSteering, type WorkspaceVoice } from "../writing/workspaceVoice";
import { findTailorFolder, nodeTailorFolder } from "./tailorFolder";
import { EngineClient } from "../engine/engineClient";
import { catalogUsage, CliUsageError, parseCatalogArgs, type CatalogCliArgs } from "./catalogArgs";
import { formatProgress, formatSummary } from "../core/catalog/catalogReport";

/** Exit codes: 0 done, 1 failed products or a run error, 2 usage, 130 cancelled (Ctrl+C). */
export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (command === undefined || command === "-h" || command === "--help" || rest.includes("-h") || rest.includes("--help")) {
    process.stdout.write(`${catalogUsage}\n`);
    return command === undefined ? 2 : 0;
  }
  if (command !== "catalog") {
    process.stderr.write(`Unknown command "${command}".\n\n${catalogUsage}\n`);
    return 2;
  }
  let args: CatalogCliArgs;
  try {
    args = parseCatalogArgs(rest);
  } catch (error) {
    if (!(error instanceof CliUsageError)) throw error;
    process.stderr.write(`${error.message}\n\n${catalogUsage}\n`);
    return 2;
  }
  const modelPath = args.model ?? process.env.TAILOR_MODEL;
  if (!modelPath) {
    process.stderr.write("Name the model: --model /path/to/model.gguf (or set TAILOR_MODEL).\n");
    return 2;
  }
  const fallbackProfile = args.industry ? findIndustryProfile(args.industry) ?? matchIndustry(args.industry) : generalRetailProfile;
  if (!fallbackProfile) {
    process.stderr.write(`--industry ${args.industry} is not a known industry profile.\n`);
    return 2;
  }
  let voice: WorkspaceVoice;
  const tailorFolder = findTailorFolder(args.input, process.cwd());
  try {
    voice = tailorFolder ? await readWorkspaceVoice(nodeTailorFolder(tailorFolder)) : emptyVoice();
  } catch (error) {
    process.stderr.write(`Could not read the brand voice in ${tailorFolder}: ${error instanceof Error ? error.message : String(error)}\nFix it, or move the .tailor folder away to run without it.\n`);
    return 1;
  }
  if (voice.brand || voice.approvedTexts.size > 0) {
    process.stderr.write(`Brand voice: ${tailorFolder} (${voice.brand ? "brand file" : "no brand file"}, ${voice.approvedTexts.size} approved description(s)).\n`);
  }
  return runFromArgs(args, path.resolve(modelPath), voiceSteering(voice, fallbackProfile));
}

async function runFromArgs(args: CatalogCliArgs, modelPath: string, steering: Steering): Promise<number> {
  const engine = new EngineClient(
    { workerPath: path.join(__dirname, "worker.js"), log: process.env.TAILOR_VERBOSE ? (line) => process.stderr.write(`${line}\n`) : undefined },
    { modelPath, threads: args.threads, gpu: "auto", contextSize: args.contextSize },
  );
  const controller = new AbortController();
  let interrupts = 0;
  const onInterrupt = () => {
    // The first Ctrl+C finishes cleanly (the output so far and the journal are written); a second one quits at once.
    if (++interrupts > 1) process.exit(130);
    process.stderr.write("\nCancelling: finishing the file with what is done. Press Ctrl+C again to quit at once.\n");
    controller.abort();
  };
  process.on("SIGINT", onInterrupt);
  process.on("SIGTERM", onInterrupt);
  const interactive = process.stderr.isTTY === true;
  try {
    const summary: CatalogSummary = await runCatalog({
      inputPath: path.resolve(args.input),
      outputPath: args.output ? path.resolve(args.output) : undefined,
      mode: args.mode,
      parallel: args.parallel,
      seed: args.seed,
      model: modelPath,
      mapping: args.mapping,
      restart: args.restart,
      signal: controller.signal,
      onProgress: (progress) => process.stderr.write(interactive ? `\r${formatProgress(progress).padEnd(100)}` : `${formatProgress(progress)}\n`),
      writeProduct: catalogProductWriter({
        generator: engine,
        steering,
        maxTokens: args.maxTokens,
        temperature: args.temperature,
        parallel: args.parallel,
        onLoading: (model) => process.stderr.write(`Loading ${path.basename(model)}…\n`),
        onPrompt: args.logPrompts ? (description, messages) => process.stderr.write(`Prompt (${description}):\n${chatAsText(messages)}\n\n`) : undefined,
        adviceFor: cliAdviceFor,
      }),
    });
    if (interactive) process.stderr.write("\n");
    const loaded = engine.loadedModel;
    if (loaded) process.stderr.write(`Model: ${loaded.name}, a context of ${loaded.contextSize} tokens, ${loaded.chatSequences} product(s) at once.\n`);
    process.stdout.write(`${formatSummary(summary)}\n`);
    if (summary.cancelled) return 130;
    return summary.failed.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof CsvFormatError || error instanceof CatalogMappingError || error instanceof CatalogOutputError || error instanceof CatalogJournalError) {
      process.stderr.write(`${error.message}${error instanceof CatalogMappingError ? "\nName the columns with --map FIELD=COLUMN." : ""}${error instanceof CatalogJournalError ? "\nRun again with --restart to start over." : ""}\n`);
      return 1;
    }
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    return 1;
  } finally {
    process.off("SIGINT", onInterrupt);
    process.off("SIGTERM", onInterrupt);
    engine.dispose();
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    },
  );
}

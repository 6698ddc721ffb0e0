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
import { CatalogRunStopped, runCatalog, type CatalogSummary } from "../catalog/runCatalog";
import { InferenceServerGenerator, stopsWholeRun } from "../cloud/inferenceServerGenerator";
import { defaultMaxContextSize } from "../engine/protocol";
import type { CopyGenerator } from "../writing/writeCopy";
import { matchIndustry } from "../core/profiles/matchIndustry";
import { generalRetailProfile } from "../core/profiles/industryProfiles";
import { nameableProfiles } from "../core/profiles/profileForBrief";
import { chatAsText } from "../core/chat";
import { catalogProductWriter, type CatalogWriterOptions } from "../writing/catalogProductWriter";
import type { Steering } from "../writing/steering";
import { emptyVoice, readWorkspaceVoice, voiceSteering, type WorkspaceVoice } from "../writing/workspaceVoice";
import { merchantFeedFile } from "../catalog/merchantFeedFile";
import { findTailorFolder, nodeTailorFolder } from "./tailorFolder";
import { EngineClient } from "../engine/engineClient";
import { catalogUsage, CliUsageError, parseCatalogArgs, type CatalogCliArgs } from "./catalogArgs";
import { formatProgress, formatSummary } from "../core/catalog/catalogReport";

/** Where a run on an inference server finds the server's API key, if it needs one. */
const catalogApiKeyVariable = "TAILOR_CATALOG_API_KEY";

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
  const modelName = args.model ?? process.env.TAILOR_MODEL;
  if (!modelName) {
    process.stderr.write(args.endpoint ? "Name the server's model: --model NAME (llama-server accepts any name).\n" : "Name the model: --model /path/to/model.gguf (or set TAILOR_MODEL).\n");
    return 2;
  }
  // General retail is named too: it is what runs without --industry, so asking for it by name must work.
  const fallbackProfile = args.industry ? matchIndustry(args.industry, nameableProfiles) : generalRetailProfile;
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
  const backend = args.endpoint ? serverBackend(args, args.endpoint, modelName) : localBackend(args, path.resolve(modelName));
  return runFromArgs(args, backend, voiceSteering(voice, fallbackProfile));
}

/** Where the products are written: this machine's engine, or an inference server. */
interface CatalogBackend {
  readonly generator: CopyGenerator;
  /** What the journal records, so a resume on another model starts over. */
  readonly journalModel: string;
  readonly parallel: number;
  readonly writerOptions: Pick<CatalogWriterOptions, "productTimeoutMs" | "stopsRun" | "adviceFor" | "onLoading">;
  /** A line for the end of the run: what wrote the products. */
  describe(): string | undefined;
  dispose(): void;
}

function localBackend(args: CatalogCliArgs, modelPath: string): CatalogBackend {
  const engine = new EngineClient(
    { workerPath: path.join(__dirname, "worker.js"), log: process.env.TAILOR_VERBOSE ? (line) => process.stderr.write(`${line}\n`) : undefined },
    { modelPath, threads: args.threads, gpu: "auto", contextSize: args.contextSize },
  );
  return {
    generator: engine,
    journalModel: modelPath,
    parallel: args.parallel,
    writerOptions: { adviceFor: cliAdviceFor, onLoading: (model) => process.stderr.write(`Loading ${path.basename(model)}…\n`) },
    describe: () => {
      const loaded = engine.loadedModel;
      return loaded && `Model: ${loaded.name}, a context of ${loaded.contextSize} tokens, ${loaded.chatSequences} product(s) at once.`;
    },
    dispose: () => engine.dispose(),
  };
}

function serverBackend(args: CatalogCliArgs, endpoint: string, model: string): CatalogBackend {
  // Naming the destination once per run is the CLI's consent step: the user typed --endpoint.
  process.stderr.write(`Writing on the inference server at ${endpoint} (model ${model}), ${args.concurrency} product(s) at once: the products' briefs are sent there.\n`);
  const generator = new InferenceServerGenerator({
    endpoint,
    model,
    apiKey: process.env[catalogApiKeyVariable],
    keyAdvice: `Set the key the server expects in ${catalogApiKeyVariable}.`,
    endpointSetting: "--endpoint",
    contextTokens: args.contextSize || defaultMaxContextSize,
    concurrency: args.concurrency,
    requestTimeoutMs: args.timeout * 1000,
  });
  return {
    generator,
    journalModel: `${model} at ${endpoint}`,
    parallel: args.concurrency,
    writerOptions: {
      productTimeoutMs: args.timeout * 1000,
      stopsRun: (error) => stopsWholeRun(error),
    },
    describe: () => `Model: ${model} at ${endpoint}, ${args.concurrency} product(s) at once.`,
    dispose: () => undefined,
  };
}

async function runFromArgs(args: CatalogCliArgs, backend: CatalogBackend, steering: Steering): Promise<number> {
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
      parallel: backend.parallel,
      seed: args.seed,
      model: backend.journalModel,
      mapping: args.mapping,
      restart: args.restart,
      sideFiles: args.feed ? [merchantFeedFile(args.feed)] : [],
      languages: args.languages,
      signal: controller.signal,
      onProgress: (progress) => process.stderr.write(interactive ? `\r${formatProgress(progress).padEnd(100)}` : `${formatProgress(progress)}\n`),
      writeProduct: catalogProductWriter({
        generator: backend.generator,
        steering,
        maxTokens: args.maxTokens,
        temperature: args.temperature,
        parallel: backend.parallel,
        languages: args.languages,
        onPrompt: args.logPrompts ? (description, messages) => process.stderr.write(`Prompt (${description}):\n${chatAsText(messages)}\n\n`) : undefined,
        ...backend.writerOptions,
      }),
    });
    if (interactive) process.stderr.write("\n");
    const described = backend.describe();
    if (described) process.stderr.write(`${described}\n`);
    process.stdout.write(`${formatSummary(summary)}\n`);
    if (args.feed) process.stdout.write(`Merchant Center feed: ${path.resolve(args.feed)}\n`);
    if (summary.cancelled) return 130;
    return summary.failed.length > 0 ? 1 : 0;
  } catch (error) {
    if (error instanceof CsvFormatError || error instanceof CatalogMappingError || error instanceof CatalogOutputError || error instanceof CatalogJournalError) {
      process.stderr.write(`${error.message}${error instanceof CatalogMappingError ? "\nName the columns with --map FIELD=COLUMN." : ""}${error instanceof CatalogJournalError ? "\nRun again with --restart to start over." : ""}\n`);
      return 1;
    }
    if (interactive) process.stderr.write("\n");
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    if (error instanceof CatalogRunStopped) process.stderr.write("The run stopped. The products already written are kept in the journal: run the same command again to resume.\n");
    return 1;
  } finally {
    process.off("SIGINT", onInterrupt);
    process.off("SIGTERM", onInterrupt);
    backend.dispose();
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

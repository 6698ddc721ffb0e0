/**
 * npm run eval [-- --briefs FILE] [--model FILE] [--sample N] [--kind description|marketing] [--written-in de,fr] [--shard i/n]
 * [--languages de,fr,es] (or --merge RESULT.json…): the copy-quality benchmark. --languages also
 * translates every English description, as a catalog run does, and scores the translations. Writes
 * every brief through the commands' own path on a real model, scores each output, prints a table
 * per industry and overall, and writes every figure and output to bench/results/. Not a test.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { EngineClient } from "../../src/engine/engineClient";
import { repoRoot, workerPath } from "../../test/support/paths";
import { available, missingReason, realModels } from "../../test/support/realModels";
import { parseEvalBriefs, type EvalBrief } from "./evalBrief";
import { formatTable, summarise } from "./evalSummary";
import { extensionDefaults, type GenerationDefaults } from "./generationDefaults";
import { failedOutput, scoreOutput, type OutputScore } from "./scoreOutput";
import { unsupportedFacts, unsupportedNumbers, type GroundingCheck } from "./unsupportedFacts";
import { writeBrief } from "./writeBrief";
import { languageIds, type LanguageId } from "../../src/core/translation/languageId";
import { briefOfOutput, formatLanguageTable, languageRows } from "./languageTable";
import { translateOutput } from "./translateBrief";
import { parseLanguageList } from "../../src/core/translation/languages";

interface EvalArgs {
  readonly briefs: string;
  readonly model: string;
  /** Only this many briefs, evenly spread over the file: for quick comparisons. */
  readonly sample?: number;
  /** Only the briefs written in these languages (each keeps its number, and so its seed). */
  readonly writtenIn: readonly LanguageId[];
  /** Only product descriptions, or only marketing copy. */
  readonly kind?: "description" | "marketing";
  /** "2/3": every third brief from the second, to run one file in several processes. */
  readonly shard?: { readonly index: number; readonly count: number };
  /** Result files of earlier runs (shards) to print and write as one, instead of running the model. */
  readonly merge: readonly string[];
  /** How unsupported facts are counted: the grounding checker (default) or, to compare with earlier runs, numbers alone. */
  readonly facts: GroundingCheck;
  /** Languages every English description is also translated into. */
  readonly languages: readonly LanguageId[];
}

function parseArgs(argv: readonly string[]): EvalArgs {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const sample = value("--sample");
  const kind = value("--kind");
  const shard = value("--shard");
  const shardMatch = shard === undefined ? undefined : /^(\d+)\/(\d+)$/.exec(shard);
  if (shard !== undefined && (!shardMatch || Number(shardMatch[1]) < 1 || Number(shardMatch[1]) > Number(shardMatch[2]))) throw new Error(`--shard takes i/n, such as 1/3, not ${shard}.`);
  const mergeAt = argv.indexOf("--merge");
  if (kind !== undefined && kind !== "description" && kind !== "marketing") throw new Error(`--kind takes description or marketing, not ${kind}.`);
  const facts = value("--facts") ?? "grounding";
  if (facts !== "grounding" && facts !== "numbers") throw new Error(`--facts takes grounding or numbers, not ${facts}.`);
  return {
    briefs: path.resolve(value("--briefs") ?? path.join(repoRoot, "bench", "eval", "briefs.yaml")),
    model: path.resolve(value("--model") ?? realModels.smolLm2),
    sample: sample === undefined ? undefined : Number(sample),
    writtenIn: evalLanguages("--written-in", value("--written-in")),
    kind,
    shard: shardMatch ? { index: Number(shardMatch[1]), count: Number(shardMatch[2]) } : undefined,
    merge: mergeAt >= 0 ? argv.slice(mergeAt + 1).map((file) => path.resolve(file)) : [],
    facts: facts === "numbers" ? unsupportedNumbers : unsupportedFacts,
    languages: evalLanguages("--languages", value("--languages")),
  };
}

function evalLanguages(flag: string, list: string | undefined): LanguageId[] {
  if (list === undefined) return [];
  const codes = parseLanguageList(list);
  const unknown = codes.find((code) => !(languageIds as readonly string[]).includes(code));
  if (unknown) throw new Error(`${flag}: the eval tells apart only ${languageIds.join(", ")}, not ${unknown}.`);
  return codes as LanguageId[];
}

function whyIncomplete(score: OutputScore): string {
  if (score.error) return score.error;
  if (score.stopReason !== "completed") return `stopped: ${score.stopReason}`;
  if (score.missing.length) return score.missing.join("; ");
  return `cut mid-sentence: ${score.cuts.filter((cut) => cut.midSentence).map((cut) => cut.field).join(", ")}`;
}

function spread(briefs: readonly EvalBrief[], count: number | undefined): readonly EvalBrief[] {
  if (!count || count >= briefs.length) return briefs;
  return Array.from({ length: count }, (_, index) => briefs[Math.floor((index * briefs.length) / count)]!);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  if (args.merge.length > 0) {
    const runs = args.merge.map((file) => JSON.parse(readFileSync(file, "utf8")) as { defaults: GenerationDefaults; outputs: OutputScore[] });
    report(args, runs[0]!.defaults, runs.flatMap((run) => run.outputs).sort((a, b) => Number.parseInt(a.label) - Number.parseInt(b.label)));
    return;
  }
  if (args.model === realModels.smolLm2 && !available("smolLm2")) throw new Error(missingReason("smolLm2"));
  const all = parseEvalBriefs(readFileSync(args.briefs, "utf8"), path.relative(process.cwd(), args.briefs));
  const ofKind = all.filter((brief) => (!args.kind || (brief.channel ? "marketing" : "description") === args.kind) && (args.writtenIn.length === 0 || args.writtenIn.includes(brief.language)));
  const shard = args.shard;
  const briefs = spread(shard ? ofKind.filter((_, index) => index % shard.count === shard.index - 1) : ofKind, args.sample);
  const defaults = extensionDefaults();
  const engine = new EngineClient(
    { workerPath, log: () => undefined },
    { modelPath: args.model, threads: defaults.threads, gpu: defaults.gpu, contextSize: defaults.contextSize },
  );
  const scores: OutputScore[] = [];
  try {
    for (const [index, brief] of briefs.entries()) {
      const started = performance.now();
      try {
        scores.push(scoreOutput(brief, await writeBrief(engine, brief, defaults, brief.number), args.facts));
      } catch (error) {
        scores.push(failedOutput(brief, error instanceof Error ? error.message : String(error), (performance.now() - started) / 1000));
      }
      const last = scores[scores.length - 1]!;
      console.log(`${index + 1}/${briefs.length} ${brief.label} [${last.kind}]: ${last.complete ? "complete" : `INCOMPLETE (${whyIncomplete(last)})`}, ${last.seconds.toFixed(1)} s`);
      if (last.kind !== "description" || last.language !== "en" || last.error) continue;
      for (const language of args.languages) {
        const translationStarted = performance.now();
        try {
          scores.push(await translateOutput(engine, brief, last, language, defaults, args.facts));
        } catch (error) {
          scores.push({ ...failedOutput({ ...brief, label: `${brief.label}→${language}`, language }, error instanceof Error ? error.message : String(error), (performance.now() - translationStarted) / 1000), kind: "translation" });
        }
        const translated = scores[scores.length - 1]!;
        console.log(`  → ${language}: ${translated.complete ? "complete" : `INCOMPLETE (${whyIncomplete(translated)})`}, ${translated.seconds.toFixed(1)} s`);
      }
    }
  } finally {
    engine.dispose();
  }
  report(args, defaults, scores);
}

/** Prints the tables and writes every figure and output to bench/results/. */
function report(args: EvalArgs, defaults: GenerationDefaults, scores: readonly OutputScore[]): void {
  const industries = [...new Set(scores.map((score) => score.industry))].sort();
  const rows = [
    ...industries.map((industry) => [industry, summarise(scores.filter((score) => score.industry === industry))] as const),
    ["descriptions", summarise(scores.filter((score) => score.kind === "description"))] as const,
    ["marketing", summarise(scores.filter((score) => score.kind !== "description"))] as const,
    ["overall", summarise(scores)] as const,
  ];
  console.log(`\nModel ${path.basename(args.model)}, briefs ${path.basename(args.briefs)} (${scores.length}), maxTokens ${defaults.maxTokens}, temperature ${defaults.temperature}, threads ${defaults.threads || "auto"}\n`);
  console.log(formatTable(rows));
  const briefs = parseEvalBriefs(readFileSync(args.briefs, "utf8"), path.relative(process.cwd(), args.briefs));
  console.log(`\nPer language\n${formatLanguageTable(languageRows(scores, (score) => briefOfOutput(briefs, score)))}`);
  const resultsDir = path.join(repoRoot, "bench", "results");
  mkdirSync(resultsDir, { recursive: true });
  const file = path.join(resultsDir, `eval-${new Date().toISOString().replace(/[:.]/g, "-")}.json`);
  writeFileSync(file, `${JSON.stringify({ args, defaults, summary: Object.fromEntries(rows), outputs: scores }, null, 2)}\n`);
  console.log(`\nWrote ${path.relative(repoRoot, file)}`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

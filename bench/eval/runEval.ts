/**
 * npm run eval [-- --briefs FILE] [--model FILE] [--sample N] [--kind description|marketing]: the copy-quality benchmark. Writes
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
import { extensionDefaults } from "./generationDefaults";
import { failedOutput, scoreOutput, type OutputScore } from "./scoreOutput";
import { unsupportedNumbers } from "./unsupportedFacts";
import { writeBrief } from "./writeBrief";

interface EvalArgs {
  readonly briefs: string;
  readonly model: string;
  /** Only this many briefs, evenly spread over the file: for quick comparisons. */
  readonly sample?: number;
  /** Only product descriptions, or only marketing copy. */
  readonly kind?: "description" | "marketing";
}

function parseArgs(argv: readonly string[]): EvalArgs {
  const value = (flag: string) => {
    const index = argv.indexOf(flag);
    return index >= 0 ? argv[index + 1] : undefined;
  };
  const sample = value("--sample");
  const kind = value("--kind");
  if (kind !== undefined && kind !== "description" && kind !== "marketing") throw new Error(`--kind takes description or marketing, not ${kind}.`);
  return {
    briefs: path.resolve(value("--briefs") ?? path.join(repoRoot, "bench", "eval", "briefs.yaml")),
    model: path.resolve(value("--model") ?? realModels.smolLm2),
    sample: sample === undefined ? undefined : Number(sample),
    kind,
  };
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
  if (args.model === realModels.smolLm2 && !available("smolLm2")) throw new Error(missingReason("smolLm2"));
  const all = parseEvalBriefs(readFileSync(args.briefs, "utf8"), path.relative(process.cwd(), args.briefs));
  const briefs = spread(args.kind ? all.filter((brief) => (brief.channel ? "marketing" : "description") === args.kind) : all, args.sample);
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
        scores.push(scoreOutput(brief, await writeBrief(engine, brief, defaults, brief.number), unsupportedNumbers));
      } catch (error) {
        scores.push(failedOutput(brief, error instanceof Error ? error.message : String(error), (performance.now() - started) / 1000));
      }
      const last = scores[scores.length - 1]!;
      console.log(`${index + 1}/${briefs.length} ${brief.label} [${last.kind}]: ${last.complete ? "complete" : `INCOMPLETE (${whyIncomplete(last)})`}, ${last.seconds.toFixed(1)} s`);
    }
  } finally {
    engine.dispose();
  }
  const industries = [...new Set(scores.map((score) => score.industry))].sort();
  const rows = [
    ...industries.map((industry) => [industry, summarise(scores.filter((score) => score.industry === industry))] as const),
    ["descriptions", summarise(scores.filter((score) => score.kind === "description"))] as const,
    ["marketing", summarise(scores.filter((score) => score.kind !== "description"))] as const,
    ["overall", summarise(scores)] as const,
  ];
  console.log(`\nModel ${path.basename(args.model)}, briefs ${path.basename(args.briefs)} (${briefs.length}), maxTokens ${defaults.maxTokens}, temperature ${defaults.temperature}, threads ${defaults.threads || "auto"}\n`);
  console.log(formatTable(rows));
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

/**
 * npm run eval:ghost: ghost text from real models, compared on product copy cut mid-sentence.
 * Every prefix goes through the path the editor's ghost text takes: the same request
 * (src/core/inline/ghostTextRequest.ts), the engine's raw completion in its worker, and the
 * completion gates. Each suggestion is scored (./ghostText/suggestionScore.ts); the table shows
 * how often it continues the sentence, avoids echoing, stops at a clause end and keeps the
 * spacing right, and the model with the most suggestions good on all four is named the default.
 *
 *   npm run eval:ghost                                   both real models from .cache/models
 *   npm run eval:ghost -- --model name=/path/to/model.gguf [--model …]
 */
import { mkdirSync, writeFileSync } from "node:fs";
import * as path from "node:path";
import { gateCompletion } from "../src/core/inline/completionGates";
import { ghostTextRequest } from "../src/core/inline/ghostTextRequest";
import { EngineClient } from "../src/engine/engineClient";
import { repoRoot, workerPath } from "../test/support/paths";
import { available, missingReason, realModels, type RealModel } from "../test/support/realModels";
import { documentBefore, ghostPrefixes, type CutKind } from "./ghostText/prefixes";
import { scoreSuggestion, type SuggestionScore } from "./ghostText/suggestionScore";
import { fixed, median, percentile } from "./stats";

/** tailor.inlineCompletions.maxTokens's default. */
const maxTokens = 24;
/** Fixed so that a run can be repeated; the editor samples without one. */
const seed = 1;

interface Sample {
  readonly title: string;
  readonly cut: CutKind;
  readonly before: string;
  readonly raw: string;
  readonly suggestion: string | undefined;
  readonly ms: number;
  readonly score: SuggestionScore;
}

const good = (s: SuggestionScore): boolean => s.offered && s.continues && !s.echoes && s.stopsAtEnd && s.spacingRight;

function modelsFromArgs(args: readonly string[]): Array<[string, string]> {
  const named: Array<[string, string]> = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] !== "--model") continue;
    const value = args[++i] ?? "";
    const split = value.indexOf("=");
    if (split <= 0) throw new Error(`--model takes name=path, not ${JSON.stringify(value)}`);
    named.push([value.slice(0, split), value.slice(split + 1)]);
  }
  if (named.length > 0) return named;
  const defaults: Array<[string, RealModel]> = [
    ["SmolLM2-135M-Instruct", "smolLm2"],
    ["Gemma 3 270M base", "gemma3Base"],
  ];
  return defaults.flatMap(([name, model]) => {
    if (available(model)) return [[name, realModels[model]] as [string, string]];
    console.warn(`Skipping ${name}: ${missingReason(model)}`);
    return [];
  });
}

async function evaluate(modelPath: string): Promise<Sample[]> {
  const engine = new EngineClient({ workerPath }, { modelPath, threads: 0, gpu: "off", contextSize: 0 });
  const samples: Sample[] = [];
  try {
    // Loads the model, so that no sample's time includes the load.
    await engine.complete({ prompt: "Hello", maxTokens: 1, temperature: 0 });
    for (const prefix of ghostPrefixes) {
      const before = documentBefore(prefix);
      const started = performance.now();
      const result = await engine.complete({ ...ghostTextRequest(before, "", maxTokens).completion, seed });
      const ms = performance.now() - started;
      const suggestion = gateCompletion(before, result.text, { multiline: false, hitTokenLimit: result.stopReason === "maxTokens" });
      samples.push({ title: prefix.title, cut: prefix.cut, before: prefix.text, raw: result.text, suggestion, ms, score: scoreSuggestion(before, prefix.cut, suggestion) });
    }
  } finally {
    engine.dispose();
  }
  return samples;
}

const share = (samples: readonly Sample[], test: (s: SuggestionScore) => boolean): string =>
  `${fixed((100 * samples.filter((s) => test(s.score)).length) / samples.length, 0)}%`;

async function main(): Promise<void> {
  const models = modelsFromArgs(process.argv.slice(2));
  if (models.length === 0) throw new Error("No model to evaluate: fetch the real models with scripts/setup.sh, or pass --model name=path.");
  const results = new Map<string, Sample[]>();
  for (const [name, modelPath] of models) {
    console.log(`${name}: ${ghostPrefixes.length} prefixes…`);
    results.set(name, await evaluate(modelPath));
  }

  const lines = ["", `Ghost text on ${ghostPrefixes.length} product-copy prefixes (${maxTokens} tokens at most, seed ${seed}, CPU, default threads)`, ""];
  lines.push("| model | offered | continues the sentence | no echo | stops at a clause end | spacing right | good on all | p50 / p95 ms |", "|---|---|---|---|---|---|---|---|");
  for (const [name, samples] of results) {
    const ms = samples.map((s) => s.ms);
    lines.push(
      `| ${name} | ${share(samples, (s) => s.offered)} | ${share(samples, (s) => s.continues)} | ${share(samples, (s) => s.offered && !s.echoes)} | ${share(samples, (s) => s.stopsAtEnd)} | ${share(samples, (s) => s.spacingRight)} | **${share(samples, good)}** | ${fixed(median(ms), 0)} / ${fixed(percentile(ms, 95), 0)} |`,
    );
  }
  const cuts: CutKind[] = ["wordEnd", "afterSpace", "midWord", "sentenceEnd"];
  lines.push("", "Good on all, by where the text was cut:", "", `| model | ${cuts.join(" | ")} |`, `|---|${cuts.map(() => "---|").join("")}`);
  for (const [name, samples] of results) lines.push(`| ${name} | ${cuts.map((cut) => share(samples.filter((s) => s.cut === cut), good)).join(" | ")} |`);
  for (const [name, samples] of results) {
    lines.push("", `${name}, the first suggestions:`);
    for (const s of samples.filter((_, i) => i % 5 === 0)) lines.push(`- ${good(s.score) ? "good" : "poor"}: …${JSON.stringify(s.before.slice(-30))} → ${JSON.stringify(s.suggestion ?? `(nothing; raw ${s.raw.slice(0, 40)})`)}`);
  }
  const ranked = [...results].sort(([, a], [, b]) => b.filter((s) => good(s.score)).length - a.filter((s) => good(s.score)).length || median(a.map((s) => s.ms)) - median(b.map((s) => s.ms)));
  lines.push("", `Default for ghost text by these figures: ${ranked[0]![0]}.`);
  console.log(lines.join("\n"));

  const out = path.join(repoRoot, "bench", "results");
  mkdirSync(out, { recursive: true });
  writeFileSync(path.join(out, "ghostText.json"), JSON.stringify(Object.fromEntries(results), null, 2));
  writeFileSync(path.join(out, "ghostText.md"), lines.join("\n") + "\n");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

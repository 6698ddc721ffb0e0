/**
 * Measures the optional "second opinion" for the claims check: for each sentence the rules did
 * not flag, a local model is asked under a yes/no grammar whether it makes a regulated claim of
 * one of the ten categories. A "yes" would add a finding. The issue keeps the stage only if it
 * adds recall without pushing precision under 0.90, so this prints both, rules alone and rules
 * plus the model, on a labelled set in the development set's format.
 *
 *   npm run eval:claims-opinion [-- --model gemma3Base] [--set file.jsonl]   (every 8th clean negative)
 *   node out/bench/claimsSecondOpinion.js [--set file.jsonl] [--negatives-every N] [--model smolLm2|gemma3Base]
 *
 * `--negatives-every N` asks the model about every Nth unflagged negative only and scales its
 * "yes" count back up, so a run on the 6,000-row development set fits in minutes; every rule
 * miss is always asked. SmolLM2 (instruction-tuned) answers a chat under a JSON schema whose only
 * values are "yes" and "no"; base Gemma, which has no chat template, continues a few-shot prompt
 * written here and its first word is read.
 */
import * as path from "node:path";
import { claimCategories } from "../src/core/claims/claimRule";
import { EngineClient } from "../src/engine/engineClient";
import { devSetPath, readDevSet, scoreRows, type ScoredRow } from "../test/unit/claims/devSetScore";
import { workerPath } from "../test/support/paths";
import { available, missingReason, realModels, type RealModel } from "../test/support/realModels";
import { fixed, median } from "./stats";

const categoryLines = [
  "disease or drug claims (cures, treats, prevents or relieves a condition)",
  "absolute safety or free-from claims (100% safe, non-toxic, chemical-free)",
  "absolute performance (waterproof, unbreakable, never fades, lasts forever)",
  "objective superlatives (No. 1, fastest in the world, best-selling)",
  "guaranteed outcomes (guaranteed results, risk-free)",
  "environmental claims (eco-friendly, carbon neutral, biodegradable)",
  "endorsements and statistics (doctor recommended, 9 out of 10 vets, clinically proven)",
  "approvals and certifications (FDA approved, GDPR certified)",
  "financial promises (guaranteed returns, no risk)",
  "purity and precious metals (solid gold, pure silver, 100% pure)",
];

const systemPrompt = [
  "You review product copy for claims that advertising regulators restrict. The categories:",
  ...categoryLines.map((line) => `- ${line}`),
  "A claim that is qualified, backed by a named standard, study or certificate, negated, or only a figure of speech is not one.",
].join("\n");

const userPrompt = (text: string) => `Sentence: ${text}\nDoes this sentence make an unqualified claim in one of the categories? Answer yes or no.`;

const answerSchema = {
  type: "object",
  properties: { answer: { type: "string", enum: ["yes", "no"] } },
  required: ["answer"],
};

/** Invented for this prompt, not taken from any labelled set, so the measure is not contaminated. */
const fewShot = [
  ["This cream cures eczema overnight.", "yes"],
  ["Soft cotton blend in five colours.", "no"],
  ["The only 100% risk-free investment on the market.", "yes"],
  ["Rated IPX7 under IEC 60529 for 30 minutes at 1 m.", "no"],
  ["Our kettle is the fastest in the world.", "yes"],
  ["Not suitable for children under three.", "no"],
];

const fewShotPrompt = (text: string) =>
  `Does the sentence make an unqualified regulated advertising claim (${claimCategories.join(", ")})?\n\n` +
  fewShot.map(([sentence, answer]) => `Sentence: ${sentence}\nClaim: ${answer}\n\n`).join("") +
  `Sentence: ${text}\nClaim:`;

interface Options {
  readonly set: string;
  readonly negativesEvery: number;
  readonly model: RealModel;
}

function parseArgs(args: readonly string[]): Options {
  const value = (flag: string) => {
    const at = args.indexOf(flag);
    return at >= 0 ? args[at + 1] : undefined;
  };
  const model = (value("--model") ?? "smolLm2") as RealModel;
  if (!(model in realModels)) throw new Error(`--model is one of ${Object.keys(realModels).join(", ")}`);
  const every = Number(value("--negatives-every") ?? 1);
  if (!Number.isInteger(every) || every < 1) throw new Error("--negatives-every takes a whole number ≥ 1");
  return { set: path.resolve(value("--set") ?? devSetPath), negativesEvery: every, model };
}

async function ask(engine: EngineClient, model: RealModel, text: string): Promise<boolean> {
  if (model === "smolLm2") {
    const result = await engine.generate({
      messages: [
        { role: "system", content: systemPrompt },
        { role: "user", content: userPrompt(text) },
      ],
      jsonSchema: answerSchema,
      maxTokens: 48,
      temperature: 0,
      seed: 1,
    });
    return (JSON.parse(result.text) as { answer: string }).answer === "yes";
  }
  const result = await engine.complete({ prompt: fewShotPrompt(text), maxTokens: 3, temperature: 0, seed: 1, stopTriggers: ["\n"] });
  return /^\s*yes/i.test(result.text);
}

function figures(name: string, violations: number, caught: number, flaggedNegatives: number): string {
  const recall = caught / violations;
  const precision = caught + flaggedNegatives === 0 ? 1 : caught / (caught + flaggedNegatives);
  return `| ${name} | ${caught} of ${violations} | ${fixed(flaggedNegatives, 0)} | ${fixed(recall, 3)} | ${fixed(precision, 3)} |`;
}

async function main(): Promise<void> {
  const options = parseArgs(process.argv.slice(2));
  if (!available(options.model)) throw new Error(missingReason(options.model));
  const scored = scoreRows(readDevSet(options.set));
  const violations = scored.filter((row) => row.label === "violation");
  const ruleCaught = violations.filter((row) => row.flagged).length;
  const ruleFalse = scored.filter((row) => row.label === "negative" && row.flagged).length;
  const missed = violations.filter((row) => !row.flagged);
  const clearNegatives = scored.filter((row) => row.label === "negative" && !row.flagged);
  const sampled = clearNegatives.filter((_, i) => i % options.negativesEvery === 0);

  const engine = new EngineClient({ workerPath }, { modelPath: realModels[options.model], threads: 0, gpu: "off", contextSize: 1024 });
  const ms: number[] = [];
  const yes = async (rows: readonly ScoredRow[]) => {
    let count = 0;
    for (const row of rows) {
      const started = performance.now();
      if (await ask(engine, options.model, row.text)) count++;
      ms.push(performance.now() - started);
    }
    return count;
  };
  try {
    const missedYes = await yes(missed);
    const sampledYes = await yes(sampled);
    const negativesYes = sampled.length === 0 ? 0 : (sampledYes * clearNegatives.length) / sampled.length;
    console.log(`\nClaims second opinion, ${options.model}, on ${path.relative(process.cwd(), options.set)} (${scored.length} rows)`);
    console.log(
      `asked: ${missed.length} rule misses, ${sampled.length} of ${clearNegatives.length} unflagged negatives; ` +
        `"yes" on ${missedYes} misses and ${sampledYes} negatives; ${fixed(median(ms), 0)} ms a sentence (median)\n`,
    );
    console.log("| checker | violations caught | negatives flagged | recall | precision |\n|---|---:|---:|---:|---:|");
    console.log(figures("rules", violations.length, ruleCaught, ruleFalse));
    console.log(figures(`rules + ${options.model}`, violations.length, ruleCaught + missedYes, ruleFalse + negativesYes));
  } finally {
    await engine.shutdown();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exitCode = 1;
});

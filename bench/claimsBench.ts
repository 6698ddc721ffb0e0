/**
 * How long the claims check takes on a 2,000-word document, as diagnostics run it on every
 * keystroke: `checkClaims(text, claimRulesFor(profile))` for general retail and each industry,
 * median of many runs after a warm-up (the first run compiles the patterns). The budget is 20 ms,
 * for the pattern rules: issue 16 leaves the second opinion out of it, and the learned one is
 * timed on its own, scoring every sentence (in a check it scores only those without a finding).
 * Run alone with `node out/bench/claimsBench.js`; `npm run bench` runs it too.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { checkClaims } from "../src/core/claims/checkClaims";
import { patternRulesFor } from "../src/core/claims/claimRulesFor";
import { maskMarkup } from "../src/core/claims/markupMask";
import { learnedClaimSentences } from "../src/core/claims/opinion/learnedClaimRule";
import { generalRetailProfile, industryProfiles, type IndustryProfile } from "../src/core/profiles/industryProfiles";
import { repoRoot } from "../test/support/paths";
import { fixed, median } from "./stats";

export interface ClaimsBenchResult {
  readonly words: number;
  readonly runs: number;
  /** Median milliseconds per check, by profile id: wall-clock time. */
  readonly medianMs: Readonly<Record<string, number>>;
  /** Median CPU milliseconds per check, by profile id: what the check costs on a machine nothing else is using. */
  readonly medianCpuMs: Readonly<Record<string, number>>;
  readonly slowest: { readonly profile: string; readonly medianMs: number; readonly medianCpuMs: number };
  readonly findings: number;
  /** Median milliseconds of the learned second opinion over every sentence of the document. */
  readonly learnedStageMs: number;
}

const targetWords = 2000;
const warmUpRuns = 5;

export function runClaimsBench(runs = Number(process.env.TAILOR_BENCH_CLAIMS_RUNS ?? 60)): ClaimsBenchResult {
  const text = benchDocument(targetWords);
  const medianMs: Record<string, number> = {};
  const medianCpuMs: Record<string, number> = {};
  let findings = 0;
  for (const profile of [generalRetailProfile, ...industryProfiles]) {
    const rules = patternRulesFor(profile);
    const check = () => checkClaims(text, rules);
    for (let i = 0; i < warmUpRuns; i++) findings = Math.max(findings, check().length);
    const samples = timings(check, runs);
    medianMs[profile.id] = median(samples.map((sample) => sample.wallMs));
    medianCpuMs[profile.id] = median(samples.map((sample) => sample.cpuMs));
  }
  const [profile, slowestMs] = Object.entries(medianMs).sort((a, b) => b[1] - a[1])[0];
  const masked = maskMarkup(text);
  const learned = () => learnedClaimSentences(text, masked, []);
  for (let i = 0; i < warmUpRuns; i++) learned();
  const learnedStageMs = median(timings(learned, runs).map((sample) => sample.wallMs));
  return { words: wordCount(text), runs, medianMs, medianCpuMs, slowest: { profile, medianMs: slowestMs, medianCpuMs: medianCpuMs[profile] }, findings, learnedStageMs };
}

function timings(check: () => unknown, runs: number): { wallMs: number; cpuMs: number }[] {
  const samples: { wallMs: number; cpuMs: number }[] = [];
  for (let i = 0; i < runs; i++) {
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    check();
    const wallMs = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    samples.push({ wallMs, cpuMs: (cpu.user + cpu.system) / 1000 });
  }
  return samples;
}

/**
 * A Markdown product page of about `words` words: the profiles' example descriptions as
 * paragraphs and the development set's sentences (claims and their look-alikes) as bullets.
 */
export function benchDocument(words: number): string {
  const sentences = readFileSync(path.join(repoRoot, "test", "unit", "claims", "claimsDevSet.jsonl"), "utf8")
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const paragraphs = [generalRetailProfile, ...industryProfiles].flatMap((profile: IndustryProfile) => profile.examples);
  const parts: string[] = ["# Product page"];
  for (let i = 0; wordCount(parts.join(" ")) < words; i++) {
    parts.push(i % 4 === 0 ? `\n${paragraphs[(i / 4) % paragraphs.length]}\n` : `- ${sentences[i % sentences.length]}`);
  }
  return parts.join("\n");
}

function wordCount(text: string): number {
  return text.split(/\s+/).filter((word) => /[\p{L}\p{N}]/u.test(word)).length;
}

export function claimsBenchLine(result: ClaimsBenchResult): string {
  return `| claims check, ${result.words}-word document, pattern rules (median of ${result.runs}) | ${fixed(result.medianMs["general-retail"], 2)} ms general retail; slowest profile ${result.slowest.profile} ${fixed(result.slowest.medianMs, 2)} ms wall, ${fixed(result.slowest.medianCpuMs, 2)} ms CPU (budget 20 ms); learned second opinion on every sentence ${fixed(result.learnedStageMs, 2)} ms more (outside the budget) |`;
}

// Bundled into runBench.js, this module is the main one there too: only its own file runs it alone.
if (require.main === module && /claimsBench\.js$/.test(require.main.filename)) {
  const result = runClaimsBench();
  console.log(`Claims check on a ${result.words}-word document (${result.findings} findings), median of ${result.runs} runs per profile:`);
  for (const [profile, ms] of Object.entries(result.medianMs)) console.log(`  ${profile.padEnd(22)} ${fixed(ms, 2)} ms wall, ${fixed(result.medianCpuMs[profile], 2)} ms CPU`);
  console.log(`Slowest: ${result.slowest.profile}, ${fixed(result.slowest.medianMs, 2)} ms wall, ${fixed(result.slowest.medianCpuMs, 2)} ms CPU (budget 20 ms).`);
  console.log(`Learned second opinion, every sentence scored: ${fixed(result.learnedStageMs, 2)} ms (outside the budget).`);
}

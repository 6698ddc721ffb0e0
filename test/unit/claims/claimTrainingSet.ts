import { readdirSync, readFileSync } from "node:fs";
import * as path from "node:path";
import { checkClaims } from "../../../src/core/claims/checkClaims";
import { patternRulesFor } from "../../../src/core/claims/claimRulesFor";
import { maskMarkup } from "../../../src/core/claims/markupMask";
import type { LabelledText } from "../../../src/core/claims/opinion/claimModel";
import { sentencesOf } from "../../../src/core/claims/sentenceRange";
import { findIndustryProfile, generalRetailProfile } from "../../../src/core/profiles/industryProfiles";
import { repoRoot } from "../../support/paths";
import type { DevSetRow } from "./devSetRows";

const groundingDir = path.join(repoRoot, "test", "unit", "grounding");
const evalRunsDir = path.join(repoRoot, "bench", "eval", "runs");

/**
 * What the claim model learns from: the development set's rows, and every sentence of ordinary
 * product copy in which no pattern rule finds a claim, as a negative: the grounding sets' copy and
 * the drafts of the stored eval runs, which are the real model's own writing. The development
 * set's negatives are all near-claims; without ordinary copy the model had never seen a page's
 * headings, bullets and meta description, and judged "A mug you will reach for." a claim, and
 * without the drafts it judged the small model's "A luxurious and intimate hotel with a beachside
 * view." one (bench/README.md, sections 15 and 17). Storing another eval run changes the set:
 * train again, as the learned stage's test then asks.
 */
export function claimTrainingSet(devRows: readonly DevSetRow[]): LabelledText[] {
  return [...devRows.map((row) => ({ text: row.text, violation: row.label === "violation" })), ...plainCopySentences()];
}

let plain: LabelledText[] | undefined;

export function plainCopySentences(): LabelledText[] {
  if (plain) return plain;
  const seen = new Set<string>();
  plain = [];
  for (const { copy, industry } of ordinaryCopy()) {
    const rules = patternRulesFor(findIndustryProfile(industry ?? "") ?? generalRetailProfile);
    const masked = maskMarkup(copy);
    for (const sentence of sentencesOf(copy, masked)) {
      const text = masked.slice(sentence.start, sentence.end).replace(/\s+/g, " ").trim();
      if (text.split(" ").length < 3 || seen.has(text)) continue;
      seen.add(text);
      if (checkClaims(text, rules).length === 0) plain.push({ text, violation: false });
    }
  }
  return plain;
}

interface CopyDocument {
  readonly copy: string;
  readonly industry?: string;
}

/** The grounding sets' copy, then the stored eval runs' drafts, in file order. */
function ordinaryCopy(): CopyDocument[] {
  const documents: CopyDocument[] = [];
  for (const file of readdirSync(groundingDir).filter((name) => name.endsWith(".jsonl")).sort()) {
    for (const line of readFileSync(path.join(groundingDir, file), "utf8").split("\n")) {
      if (line.trim() === "") continue;
      const { copy, industry } = JSON.parse(line) as { copy?: string; industry?: string };
      if (copy) documents.push({ copy, industry });
    }
  }
  for (const file of readdirSync(evalRunsDir).filter((name) => name.endsWith(".json")).sort()) {
    const { outputs } = JSON.parse(readFileSync(path.join(evalRunsDir, file), "utf8")) as { outputs?: readonly { copy?: string; industry?: string }[] };
    for (const { copy, industry } of outputs ?? []) if (copy) documents.push({ copy, industry });
  }
  return documents;
}

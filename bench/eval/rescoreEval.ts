/**
 * node out/bench/eval/rescoreEval.js RESULT.json [--briefs FILE]: applies the current limit
 * enforcement, the removal of leaked prompt text and of sentences the brief does not back, to the raw model text an earlier `npm run eval` stored, and prints the table again,
 * so a change to enforcement alone is measured without running the model. Claim flags, seconds
 * and tokens are those of the stored run.
 */
import { readFileSync } from "node:fs";
import * as path from "node:path";
import { checkClaims, claimRulesFor } from "../../src/core/claims/checkClaims";
import { channels } from "../../src/core/marketing/channels";
import { draftFromJson as channelDraftFromJson } from "../../src/core/marketing/fromJson";
import { marketingCopyJob } from "../../src/core/marketing/marketingCopyJob";
import { parsePartialJson } from "../../src/core/partialJson";
import { draftFromJson as descriptionDraftFromJson } from "../../src/core/productDescription/fromJson";
import { productDescriptionJob } from "../../src/core/productDescription/productDescriptionJob";
import { industryProfiles } from "../../src/core/profiles/industryProfiles";
import type { StructuredJob } from "../../src/core/structuredJob";
import { groundingCheck } from "../../src/writing/copyChecks";
import { withoutPromptLeaks } from "../../src/writing/withoutPromptLeaks";
import { withoutUnbacked } from "../../src/writing/withoutUnbacked";
import { repoRoot } from "../../test/support/paths";
import { channelView, descriptionView, type CopyView } from "./copyView";
import { parseEvalBriefs, type EvalBrief } from "./evalBrief";
import { formatTable, summarise } from "./evalSummary";
import { limitCuts } from "./limitCuts";
import { briefOfOutput, formatLanguageTable, languageRows } from "./languageTable";
import { scoreOutput, type OutputScore } from "./scoreOutput";
import { unsupportedFacts } from "./unsupportedFacts";

function rescore(brief: EvalBrief, stored: OutputScore): OutputScore {
  // A translation's scores stand as stored: its text came from the translation job, not the brief's.
  if (stored.error || stored.source !== undefined) return stored;
  const rules = claimRulesFor(industryProfiles.find((profile) => profile.id === brief.industry)!);
  const channel = brief.channel ? channels[brief.channel] : undefined;
  const again = <Draft>(job: StructuredJob<Draft>, written: (value: ReturnType<typeof parsePartialJson>) => unknown, view: (draft: Draft) => CopyView) => {
    const value = parsePartialJson(stored.rawText);
    const enforced = job.toDraft(value);
    // As the writing path does: leaks out of every draft, the finished draft's own fixes, then unbacked sentences after the rewrite.
    const { draft: leakOut, leaked } = job.promptLeakSource ? withoutPromptLeaks(enforced, job.promptLeakSource(), job) : { draft: enforced, leaked: [] };
    const leakFree = job.finishDraft ? job.finishDraft(leakOut) : leakOut;
    const { draft: unbackedOut, removed } = withoutUnbacked(leakFree, [groundingCheck(brief.brief)], job);
    const draft = removed.length > 0 && job.finishDraft ? job.finishDraft(unbackedOut) : unbackedOut;
    const found = checkClaims(job.render(draft), rules);
    return scoreOutput(
      brief,
      {
        view: view(draft),
        missing: job.missing(draft),
        stopReason: stored.stopReason,
        cuts: limitCuts(written(value), enforced),
        // The stored run's flags cannot be recomputed without the model: every finding counts as flagged.
        flagged: found.map((finding) => ({ check: "claims", id: finding.ruleId, start: finding.start, end: finding.end, text: finding.matchedText, reason: "", rewriteNote: "" })),
        found,
        attempts: stored.attempts,
        seconds: stored.seconds,
        tokens: stored.tokens,
        rawText: stored.rawText,
        unsupportedBeforeRewrite: stored.unsupportedBeforeRewrite,
        removedSentences: removed.length,
        leakedStrings: leaked.length,
      },
      unsupportedFacts,
    );
  };
  return channel
    ? again(marketingCopyJob(brief.brief, channel, brief.variants), (value) => channelDraftFromJson(channel, value), channelView)
    : again(productDescriptionJob(brief.brief), descriptionDraftFromJson, descriptionView);
}

const argv = process.argv.slice(2);
const briefsAt = argv.indexOf("--briefs");
const briefsFile = path.resolve(briefsAt >= 0 ? argv[briefsAt + 1]! : path.join(repoRoot, "bench", "eval", "briefs.yaml"));
const briefs = parseEvalBriefs(readFileSync(briefsFile, "utf8"), path.relative(process.cwd(), briefsFile));
const run = JSON.parse(readFileSync(path.resolve(argv[0]!), "utf8")) as { outputs: OutputScore[] };
const scores = run.outputs.map((stored) => rescore(briefOfOutput(briefs, stored)!, stored));
console.log(
  formatTable([
    ["descriptions", summarise(scores.filter((score) => score.kind === "description"))],
    ["marketing", summarise(scores.filter((score) => score.kind !== "description"))],
    ["overall", summarise(scores)],
  ]),
);
console.log(`\nPer language\n${formatLanguageTable(languageRows(scores, (score) => briefOfOutput(briefs, score)))}\n`);
for (const score of scores.filter((score) => !score.complete)) console.log(`${score.label} [${score.kind}]: ${score.missing.join("; ") || score.stopReason} ${score.cuts.filter((cut) => cut.midSentence).map((cut) => cut.field).join(", ")}`);

import { checkClaims, claimRulesFor } from "../../src/core/claims/checkClaims";
import { channels } from "../../src/core/marketing/channels";
import { draftFromJson as channelDraftFromJson } from "../../src/core/marketing/fromJson";
import { marketingCopyJob } from "../../src/core/marketing/marketingCopyJob";
import { parsePartialJson } from "../../src/core/partialJson";
import { draftFromJson as descriptionDraftFromJson } from "../../src/core/productDescription/fromJson";
import { productDescriptionJob } from "../../src/core/productDescription/productDescriptionJob";
import { industryProfiles } from "../../src/core/profiles/industryProfiles";
import { profileGuidance } from "../../src/core/profiles/profileGuidance";
import type { StructuredJob } from "../../src/core/structuredJob";
import type { EngineClient } from "../../src/engine/engineClient";
import { claimsCheck, groundingCheck } from "../../src/writing/copyChecks";
import { writeCopy, type WriteOptions } from "../../src/writing/writeCopy";
import { channelView, descriptionView, type CopyView } from "./copyView";
import type { EvalBrief } from "./evalBrief";
import type { GenerationDefaults } from "./generationDefaults";
import { limitCuts } from "./limitCuts";
import type { GeneratedOutput } from "./scoreOutput";

/**
 * Writes one brief exactly as "Generate Product Description" or "Generate Marketing Copy" would in
 * a workspace without a brand voice or approved examples: the industry profile's guidance and
 * rules, the job's prompt and grammar, the writing path's checks and one rewrite, and the
 * extension's default maxTokens and temperature. Only the seed is fixed, so runs compare.
 */
export async function writeBrief(engine: EngineClient, brief: EvalBrief, defaults: GenerationDefaults, seed: number): Promise<GeneratedOutput> {
  const profile = industryProfiles.find((candidate) => candidate.id === brief.industry)!;
  // The command passes the approved descriptions closest to the brief; a workspace without any gives none.
  const guidance = profileGuidance(profile, undefined, []);
  const rules = claimRulesFor(profile);
  const channel = brief.channel ? channels[brief.channel] : undefined;
  const run = <Draft>(job: StructuredJob<Draft>, written: (value: ReturnType<typeof parsePartialJson>) => unknown, view: (draft: Draft) => CopyView) =>
    write(engine, job, { guidance, checks: [claimsCheck(rules), groundingCheck(brief.brief)], maxTokens: defaults.maxTokens, temperature: defaults.temperature, seed }, rules, written, view);
  return channel
    ? run(marketingCopyJob(brief.brief, channel, brief.variants), (value) => channelDraftFromJson(channel, value), channelView)
    : run(productDescriptionJob(brief.brief), descriptionDraftFromJson, descriptionView);
}

async function write<Draft>(
  engine: EngineClient,
  job: StructuredJob<Draft>,
  options: WriteOptions<Draft>,
  rules: Parameters<typeof checkClaims>[1],
  asWritten: (value: ReturnType<typeof parsePartialJson>) => unknown,
  view: (draft: Draft) => CopyView,
): Promise<GeneratedOutput> {
  const tokensBefore = engine.stats.tokensGenerated;
  const started = performance.now();
  let unsupportedBeforeRewrite = 0;
  const written = await writeCopy(engine, job, { ...options, onRetry: (findings) => (unsupportedBeforeRewrite = findings.filter((finding) => finding.check === "grounding").length) });
  const value = parsePartialJson(written.result.text);
  return {
    view: view(written.draft),
    missing: job.missing(written.draft),
    stopReason: written.result.stopReason,
    // Against the draft before any sentence was taken out: a removal is not a limit's cut.
    cuts: limitCuts(asWritten(value), job.toDraft(value)),
    flagged: written.findings,
    found: checkClaims(job.render(written.draft), rules),
    attempts: written.attempts,
    unsupportedBeforeRewrite,
    removedSentences: written.removed.length,
    leakedStrings: written.leaked.length,
    seconds: (performance.now() - started) / 1000,
    tokens: engine.stats.tokensGenerated - tokensBefore,
    rawText: written.result.text,
  };
}

import { checkClaims, claimRulesFor } from "../../src/core/claims/checkClaims";
import { parsePartialJson } from "../../src/core/partialJson";
import { draftFromJson } from "../../src/core/productDescription/fromJson";
import { productDescriptionJob } from "../../src/core/productDescription/productDescriptionJob";
import { industryProfiles } from "../../src/core/profiles/industryProfiles";
import { emptyTranslationGlossary } from "../../src/core/translation/translationPrompt";
import { translationText } from "../../src/core/translation/translationText";
import type { EngineClient } from "../../src/engine/engineClient";
import { claimsCheck, groundingCheck } from "../../src/writing/copyChecks";
import { translateDescription } from "../../src/writing/translateCopy";
import { descriptionView } from "./copyView";
import type { EvalBrief } from "./evalBrief";
import type { LanguageId } from "../../src/core/translation/languageId";
import type { GenerationDefaults } from "./generationDefaults";
import { limitCuts } from "./limitCuts";
import { scoreOutput, type OutputScore } from "./scoreOutput";
import type { GroundingCheck } from "./unsupportedFacts";

/**
 * Translates a stored English description as a catalog run with --languages does: the translation
 * job through the writing path, with the claims and grounding checks and the numbers check. Scored
 * like any output, in the target language, with the English copy kept as its source.
 */
export async function translateOutput(
  engine: EngineClient,
  brief: EvalBrief,
  english: OutputScore,
  language: LanguageId,
  defaults: GenerationDefaults,
  grounding: GroundingCheck,
): Promise<OutputScore> {
  const source = productDescriptionJob(brief.brief).toDraft(parsePartialJson(english.rawText));
  const rules = claimRulesFor(industryProfiles.find((candidate) => candidate.id === brief.industry)!);
  const tokensBefore = engine.stats.tokensGenerated;
  const started = performance.now();
  let unsupportedBeforeRewrite = 0;
  const written = await translateDescription(engine, source, language, {
    checks: [claimsCheck(rules), groundingCheck(brief.brief)],
    glossary: emptyTranslationGlossary,
    maxTokens: defaults.maxTokens,
    temperature: defaults.temperature,
    seed: brief.number,
    onRetry: (findings) => (unsupportedBeforeRewrite = findings.filter((finding) => finding.check === "grounding").length),
  });
  const score = scoreOutput(
    { ...brief, label: `${brief.label}→${language}`, language },
    {
      view: descriptionView(written.draft),
      missing: written.missing,
      stopReason: written.result.stopReason,
      cuts: limitCuts(draftFromJson(parsePartialJson(written.result.text)), written.draft),
      flagged: written.findings,
      found: checkClaims(translationText(written.draft), rules),
      attempts: written.attempts,
      unsupportedBeforeRewrite,
      removedSentences: written.removed.length,
      leakedStrings: written.leaked.length,
      seconds: (performance.now() - started) / 1000,
      tokens: engine.stats.tokensGenerated - tokensBefore,
      rawText: written.result.text,
    },
    grounding,
  );
  return { ...score, kind: "translation", source: translationText(source) };
}

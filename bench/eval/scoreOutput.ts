import type { CopyFinding } from "../../src/writing/copyChecks";
import type { ClaimFinding } from "../../src/core/claims/checkClaims";
import type { CopyView } from "./copyView";
import type { EvalBrief } from "./evalBrief";
import { namesProduct } from "../../src/core/productDescription/nameInTitle";
import { identifyLanguage } from "../../src/core/translation/languageId";
import type { LimitCut } from "./limitCuts";
import { fleschReadingEase } from "./readability";
import { duplicateItems, repeatedTrigramShare } from "./repetition";
import type { GroundingCheck } from "./unsupportedFacts";

/** Everything the eval measured about one output. */
export interface OutputScore {
  readonly label: string;
  readonly industry: string;
  /** "description", or the marketing channel's id. */
  readonly kind: string;
  readonly language: string;
  readonly complete: boolean;
  readonly missing: readonly string[];
  readonly stopReason: string;
  readonly error?: string;
  readonly cuts: readonly LimitCut[];
  readonly unsupportedFacts: readonly string[];
  /** What the grounding check found in the first draft, when the draft was written again. */
  readonly unsupportedBeforeRewrite: number;
  /** Sentences taken out after the rewrite for stating what the brief does not give (absent in runs before that step). */
  readonly removedSentences?: number;
  /** Strings that repeated the request (JSON keys, the prompt's scaffolding) and were taken out (absent in runs before that step). */
  readonly leakedStrings?: number;
  /** Claim-rule findings in the final copy, and how many of them writeChecked did not return to be flagged. */
  readonly claimFindings: readonly string[];
  readonly claimsUnflagged: number;
  readonly attempts: number;
  /** Whether a product description's title holds the brief's product name (any case); undefined for other copy. */
  readonly nameInTitle?: boolean;
  /** The same for its SEO title (absent in runs before this figure). */
  readonly nameInSeoTitle?: boolean;
  /** Undefined when the brief has no keyword; the SEO fields only for product descriptions. */
  readonly keyword?: { readonly primary: string; readonly inSeoTitle?: boolean; readonly inMetaDescription?: boolean; readonly inBody: boolean };
  readonly readingEase?: number;
  readonly repeatedTrigramShare?: number;
  readonly duplicateItems: number;
  readonly detectedLanguage?: string;
  readonly seconds: number;
  readonly tokens: number;
  readonly copy: string;
  /** What the model wrote, before limits: lets a change to the enforcement be re-scored without the model. */
  readonly rawText: string;
  /** For a translation: the copy it was translated from, whose numbers it must keep. */
  readonly source?: string;
}

export interface GeneratedOutput {
  readonly view: CopyView;
  readonly missing: readonly string[];
  readonly stopReason: string;
  readonly cuts: readonly LimitCut[];
  /** What the writing path returned to be flagged, and what the final copy really breaks. */
  readonly flagged: readonly CopyFinding[];
  readonly found: readonly ClaimFinding[];
  readonly attempts: number;
  readonly seconds: number;
  readonly tokens: number;
  readonly rawText: string;
  /** Unsupported statements the grounding check found in the first draft (0 when it found none). */
  readonly unsupportedBeforeRewrite: number;
  readonly removedSentences: number;
  readonly leakedStrings: number;
}

export function scoreOutput(brief: EvalBrief, output: GeneratedOutput, grounding: GroundingCheck): OutputScore {
  const { view } = output;
  const primary = brief.brief.keywords[0];
  const has = (text: string | undefined) => (text === undefined ? undefined : text.toLowerCase().includes(primary!.toLowerCase()));
  const flaggedKeys = new Set(output.flagged.map((finding) => `${finding.id}@${finding.start}`));
  return {
    ...identity(brief),
    complete: output.stopReason === "completed" && output.missing.length === 0 && !output.cuts.some((cut) => cut.midSentence),
    missing: output.missing,
    stopReason: output.stopReason,
    cuts: output.cuts,
    unsupportedFacts: grounding(view.allText, brief.brief),
    unsupportedBeforeRewrite: output.unsupportedBeforeRewrite,
    removedSentences: output.removedSentences,
    leakedStrings: output.leakedStrings,
    claimFindings: output.found.map((finding) => `${finding.ruleId}: "${finding.matchedText}"`),
    claimsUnflagged: output.found.filter((finding) => !flaggedKeys.has(findingKey(finding))).length,
    attempts: output.attempts,
    nameInTitle: view.title === undefined ? undefined : namesProduct(view.title, brief.brief.name.trim()),
    nameInSeoTitle: view.seoTitle === undefined ? undefined : namesProduct(view.seoTitle, brief.brief.name.trim()),
    keyword: primary ? { primary, inSeoTitle: has(view.seoTitle), inMetaDescription: has(view.metaDescription), inBody: has(view.body)! } : undefined,
    readingEase: fleschReadingEase(view.body),
    repeatedTrigramShare: repeatedTrigramShare(view.allText),
    duplicateItems: duplicateItems(view.items),
    detectedLanguage: identifyLanguage(view.allText),
    seconds: output.seconds,
    tokens: output.tokens,
    copy: view.allText,
    rawText: output.rawText,
  };
}

/** An output that never came back (the engine refused or failed): it counts, as incomplete. */
export function failedOutput(brief: EvalBrief, error: string, seconds: number): OutputScore {
  return {
    ...identity(brief),
    complete: false,
    missing: ["everything"],
    stopReason: "failed",
    error,
    cuts: [],
    unsupportedFacts: [],
    unsupportedBeforeRewrite: 0,
    removedSentences: 0,
    leakedStrings: 0,
    claimFindings: [],
    claimsUnflagged: 0,
    attempts: 0,
    duplicateItems: 0,
    seconds,
    tokens: 0,
    copy: "",
    rawText: "",
  };
}

function identity(brief: EvalBrief) {
  return { label: brief.label, industry: brief.industry, kind: brief.channel ?? "description", language: brief.language };
}

export function briefText(brief: EvalBrief): string {
  const { name, facts, audience, tone, keywords } = brief.brief;
  return [name, ...facts, audience ?? "", tone ?? "", ...keywords].join("\n");
}

function findingKey(finding: ClaimFinding): string {
  return `${finding.ruleId}@${finding.start}`;
}

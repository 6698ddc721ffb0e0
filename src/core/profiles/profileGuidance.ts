import { brandGuidance, type BrandVoice } from "../brand/brandVoice";
import { claimPatternFlags } from "../claims/claimRule";
import { guidanceExamplesHeading } from "../fitPrompt";
import { defaultProfileGuidance } from "./defaultProfile";
import type { IndustryProfile, ProfileClaimRule } from "./industryProfile";

const maxExamples = 2;
const maxPhrasesPerRule = 3;

/**
 * The system prompt's guidance for a profile: the default guidance, the brand's voice, the
 * industry's vocabulary, structure and tone, its rules as "Never write …", and up to two examples.
 * `examples` are the company's approved descriptions closest to the brief; without them the
 * profile's own examples serve.
 */
export function profileGuidance(profile: IndustryProfile, brand?: BrandVoice, examples?: readonly string[]): string {
  const sections: string[] = [defaultProfileGuidance];
  // Second, right after the general rules: a prompt too long for the context gives up its last
  // sections first, and the brand's own voice is the last thing to give up.
  const brandText = brand ? brandGuidance(brand) : "";
  if (brandText) sections.push(brandText);
  const industry = [`Industry: ${profile.displayName}.`];
  // The brand's own tone, given above, outranks the industry's usual one.
  if (!brand?.tone) industry.push(`Tone: ${withStop(profile.defaultTone)}`);
  if (profile.preferredVocabulary.length) industry.push(`Use the industry's own words where they fit: ${profile.preferredVocabulary.join(", ")}.`);
  sections.push(industry.join(" "));
  if (profile.structure.length) {
    sections.push(["Cover what buyers look for, in this order where the facts allow:", ...profile.structure.map((section) => `- ${section}`)].join("\n"));
  }
  if (profile.avoid.length) sections.push(["Rules:", ...profile.avoid.map((rule) => `- ${ruleLine(rule)}`)].join("\n"));
  const shown = (examples ?? profile.examples).map((example) => example.trim()).filter(Boolean).slice(0, maxExamples);
  if (shown.length) {
    sections.push(
      [
        `${guidanceExamplesHeading} (take their style, never their facts):`,
        ...shown.map((example, index) => `Example ${index + 1}:\n${example}`),
      ].join("\n\n"),
    );
  }
  return sections.join("\n\n");
}

function ruleLine(rule: ProfileClaimRule): string {
  const phrases = forbiddenPhrases(rule).map((phrase) => `"${phrase}"`);
  const what = phrases.length ? phrases.join(" or ") : rule.id.replace(/-/g, " ");
  const instead = rule.replacement ? `; write "${rule.replacement}"` : "";
  return `Never write ${what}${instead}: ${rule.reason}`;
}

/**
 * The words each rule caught in its own violation examples: concrete phrases a small model can
 * recognise, where the patterns themselves would mean nothing to it.
 */
function forbiddenPhrases(rule: ProfileClaimRule): string[] {
  const phrases = new Set<string>();
  for (const source of rule.patterns) {
    const pattern = new RegExp(source, claimPatternFlags);
    for (const example of rule.violationExamples) {
      pattern.lastIndex = 0;
      const match = pattern.exec(example);
      if (match) {
        phrases.add(withContext(source, example, match.index, match.index + match[0].length).toLowerCase());
        break;
      }
    }
  }
  return [...phrases].slice(0, maxPhrasesPerRule);
}

/**
 * A pattern that needs a neighbouring word ("carat" before "gold", "green" before "choice")
 * matches without it; the prompt shows the neighbour too, or "Never write "carat"" would forbid
 * gemstone weights.
 */
function withContext(source: string, example: string, start: number, end: number): string {
  if (source.startsWith("(?<=")) start -= /[\p{L}\p{N}]+\s*$/u.exec(example.slice(0, start))?.[0].length ?? 0;
  if (source.includes("(?=\\s+")) end += /^\s+[\p{L}\p{N}]+/u.exec(example.slice(end))?.[0].length ?? 0;
  return example.slice(start, end);
}

function withStop(sentence: string): string {
  return /[.!?]$/.test(sentence.trim()) ? sentence.trim() : `${sentence.trim()}.`;
}

import type { ProductBrief } from "../brief";
import type { ChatMessage } from "../chat";
import { defaultProfileGuidance } from "../profiles/defaultProfile";
import { briefLines, brokenRuleLines } from "../promptParts";
import { productDescriptionLimits as limits } from "./schema";

export interface PromptSteering {
  /** The industry profile's and brand voice's guidance; the default profile's when absent. */
  readonly guidance?: string;
  /** Rules an earlier attempt broke, stated outright for the retry. */
  readonly mustAvoid?: readonly string[];
}

/** The chat that asks the model for a structured product description. */
export function buildProductDescriptionPrompt(brief: ProductBrief, steering: PromptSteering = {}): ChatMessage[] {
  const systemPrompt = `${steering.guidance ?? defaultProfileGuidance}\n\nAnswer with a single JSON object and nothing else.`;
  const lines = briefLines(brief);
  lines.push(
    "",
    "Write a JSON object with these fields:",
    `- "title": the product title, at most ${limits.title} characters;`,
    `- "tagline": one line, at most ${limits.tagline} characters;`,
    `- "bullets": ${limits.minBullets} to ${limits.maxBullets} benefit bullets, each at most ${limits.bullet} characters;`,
    `- "body": exactly ${limits.paragraphs} short paragraphs;`,
    `- "seoTitle": at most ${limits.seoTitle} characters;`,
    `- "metaDescription": at most ${limits.metaDescription} characters.`,
  );
  lines.push(...brokenRuleLines(steering.mustAvoid));
  return [
    { role: "system", content: systemPrompt },
    { role: "user", content: lines.join("\n") },
  ];
}

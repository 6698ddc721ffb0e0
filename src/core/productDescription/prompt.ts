import type { ProductBrief } from "../brief";
import type { ChatMessage } from "../chat";
import { defaultProfileGuidance } from "../profiles/defaultProfile";
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
  const lines: string[] = [];
  lines.push(brief.name ? `Product: ${brief.name}` : "Product: (no name given; infer a plain, accurate one from the facts)");
  lines.push("Facts:");
  for (const fact of brief.facts.length ? brief.facts : ["(none given beyond the name)"]) lines.push(`- ${fact}`);
  if (brief.audience) lines.push(`Audience: ${brief.audience}`);
  lines.push(`Tone: ${brief.tone ?? "clear, warm and confident"}`);
  if (brief.keywords.length) lines.push(`Keywords to work in naturally: ${brief.keywords.join(", ")}`);
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
  if (steering.mustAvoid?.length) {
    lines.push("", "Your previous draft broke these rules. This time, do not write:");
    for (const rule of steering.mustAvoid) lines.push(`- ${rule}`);
  }
  return [
    { role: "system", content: systemPrompt },
    { role: "user", content: lines.join("\n") },
  ];
}

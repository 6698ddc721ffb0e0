import type { ProductBrief } from "../brief";
import type { ChatMessage } from "../chat";
import { defaultProfileGuidance } from "../profiles/defaultProfile";
import { productDescriptionLimits as limits } from "./schema";

const systemPrompt = `${defaultProfileGuidance} Answer with a single JSON object and nothing else.`;

/** The chat that asks the model for a structured product description. */
export function buildProductDescriptionPrompt(brief: ProductBrief): ChatMessage[] {
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
  return [
    { role: "system", content: systemPrompt },
    { role: "user", content: lines.join("\n") },
  ];
}

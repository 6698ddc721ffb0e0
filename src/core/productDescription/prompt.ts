import type { ProductBrief } from "../brief";
import type { ChatMessage } from "../chat";
import { fitChat, type PromptBudget } from "../fitPrompt";
import { defaultProfileGuidance } from "../profiles/defaultProfile";
import { briefLines, brokenRuleLines } from "../promptParts";
import { exampleBrief } from "../exampleBrief";
import { exampleDescription } from "./example";
import { productDescriptionFields, productDescriptionLimits as limits } from "./schema";

export interface PromptSteering {
  /** The industry profile's and brand voice's guidance; the default profile's when absent. */
  readonly guidance?: string;
  /** Rules an earlier attempt broke, stated outright for the retry. */
  readonly mustAvoid?: readonly string[];
  /** The context the chat must fit in, with room for the answer. */
  readonly budget?: PromptBudget;
}

/** The chat that asks the model for a structured product description, fitted to the context. */
export function buildProductDescriptionPrompt(brief: ProductBrief, steering: PromptSteering = {}): ChatMessage[] {
  return fitChat(
    {
      guidance: steering.guidance ?? defaultProfileGuidance,
      instruction: "Answer with a single JSON object and nothing else.",
      shots: [
        { role: "user", content: request(exampleBrief).join("\n") },
        { role: "assistant", content: exampleJson() },
      ],
      request: (facts) => [...request({ ...brief, facts: brief.facts.slice(0, facts) }), ...brokenRuleLines(steering.mustAvoid)].join("\n"),
      factCount: brief.facts.length,
    },
    steering.budget,
  );
}

function request(brief: ProductBrief): string[] {
  // Named outright: a small model copies a quoted phrase where it ignores "work the keywords in".
  const keyword = brief.keywords[0] ? `"${brief.keywords[0]}"` : undefined;
  return [
    ...briefLines(brief),
    "",
    "Write a JSON object with these fields:",
    `- "title": the product title, at most ${limits.title} characters;`,
    `- "tagline": one line, at most ${limits.tagline} characters;`,
    `- "bullets": ${limits.minBullets} to ${limits.maxBullets} benefit bullets, each at most ${limits.bullet} characters;`,
    `- "body": exactly ${limits.paragraphs} short paragraphs;`,
    `- "seoTitle": ${keyword ? `begins with ${keyword}, ` : ""}at most ${limits.seoTitle} characters;`,
    `- "metaDescription": ${keyword ? `one sentence with ${keyword}, ` : ""}at most ${limits.metaDescription} characters.`,
  ];
}

/** The example in the grammar's key order, so the example and the grammar never disagree. */
function exampleJson(): string {
  return JSON.stringify(Object.fromEntries(productDescriptionFields.map((field) => [field, exampleDescription[field]])));
}

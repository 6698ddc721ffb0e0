import type { ChatMessage } from "../chat";
import { defaultProfileGuidance } from "../profiles/defaultProfile";

export const longFormKinds = ["blog-post", "landing-page", "category-page", "newsletter"] as const;
export type LongFormKind = (typeof longFormKinds)[number];

export const longFormKindLabels: Readonly<Record<LongFormKind, string>> = {
  "blog-post": "Blog post",
  "landing-page": "Landing page",
  "category-page": "Category page",
  newsletter: "Newsletter",
};

const kindInstructions: Readonly<Record<LongFormKind, string>> = {
  "blog-post": "a blog post of about 800 words: a headline, an introduction, three to five sections with subheadings, and a conclusion with a call to action",
  "landing-page": "a landing page: a hero headline and subheadline, a benefits section, a features section, social proof placeholders marked [TESTIMONIAL], an FAQ, and a call to action",
  "category-page": "a category page: an introduction of about 150 words, buying guidance by use case, and a short FAQ, ready for SEO",
  newsletter: "a newsletter: a subject line, a preheader, a greeting, two or three short sections and one clear call to action",
};

/**
 * The chat a cloud model gets for a long-form draft. The outline is the local model's structured
 * result (or the user's own text): the cloud model expands it without adding facts.
 */
export function buildLongFormPrompt(kind: LongFormKind, outline: string, guidance: string = defaultProfileGuidance): ChatMessage[] {
  return [
    { role: "system", content: `${guidance}\n\nWrite in Markdown. Use only the facts in the outline; where a fact is missing, leave a clearly marked placeholder such as [SPEC] instead of inventing it.` },
    { role: "user", content: `Write ${kindInstructions[kind]}.\n\nOutline:\n\n${outline.trim()}` },
  ];
}

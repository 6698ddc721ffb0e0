import type { ChatMessage } from "../chat";
import { defaultProfileGuidance } from "../profiles/defaultProfile";
import { keepFactsRule, plainTextOutputRule, requireText, RewriteError, sameLanguageRule, textBlock } from "./rewriteRules";

export const rewriteModes = ["shorter", "longer", "more-formal", "friendlier", "audience", "translate"] as const;
export type RewriteMode = (typeof rewriteModes)[number];

export const rewriteModeLabels: Readonly<Record<RewriteMode, string>> = {
  shorter: "Shorter",
  longer: "Longer",
  "more-formal": "More formal",
  friendlier: "Friendlier",
  audience: "For another audience",
  translate: "Translate",
};

export interface RewriteOptions {
  /** Required by the "audience" mode: who the text is for now. */
  readonly audience?: string;
  /** Required by the "translate" mode: the language to translate into. */
  readonly language?: string;
  /** The profile's guidance for the system prompt; the default profile's when not given. */
  readonly guidance?: string;
}

/** The chat that asks the model to rewrite `text` in one of the rewrite modes. */
export function buildRewritePrompt(text: string, mode: RewriteMode, options: RewriteOptions = {}): ChatMessage[] {
  const original = requireText(text, "text to rewrite");
  const lines = [
    modeInstruction(mode, options),
    // Shortening has to leave things out; it still must not alter or add any.
    mode === "shorter" ? "You may leave out minor details, but never change a fact or add one." : keepFactsRule,
    mode === "translate" ? "Keep numbers and units as given; do not convert them." : sameLanguageRule,
    "Keep the original's structure (paragraphs, line breaks, list items) where it still fits.",
    plainTextOutputRule,
    "",
    ...textBlock(original),
  ];
  return [
    { role: "system", content: `${options.guidance ?? defaultProfileGuidance}\n\nYou rewrite existing copy as asked.` },
    { role: "user", content: lines.join("\n") },
  ];
}

function modeInstruction(mode: RewriteMode, options: RewriteOptions): string {
  switch (mode) {
    case "shorter":
      return "Rewrite the text to be noticeably shorter, about half its length: keep the most important facts and benefits, and cut repetition and filler.";
    case "longer":
      return "Rewrite the text to be longer, about one and a half to two times its length, by explaining more fully what the facts it already gives mean for the reader.";
    case "more-formal":
      return "Rewrite the text in a more formal, professional register: no slang, no contractions, no exclamation marks. Keep the length about the same.";
    case "friendlier":
      return "Rewrite the text to sound warmer and friendlier: conversational, addressing the reader directly, still professional. Keep the length about the same.";
    case "audience": {
      const audience = requireOption(options.audience, "audience", "Say who the text is for.");
      return `Rewrite the text for this audience: ${audience}. Adjust vocabulary, emphasis and tone to what matters to them. Keep the length about the same.`;
    }
    case "translate": {
      const language = requireOption(options.language, "language", "Say which language to translate into.");
      return `Translate the text into ${language}. Keep its meaning, tone and product or brand names; render idioms naturally in ${language} rather than word for word.`;
    }
  }
}

function requireOption(value: string | undefined, name: string, advice: string): string {
  const clean = value?.replace(/\s+/g, " ").trim();
  if (!clean) throw new RewriteError(`This rewrite needs the ${name}. ${advice}`);
  return clean;
}

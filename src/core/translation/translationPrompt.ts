import { brokenRuleLines } from "../promptParts";
import type { ChatMessage } from "../chat";
import { languageName } from "./languages";

/** What a translation keeps from the brand glossary. */
export interface TranslationGlossary {
  /** Terms written exactly as they are in every language (product lines, trademarks). */
  readonly doNotTranslate: readonly string[];
  /** The brand's preferred terms: still the words to use, translated only where they must be. */
  readonly preferred: readonly string[];
}

export const emptyTranslationGlossary: TranslationGlossary = { doNotTranslate: [], preferred: [] };

/**
 * The system prompt of a translation: short, and stated as rules a small model can follow (the
 * target language named in words, numbers and kept terms named outright).
 */
export function translationSystemPrompt(language: string, glossary: TranslationGlossary, answer: string): string {
  const name = languageName(language);
  const lines = [
    `You translate product copy from English into ${name}. Write every sentence in ${name}.`,
    "Keep every number, unit and measurement exactly as written. Add nothing and leave nothing out.",
  ];
  if (glossary.doNotTranslate.length) lines.push(`Leave these terms exactly as they are, untranslated: ${glossary.doNotTranslate.join(", ")}.`);
  if (glossary.preferred.length) lines.push(`The brand's own terms, to keep using: ${glossary.preferred.join(", ")}.`);
  lines.push(answer);
  return lines.join("\n");
}

/** The chat for one translation: the rules, then the source with any rules an earlier try broke. */
export function translationMessages(language: string, glossary: TranslationGlossary, answer: string, source: string, mustAvoid: readonly string[] | undefined): ChatMessage[] {
  return [
    { role: "system", content: translationSystemPrompt(language, glossary, answer) },
    { role: "user", content: [source, ...brokenRuleLines(mustAvoid)].join("\n") },
  ];
}

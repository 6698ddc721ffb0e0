import type { ProductBrief } from "./brief";
import type { ChatMessage } from "./chat";
import { languageName } from "./translation/languages";

/** A brief as the lines every generation prompt starts its request with. */
export function briefLines(brief: ProductBrief): string[] {
  const lines: string[] = [];
  lines.push(brief.name ? `Product: ${brief.name}` : "Product: (no name given; infer a plain, accurate one from the facts)");
  lines.push("Facts:");
  for (const fact of brief.facts.length ? brief.facts : ["(none given beyond the name)"]) lines.push(`- ${fact}`);
  if (brief.audience) lines.push(`Audience: ${brief.audience}`);
  lines.push(`Tone: ${brief.tone ?? "clear, warm and confident"}`);
  if (brief.keywords.length) lines.push(`Keywords to work in naturally: ${brief.keywords.join(", ")}`);
  // Said twice in plain words: a small model follows a named language far better than a code.
  if (brief.language && brief.language !== "en") lines.push(`Language: ${languageName(brief.language)}. Write every value in ${languageName(brief.language)}.`);
  return lines;
}

/** Heads the rules an earlier attempt broke; also what a leak check looks for, should a draft repeat it. */
export const brokenRulesHeader = "Your previous draft broke these rules. This time, do not write:";

/** For a retry: the rules the previous draft broke, stated outright. Empty when there are none. */
export function brokenRuleLines(mustAvoid: readonly string[] | undefined): string[] {
  if (!mustAvoid?.length) return [];
  return ["", brokenRulesHeader, ...mustAvoid.map((rule) => `- ${rule}`)];
}

/** Appends the rules an earlier attempt broke to the chat's final user message. */
export function withBrokenRules(messages: ChatMessage[], mustAvoid: readonly string[] | undefined): ChatMessage[] {
  const rules = brokenRuleLines(mustAvoid);
  if (rules.length === 0) return messages;
  const last = messages[messages.length - 1]!;
  return [...messages.slice(0, -1), { ...last, content: [last.content, ...rules].join("\n") }];
}

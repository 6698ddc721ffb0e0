import type { ChatMessage } from "./chat";

/** How many tokens the model's context holds, and how many of them the answer may need. */
export interface PromptBudget {
  readonly contextTokens: number;
  readonly answerTokens: number;
}

/**
 * Without word from the engine, assume the smallest context Tailor ordinarily gets (catalog runs
 * ask for 2048 a product) and the default tailor.generation.maxTokens.
 */
export const defaultPromptBudget: PromptBudget = { contextTokens: 2048, answerTokens: 1024 };

/** The heading profileGuidance puts before its examples: everything from it on is examples. */
export const guidanceExamplesHeading = "Examples of the voice to write in";

/** What a structured chat is made of, in the order its parts may be given up. */
export interface ChatParts {
  /** The profile's and brand's guidance: sections separated by blank lines, most important first. */
  readonly guidance: string;
  /** Said after the guidance in the system prompt, and always kept ("Answer with JSON"). */
  readonly instruction: string;
  /** A worked example as earlier turns: kept before any guidance but the first section, since a small model needs it to write the right shape at all. */
  readonly shots: readonly ChatMessage[];
  /** The request with the first `facts` of the brief's facts; called with fewer only as a last resort. */
  readonly request: (facts: number) => string;
  readonly factCount: number;
}

/**
 * Builds the chat and makes it fit the context instead of failing: first the guidance's examples
 * go, then guidance sections from the last (never the first, the general rules), then the worked
 * example, and only then the brief's last facts. A long profile or a long list of facts never
 * makes a product fail.
 */
export function fitChat(parts: ChatParts, budget: PromptBudget = defaultPromptBudget): ChatMessage[] {
  const room = budget.contextTokens - budget.answerTokens;
  const chat = (guidance: string, shots: readonly ChatMessage[], facts: number): ChatMessage[] => [
    { role: "system", content: guidance ? `${guidance}\n\n${parts.instruction}` : parts.instruction },
    ...shots,
    { role: "user", content: parts.request(facts) },
  ];
  const fits = (messages: readonly ChatMessage[]) => estimateChatTokens(messages) <= room;

  let sections = parts.guidance.split(/\n{2,}/);
  let shots = parts.shots;
  let facts = parts.factCount;
  const current = () => chat(sections.join("\n\n"), shots, facts);
  if (fits(current())) return current();
  const examplesAt = sections.findIndex((section) => section.startsWith(guidanceExamplesHeading));
  if (examplesAt >= 0) sections = sections.slice(0, examplesAt);
  while (sections.length > 1 && !fits(current())) sections = sections.slice(0, -1);
  if (!fits(current())) shots = [];
  while (facts > 1 && !fits(current())) facts--;
  return current();
}

/**
 * Tokens a chat will take, estimated on the long side: about three characters a token for
 * English and other Latin-script text (SmolLM2's and Qwen's tokenizers give 3.5 to 4.5), and a
 * few tokens a turn for the template's markers.
 */
export function estimateChatTokens(messages: readonly ChatMessage[]): number {
  return messages.reduce((sum, message) => sum + Math.ceil(message.content.length / 3) + 6, 0);
}

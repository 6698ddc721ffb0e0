import type { ChatWrapperGeneratedContextState, LlamaChatSession, LlamaModel, LlamaText, Token } from "node-llama-cpp" with { "resolution-mode": "import" };

// eslint-disable-next-line @typescript-eslint/consistent-type-imports
type NodeLlamaCpp = typeof import("node-llama-cpp", { with: { "resolution-mode": "import" } });

/**
 * The tokens node-llama-cpp will evaluate for a prompt, worked out the way it does, so that they
 * can be read ahead in chunks (./chunkedPrompt.ts). Should they ever differ, nothing breaks: the
 * generation re-evaluates from the first token that differs.
 */

export interface ChatPrompt {
  readonly tokens: Token[];
  /**
   * How the chat's answer ends besides an end-of-generation token, where the template asks for
   * nothing but plain text (no function calls, segments or prefixes, which only node-llama-cpp's
   * own chat loop handles): texts, and single tokens such as a template's end-of-turn.
   */
  readonly plainStops?: { readonly texts: string[]; readonly tokens: Token[] };
}

/** What `session.promptWithMeta(userText)` renders: the history, the new user turn, an empty reply. */
export function chatPrompt(lib: NodeLlamaCpp, session: LlamaChatSession, model: LlamaModel, userText: string): ChatPrompt {
  const chatHistory = lib.appendUserMessageToChatHistory(session.getChatHistory(), userText);
  chatHistory.push({ type: "model", response: [] });
  const state = session.chatWrapper.generateContextState({ chatHistory });
  const tokens = state.contextText.tokenize(model.tokenizer);
  const segments = session.chatWrapper.settings.segments;
  const plain = isPlainText(state) && !segments?.thought && !segments?.comment;
  return { tokens, plainStops: plain ? stopsOf(state.stopGenerationTriggers, model) : undefined };
}

function isPlainText(state: ChatWrapperGeneratedContextState): boolean {
  if ("functionCall" in state && state.functionCall !== undefined) return false;
  if ("ignoreStartText" in state && state.ignoreStartText !== undefined && state.ignoreStartText.length > 0) return false;
  if ("prefixTriggers" in state && state.prefixTriggers !== undefined && state.prefixTriggers.length > 0) return false;
  if ("noPrefixTrigger" in state && state.noPrefixTrigger !== undefined) return false;
  if ("rerender" in state && state.rerender !== undefined) return false;
  return !("detectFunctionCalls" in state && state.detectFunctionCalls === true);
}

/** The triggers as texts and single tokens; undefined where one is neither (a text around a special token). */
export function stopsOf(triggers: readonly LlamaText[], model: LlamaModel): { texts: string[]; tokens: Token[] } | undefined {
  const texts: string[] = [];
  const tokens: Token[] = [];
  for (const trigger of triggers) {
    if (trigger.values.every((value) => typeof value === "string")) {
      texts.push(trigger.values.join(""));
      continue;
    }
    const asTokens = trigger.tokenize(model.tokenizer);
    if (asTokens.length === 1) tokens.push(asTokens[0]!);
    // Such as Gemma's "<end_of_turn>\n": the end-of-generation token that begins it stops first.
    else if (asTokens.length === 0 || !model.isEogToken(asTokens[0]!)) return undefined;
  }
  return { texts, tokens };
}

/** What `LlamaCompletion.generateCompletionWithMeta(prompt)` evaluates: the text after the model's beginning token, if it takes one. */
export function completionPromptTokens(lib: NodeLlamaCpp, model: LlamaModel, prompt: string): Token[] {
  const beginning = beginningToken(lib, model);
  if (beginning === null) return model.tokenize(prompt, false);
  return [beginning, ...model.tokenize(prompt, false, "trimLeadingSpace")];
}

/** llama.cpp's rule for the token it puts before a text, by vocabulary type. */
function beginningToken(lib: NodeLlamaCpp, model: LlamaModel): Token | null {
  switch (model.vocabularyType) {
    case lib.LlamaVocabularyType.rwkv:
    case lib.LlamaVocabularyType.ugm:
      return null;
    case lib.LlamaVocabularyType.wpm:
      return model.tokens.bos;
    default:
      return model.tokens.shouldPrependBosToken ? model.tokens.bos : null;
  }
}

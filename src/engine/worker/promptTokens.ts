import type { LlamaChatSession, LlamaModel, Token } from "node-llama-cpp" with { "resolution-mode": "import" };

// eslint-disable-next-line @typescript-eslint/consistent-type-imports
type NodeLlamaCpp = typeof import("node-llama-cpp", { with: { "resolution-mode": "import" } });

/**
 * The tokens node-llama-cpp will evaluate for a prompt, worked out the way it does, so that they
 * can be read ahead in chunks (./chunkedPrompt.ts). Should they ever differ, nothing breaks: the
 * generation re-evaluates from the first token that differs.
 */

/** What `session.promptWithMeta(userText)` renders: the history, the new user turn, an empty reply. */
export function chatPromptTokens(lib: NodeLlamaCpp, session: LlamaChatSession, model: LlamaModel, userText: string): Token[] {
  const chatHistory = lib.appendUserMessageToChatHistory(session.getChatHistory(), userText);
  chatHistory.push({ type: "model", response: [] });
  return session.chatWrapper.generateContextState({ chatHistory }).contextText.tokenize(model.tokenizer);
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

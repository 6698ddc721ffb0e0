/** One turn of a chat, in the shape every model runtime and cloud API understands. */
export interface ChatMessage {
  readonly role: "system" | "user" | "assistant";
  readonly content: string;
}

/** A chat as a person reads it in a prompt log: each turn under its role. */
export function chatAsText(messages: readonly ChatMessage[]): string {
  return messages.map((message) => `[${message.role}]\n${message.content}`).join("\n\n");
}

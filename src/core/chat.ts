/** One turn of a chat, in the shape every model runtime and cloud API understands. */
export interface ChatMessage {
  readonly role: "system" | "user" | "assistant";
  readonly content: string;
}

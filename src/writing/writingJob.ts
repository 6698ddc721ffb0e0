import type { ChatMessage } from "../core/chat";
import type { StructuredJob } from "../core/structuredJob";

/**
 * What the writing loop writes: a structured job (JSON under a schema, such as a product
 * description), or plain text when `jsonSchema` is absent (rewrites, personalised variants).
 */
export type WritingJob<Draft> = Omit<StructuredJob<Draft>, "jsonSchema"> & Partial<Pick<StructuredJob<Draft>, "jsonSchema">>;

/** Plain text, checked like any copy: the draft is the text the model wrote, trimmed. */
export function plainTextJob(
  label: string,
  briefText: string,
  buildMessages: (guidance: string, mustAvoid: readonly string[] | undefined) => ChatMessage[],
): WritingJob<string> {
  return {
    label,
    briefText,
    buildMessages,
    toDraft: () => "",
    fromPlainText: (text) => text.trim(),
    render: (draft) => draft,
    missing: (draft) => (draft ? [] : ["any text"]),
  };
}

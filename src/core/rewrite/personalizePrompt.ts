import type { ChatMessage } from "../chat";
import { defaultProfileGuidance } from "../profiles/defaultProfile";
import { keepFactsRule, plainTextOutputRule, requireText, sameLanguageRule, textBlock } from "./rewriteRules";
import type { Segment } from "./segments";

export { parseSegments, SegmentError, type Segment, type SegmentFormat } from "./segments";

/** The chat that asks the model to adapt `baseText` to one customer segment. */
export function buildPersonalizePrompt(baseText: string, segment: Segment, guidance: string = defaultProfileGuidance): ChatMessage[] {
  const original = requireText(baseText, "text to personalise");
  const lines = [`Adapt the text for this customer segment: ${segment.name}.`];
  if (segment.description) lines.push(`About this segment: ${segment.description}`);
  lines.push(
    "Change the emphasis, examples, vocabulary and tone to what matters to this segment. Keep the length about the same.",
    keepFactsRule,
    // A segment's needs tempt the model to promise the product meets them; only the text may say so.
    "Do not claim the product was made for this segment or meets a need of theirs unless the text says so.",
    sameLanguageRule,
    plainTextOutputRule,
    "",
    ...textBlock(original),
  );
  return [
    { role: "system", content: `${guidance}\n\nYou adapt existing copy to a customer segment.` },
    { role: "user", content: lines.join("\n") },
  ];
}

import type { StructuredJob } from "../structuredJob";
import { promptLeakSource, schemaKeys } from "../text/promptLeaks";
import { enforceLimits, missingSections, type ProductDescriptionDraft } from "../productDescription/enforceLimits";
import { draftFromJson } from "../productDescription/fromJson";
import { productDescriptionFields, productDescriptionJsonSchema } from "../productDescription/schema";
import { languageName } from "./languages";
import { translationMessages, type TranslationGlossary } from "./translationPrompt";
import { translationText } from "./translationText";

/**
 * A written product description in another language, under the same grammar and the same limits
 * as the original: the JSON keys stay, each value is translated, and enforceLimits trims any
 * value the new language made too long, so every language keeps the channel's limits.
 */
export function descriptionTranslationJob(source: ProductDescriptionDraft, language: string, glossary: TranslationGlossary): StructuredJob<ProductDescriptionDraft> {
  const sourceJson = JSON.stringify(Object.fromEntries(productDescriptionFields.filter((field) => source[field] !== undefined).map((field) => [field, source[field]])));
  return {
    label: `${languageName(language)} translation`,
    briefText: translationText(source),
    buildMessages: (_guidance, mustAvoid) =>
      translationMessages(language, glossary, "Answer with a single JSON object with the same keys, each value translated, and nothing else.", sourceJson, mustAvoid),
    jsonSchema: productDescriptionJsonSchema,
    toDraft: (value) => enforceLimits(draftFromJson(value)),
    render: translationText,
    missing: missingSections,
    // Keys only: the prompt holds the copy being translated, so repeating its words is no leak.
    promptLeakSource: () => promptLeakSource([], [], schemaKeys(productDescriptionJsonSchema)),
  };
}

/** The answer instruction for plain text: the translation alone, which a small model otherwise introduces. */
export const plainTranslationAnswer = "Answer with the translation only: no introduction, no notes.";

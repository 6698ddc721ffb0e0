import type { BrandGlossary } from "../core/brand/brandVoice";
import type { ProductDescriptionDraft } from "../core/productDescription/enforceLimits";
import { descriptionTranslationJob, plainTranslationAnswer } from "../core/translation/translationJobs";
import { translationMessages, type TranslationGlossary } from "../core/translation/translationPrompt";
import { translationText } from "../core/translation/translationText";
import { languageName } from "../core/translation/languages";
import type { CopyCheck } from "./copyChecks";
import { inLanguageCheck, keptNumbersCheck, keptTermsCheck } from "./translationChecks";
import { writeCopy, type CopyGenerator, type WriteOptions, type WriteOutcome } from "./writeCopy";
import { plainTextJob } from "./writingJob";

/** Everything writeCopy takes but the guidance (a translation has its own rules) and the checks, which it adds to. */
export type TranslateOptions<Draft> = Omit<WriteOptions<Draft>, "guidance"> & { readonly glossary: TranslationGlossary };

/** The glossary's part in translating: what stays as it is, and what the brand prefers. */
export function translationGlossary(glossary: BrandGlossary | undefined): TranslationGlossary {
  return { doNotTranslate: glossary?.doNotTranslate ?? [], preferred: glossary?.preferred ?? [] };
}

/** The checks every translation gets on top of the caller's (claims, grounding): the language, the numbers and the kept terms. */
function withTranslationChecks(source: string, language: string, glossary: TranslationGlossary, checks: readonly CopyCheck[]): CopyCheck[] {
  return [...checks, inLanguageCheck(language), keptNumbersCheck(source), keptTermsCheck(source, glossary.doNotTranslate)];
}

/** A written product description in `language`, through the one writing path, with the limits of the original. */
export function translateDescription(
  generator: CopyGenerator,
  source: ProductDescriptionDraft,
  language: string,
  options: TranslateOptions<ProductDescriptionDraft>,
): Promise<WriteOutcome<ProductDescriptionDraft>> {
  return writeCopy(generator, descriptionTranslationJob(source, language, options.glossary), {
    ...options,
    guidance: "",
    checks: withTranslationChecks(translationText(source), language, options.glossary, options.checks),
  });
}

/** Any copy (a selection, a document) in `language`, through the one writing path. */
export function translateText(generator: CopyGenerator, source: string, language: string, options: TranslateOptions<string>): Promise<WriteOutcome<string>> {
  const job = plainTextJob(`${languageName(language)} translation`, source, (_guidance, mustAvoid) =>
    translationMessages(language, options.glossary, plainTranslationAnswer, source, mustAvoid),
  );
  return writeCopy(generator, job, { ...options, guidance: "", checks: withTranslationChecks(source, language, options.glossary, options.checks) });
}

import { briefSearchText } from "../core/brief";
import type { ChatMessage } from "../core/chat";
import type { CatalogProduct } from "../core/catalog/formats/catalogProduct";
import { CatalogRunStopped, type ProductWriterResult, type ProductWriterRun } from "../core/catalog/catalogRunTypes";
import type { ProductDescriptionDraft } from "../core/productDescription/enforceLimits";
import { productDescriptionJob } from "../core/productDescription/productDescriptionJob";
import { profileForBrief } from "../core/profiles/profileForBrief";
import { EngineError } from "../engine/engineTypes";
import { claimsCheck, groundingCheck } from "./copyChecks";
import type { Steering } from "./steering";
import { writeCopy, type CopyGenerator, type WriteOutcome } from "./writeCopy";
import { translateDescription, translationGlossary } from "./translateCopy";
import { languageName } from "../core/translation/languages";

export interface CatalogWriterOptions {
  readonly generator: CopyGenerator;
  /** A row's own industry wins; rows without one follow the steering's profile. */
  readonly steering: Steering;
  readonly maxTokens: number;
  readonly temperature: number;
  readonly parallel: number;
  readonly onPrompt?: (description: string, messages: readonly ChatMessage[]) => void;
  readonly onLoading?: (modelPath: string) => void;
  /** The surface's own words for what to do about an engine failure (its settings or its options). */
  readonly adviceFor?: (error: EngineError) => string | undefined;
  /**
   * For a model on a server: the longest one product (its draft and rewrite) may take before it
   * fails and the run goes on. A local product waits its turn in the engine's queue instead.
   */
  readonly productTimeoutMs?: number;
  /** Failures that every later product would meet too: they stop the run, with the journal kept. */
  readonly stopsRun?: (error: unknown) => boolean;
  /** Languages each written product is also translated into, each checked like the original. */
  readonly languages?: readonly string[];
}


/** A product whose server did not finish it in time: it fails, is retried on the next run, and the run goes on. */
export class ProductTimeoutError extends Error {
  override readonly name = "ProductTimeoutError";
}

/** A product that came back without every section: it is retried on the next run, never half-written. */
export class IncompleteProductError extends Error {
  override readonly name = "IncompleteProductError";
}

/**
 * Writes one catalog product through the one writing path, as the command does: its industry's
 * guidance, the checks and one rewrite. Runs as batch work, so several products share the model's
 * context on separate sequences and a user's own command still goes first.
 */
export function catalogProductWriter(options: CatalogWriterOptions) {
  return async (product: CatalogProduct, run: ProductWriterRun): Promise<ProductWriterResult> => {
    const profile = profileForBrief(product.brief, options.steering.profile);
    const deadline = options.productTimeoutMs === undefined ? undefined : AbortSignal.timeout(options.productTimeoutMs);
    const checks = [claimsCheck(await options.steering.rules(profile)), groundingCheck(product.brief)];
    const shared = {
      checks,
      maxTokens: options.maxTokens,
      temperature: options.temperature,
      seed: run.seed,
      priority: "batch" as const,
      parallel: options.parallel,
      signal: deadline ? AbortSignal.any([run.signal, deadline]) : run.signal,
      onPrompt: options.onPrompt ? (description: string, messages: readonly ChatMessage[]) => options.onPrompt!(`${description} for ${product.key}, ${profile.displayName}`, messages) : undefined,
      onLoading: options.onLoading,
    };
    const settle = (written: Promise<WriteOutcome<ProductDescriptionDraft>>, what: string) => finished(written, what, options, run, deadline);
    const outcome = await settle(
      writeCopy(options.generator, productDescriptionJob(product.brief), {
        ...shared,
        guidance: await options.steering.guidance(briefSearchText(product.brief), profile),
        onWriting: run.onWriting,
      }),
      "",
    );
    const flagged = outcome.findings.map((finding) => `${finding.id}: "${finding.text}"`);
    const removed = outcome.removed.length > 0 ? { removed: outcome.removed.map((statement) => `${statement.text} (${statement.finding.id}: "${statement.finding.text}")`) } : {};
    if (!options.languages?.length) return { draft: outcome.draft, flagged, ...removed };
    // Each language is the written original translated, with the original's checks and limits.
    const glossary = translationGlossary(await options.steering.glossary());
    const translations: Record<string, ProductDescriptionDraft> = {};
    for (const language of options.languages) {
      const translated = await settle(translateDescription(options.generator, outcome.draft, language, { ...shared, glossary }), `the ${languageName(language)} translation`);
      translations[language] = translated.draft;
      flagged.push(...translated.findings.map((finding) => `${language}: ${finding.id}: "${finding.text}"`));
    }
    return { draft: outcome.draft, flagged, ...removed, translations };
  };
}

/** A written (or translated) draft that finished, or the error that says why the product did not. */
async function finished(
  written: Promise<WriteOutcome<ProductDescriptionDraft>>,
  what: string,
  options: CatalogWriterOptions,
  run: ProductWriterRun,
  deadline: AbortSignal | undefined,
): Promise<WriteOutcome<ProductDescriptionDraft>> {
  const outcome = await written.catch((error: unknown) => {
    if (options.stopsRun?.(error)) throw new CatalogRunStopped(error instanceof Error ? error.message : String(error));
    throw withAdvice(error, options.adviceFor);
  });
  if (outcome.status === "cancelled") {
    if (deadline?.aborted && !run.signal.aborted) {
      throw new ProductTimeoutError(`the server took longer than ${options.productTimeoutMs! / 1000} s for this product; it is slow or overloaded: lower the concurrency or raise the timeout`);
    }
    throw new DOMException("The catalog run was cancelled.", "AbortError");
  }
  if (outcome.status === "incomplete") {
    throw new IncompleteProductError(
      outcome.result.stopReason === "maxTokens"
        ? `the model reached the token limit (${options.maxTokens}) before writing ${outcome.missing.join(", ")}${what ? ` of ${what}` : ""}; raise it and run again`
        : `${what || "the model's answer"} lacked ${outcome.missing.join(", ")}`,
    );
  }
  return outcome;
}

function withAdvice(error: unknown, adviceFor: CatalogWriterOptions["adviceFor"]): unknown {
  if (!(error instanceof EngineError)) return error;
  const advice = adviceFor?.(error);
  return advice ? new EngineError(error.code, `${error.message} ${advice}`) : error;
}

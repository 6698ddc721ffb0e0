import { briefSearchText } from "../core/brief";
import type { ChatMessage } from "../core/chat";
import type { CatalogProduct } from "../core/catalog/formats/catalogProduct";
import { CatalogRunStopped, type ProductWriterRun } from "../core/catalog/catalogRunTypes";
import type { ProductDescriptionDraft } from "../core/productDescription/enforceLimits";
import { productDescriptionJob } from "../core/productDescription/productDescriptionJob";
import { matchIndustry } from "../core/profiles/matchIndustry";
import { EngineError } from "../engine/engineTypes";
import { claimsCheck, groundingCheck } from "./copyChecks";
import type { Steering } from "./steering";
import { writeCopy, type CopyGenerator } from "./writeCopy";

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
}

export interface WrittenProduct {
  readonly draft: ProductDescriptionDraft;
  /** What the checks still find after the rewrite, as "rule: "matched text"" (unsupported-… for facts the brief lacks). */
  readonly flagged: readonly string[];
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
  return async (product: CatalogProduct, run: ProductWriterRun): Promise<WrittenProduct> => {
    const profile = matchIndustry(product.industry) ?? options.steering.profile;
    const job = productDescriptionJob(product.brief);
    const deadline = options.productTimeoutMs === undefined ? undefined : AbortSignal.timeout(options.productTimeoutMs);
    const outcome = await writeCopy(options.generator, job, {
      guidance: await options.steering.guidance(briefSearchText(product.brief), profile),
      checks: [claimsCheck(await options.steering.rules(profile)), groundingCheck(product.brief)],
      maxTokens: options.maxTokens,
      temperature: options.temperature,
      seed: run.seed,
      priority: "batch",
      parallel: options.parallel,
      signal: deadline ? AbortSignal.any([run.signal, deadline]) : run.signal,
      onWriting: run.onWriting,
      onPrompt: options.onPrompt ? (description, messages) => options.onPrompt!(`${description} for ${product.key}`, messages) : undefined,
      onLoading: options.onLoading,
    }).catch((error: unknown) => {
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
          ? `the model reached the token limit (${options.maxTokens}) before writing ${outcome.missing.join(", ")}; raise it and run again`
          : `the model's answer lacked ${outcome.missing.join(", ")}`,
      );
    }
    return { draft: outcome.draft, flagged: outcome.findings.map((finding) => `${finding.id}: "${finding.text}"`) };
  };
}

function withAdvice(error: unknown, adviceFor: CatalogWriterOptions["adviceFor"]): unknown {
  if (!(error instanceof EngineError)) return error;
  const advice = adviceFor?.(error);
  return advice ? new EngineError(error.code, `${error.message} ${advice}`) : error;
}

import type { ChatMessage } from "../../core/chat";
import type { ClaimRule } from "../../core/claims/claimRule";
import type { CatalogProduct } from "../../core/catalogRun/catalogProduct";
import type { ProductWriterRun } from "../../core/catalogRun/catalogRunTypes";
import type { ProductDescriptionDraft } from "../../core/productDescription/enforceLimits";
import { productDescriptionJob } from "../../core/productDescription/productDescriptionJob";
import type { EngineClient } from "../engineClient";
import { EngineError } from "../engineTypes";
import { writeChecked } from "../structured/writeChecked";

/** How to steer one product: the guidance and rules of its industry (and the brand, where known). */
export interface ProductSteering {
  readonly guidance: string;
  readonly rules: readonly ClaimRule[];
}

export interface CatalogWriterOptions {
  readonly engine: EngineClient;
  readonly steeringFor: (product: CatalogProduct) => Promise<ProductSteering>;
  readonly maxTokens: number;
  readonly temperature: number;
  readonly parallel: number;
  readonly onPrompt?: (description: string, messages: readonly ChatMessage[]) => void;
  readonly onLoading?: (modelPath: string) => void;
  /** The surface's own words for what to do about an engine failure (its settings or its options). */
  readonly adviceFor?: (error: EngineError) => string | undefined;
}

export interface WrittenProduct {
  readonly draft: ProductDescriptionDraft;
  /** The rules the copy still breaks after a rewrite, as "rule: "matched text"". */
  readonly flagged: readonly string[];
}

/** A product that came back without every section: it is retried on the next run, never half-written. */
export class IncompleteProductError extends Error {
  override readonly name = "IncompleteProductError";
}

/**
 * Writes one catalog product with the same checked path as the command: its industry's guidance,
 * the claim check and one rewrite. Runs as batch work, so several products share the model's
 * context on separate sequences and a user's own command still goes first.
 */
export function catalogProductWriter(options: CatalogWriterOptions) {
  return async (product: CatalogProduct, run: ProductWriterRun): Promise<WrittenProduct> => {
    const steering = await options.steeringFor(product);
    const job = productDescriptionJob(product.brief);
    const written = await writeChecked(options.engine, job, {
      ...steering,
      maxTokens: options.maxTokens,
      temperature: options.temperature,
      seed: run.seed,
      priority: "batch",
      parallel: options.parallel,
      signal: run.signal,
      onWriting: run.onWriting,
      onPrompt: options.onPrompt ? (description, messages) => options.onPrompt!(`${description} for ${product.key}`, messages) : undefined,
      onLoading: options.onLoading,
    }).catch((error: unknown) => {
      throw withAdvice(error, options.adviceFor);
    });
    if (written.result.stopReason === "cancelled") throw new DOMException("The catalog run was cancelled.", "AbortError");
    const missing = job.missing(written.draft);
    if (missing.length > 0) {
      throw new IncompleteProductError(
        written.result.stopReason === "maxTokens"
          ? `the model reached the token limit (${options.maxTokens}) before writing ${missing.join(", ")}; raise it and run again`
          : `the model's answer lacked ${missing.join(", ")}`,
      );
    }
    return { draft: written.draft, flagged: written.findings.map((finding) => `${finding.ruleId}: "${finding.matchedText}"`) };
  };
}

function withAdvice(error: unknown, adviceFor: CatalogWriterOptions["adviceFor"]): unknown {
  if (!(error instanceof EngineError)) return error;
  const advice = adviceFor?.(error);
  return advice ? new EngineError(error.code, `${error.message} ${advice}`) : error;
}

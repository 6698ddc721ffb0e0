import * as vscode from "vscode";
import { InferenceServerGenerator, stopsWholeRun } from "../../cloud/inferenceServerGenerator";
import { defaultMaxContextSize } from "../../engine/protocol";
import type { CatalogWriterOptions } from "../../writing/catalogProductWriter";
import type { CopyGenerator } from "../../writing/writeCopy";
import { confirmServerRun } from "../cloud/sendConsent";
import { openMachineSetting } from "../machineSettings";
import { ensureModelReady } from "../models/modelReadiness";
import { readSettings, type CatalogSettings } from "../settings";
import type { TailorServices } from "../tailorServices";

/** Where a catalog run writes its products: this machine's model, or an inference server. */
export interface CatalogBackend {
  readonly generator: CopyGenerator;
  /** What the journal records, so that a resume on another model or server starts over. */
  readonly journalModel: string;
  readonly parallel: number;
  /** The server's host:port, for the progress title; undefined on this machine. */
  readonly server?: string;
  readonly writerOptions: Pick<CatalogWriterOptions, "productTimeoutMs" | "stopsRun">;
  /** Names the destination once per run, before anything is sent; absent when nothing leaves the machine. */
  readonly confirm?: (products: number, token: vscode.CancellationToken) => Promise<boolean>;
}

export type CatalogBackendChoice = { readonly backend: CatalogBackend } | { readonly status: "dismissed" | "failed"; readonly error?: string };

/**
 * The backend tailor.catalog.endpoint asks for. A server needs no local model, so none is
 * downloaded or loaded for it; everything else about the run (prompt, checks, journal) is the same.
 */
export async function chooseCatalogBackend(services: TailorServices, catalog: CatalogSettings): Promise<CatalogBackendChoice> {
  if (!catalog.endpoint) {
    if (!(await ensureModelReady(services))) return { status: "dismissed" };
    return { backend: { generator: services.engine, journalModel: services.engine.state.modelPath ?? readSettings().model, parallel: catalog.parallel, writerOptions: {} } };
  }
  const problem = endpointProblem(catalog.endpoint) ?? (catalog.endpointModel ? undefined : "Set tailor.catalog.endpointModel to the model name the inference server serves (llama-server accepts any name; vLLM and Ollama check it).");
  if (problem) {
    services.messages.error(problem, { "Open Settings": () => openMachineSetting("tailor.catalog") });
    return { status: "failed", error: problem };
  }
  const { endpoint, endpointModel: model, concurrency } = catalog;
  const timeoutMs = catalog.timeoutSeconds * 1000;
  const contextSize = readSettings().contextSize;
  const generator = new InferenceServerGenerator({
    endpoint,
    model,
    apiKey: await services.apiKeys.get("catalogServer"),
    keyAdvice: 'Run "Tailor: Set Catalog Server API Key" to set the key it expects.',
    endpointSetting: "tailor.catalog.endpoint",
    // Prompts are fitted as for the local model: the server's own per-slot context is not known here.
    contextTokens: contextSize || defaultMaxContextSize,
    concurrency,
    requestTimeoutMs: timeoutMs,
  });
  return {
    backend: {
      generator,
      journalModel: `${model} at ${endpoint}`,
      parallel: concurrency,
      server: new URL(endpoint).host,
      writerOptions: { productTimeoutMs: timeoutMs, stopsRun: stopsWholeRun },
      confirm: async (products, token) => {
        const agreed = await confirmServerRun(services.workspaceState, { endpoint, model }, products, token);
        if (agreed) services.log.info(`Catalog: writing ${products} product(s) on the inference server at ${endpoint} (model ${model}), ${concurrency} at once.`);
        return agreed;
      },
    },
  };
}

/** What is wrong with tailor.catalog.endpoint, in words that say how to fix it; undefined when nothing is. */
export function endpointProblem(endpoint: string): string | undefined {
  const example = "such as http://gpu-box:8080/v1";
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    return `tailor.catalog.endpoint is "${endpoint}", which is not a URL. Set it to the inference server's OpenAI-compatible base URL, ${example}, or clear it to write on this machine.`;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    return `tailor.catalog.endpoint must be an http or https URL, ${example}; it is "${endpoint}".`;
  }
  // Shown in the consent, the log and the journal, and refused by fetch: a key belongs in secret storage.
  if (url.username || url.password) {
    return "tailor.catalog.endpoint holds a user name or password. Remove it from the URL and run Tailor: Set Catalog Server API Key instead.";
  }
  return undefined;
}

/** A failure every product would meet (no server, a refused key, an unknown model) stopped the run. */
export function reportRunStopped(services: TailorServices, error: Error): void {
  const reason = /[.!?]$/.test(error.message) ? error.message : `${error.message}.`;
  services.messages.error(`The catalog run stopped: ${reason} The products finished so far are kept; run the command again to resume.`, {
    "Open Settings": () => openMachineSetting("tailor.catalog"),
    "Set API Key": () => vscode.commands.executeCommand("tailor.setCatalogServerApiKey"),
  });
}

import * as vscode from "vscode";
import type { CloudProvider } from "../cloud/types";
import type { EngineConfig } from "../engine/engineClient";
import { defaultMaxTokens, defaultTemperature } from "../core/generationDefaults";

export interface TailorSettings {
  /** tailor.model as written: a catalog id, an hf: URI or a path (see core/models/modelReference). */
  readonly model: string;
  /** tailor.modelsDirectory; empty means the extension's global storage. */
  readonly modelsDirectory: string;
  readonly huggingFaceEndpoint: string | undefined;
  readonly unloadAfterMinutes: number;
  readonly threads: number;
  readonly gpu: "auto" | "off";
  readonly contextSize: number;
  readonly temperature: number;
  readonly maxTokens: number;
}

/** Settings whose change means the model must be loaded again. */
export const engineSettingKeys = ["tailor.model", "tailor.modelsDirectory", "tailor.threads", "tailor.gpu", "tailor.contextSize", "tailor.unloadAfterMinutes"] as const;

export function readSettings(): TailorSettings {
  const config = vscode.workspace.getConfiguration("tailor");
  const endpoint = config.get<string>("huggingFaceEndpoint", "").trim();
  return {
    model: config.get<string>("model", "").trim(),
    modelsDirectory: config.get<string>("modelsDirectory", "").trim(),
    huggingFaceEndpoint: endpoint.length > 0 ? endpoint.replace(/\/+$/, "") : undefined,
    unloadAfterMinutes: clampInteger(config.get<number>("unloadAfterMinutes", 15), 0, 1440),
    threads: clampInteger(config.get<number>("threads", 0), 0, 256),
    gpu: config.get<string>("gpu", "auto") === "off" ? "off" : "auto",
    contextSize: clampInteger(config.get<number>("contextSize", 0), 0, 1_048_576),
    temperature: Math.min(2, Math.max(0, config.get<number>("generation.temperature", defaultTemperature))),
    maxTokens: clampInteger(config.get<number>("generation.maxTokens", defaultMaxTokens), 16, 32_768),
  };
}

/** The engine's configuration, given where the configured model's file is (if it is on this machine). */
export function engineConfigOf(settings: TailorSettings, modelPath: string | undefined): EngineConfig {
  return {
    modelPath,
    threads: settings.threads,
    gpu: settings.gpu,
    contextSize: settings.contextSize,
    unloadAfterIdleMs: settings.unloadAfterMinutes * 60_000,
  };
}

// --- Ghost text -----------------------------------------------------------------------------------

export interface InlineSettings {
  readonly enabled: boolean;
  readonly languages: readonly string[];
  readonly debounceMs: number;
  readonly multiline: boolean;
  readonly maxTokens: number;
}

export function readInlineSettings(): InlineSettings {
  const config = vscode.workspace.getConfiguration("tailor.inlineCompletions");
  return {
    enabled: config.get<boolean>("enabled", true),
    languages: config.get<string[]>("languages", ["markdown", "plaintext", "html"]),
    debounceMs: Math.max(0, Math.min(2000, config.get<number>("debounceMs", 100))),
    multiline: config.get<boolean>("multiline", false),
    maxTokens: Math.max(1, Math.min(256, config.get<number>("maxTokens", 24))),
  };
}

/** Turns ghost text on or off for this user. */
export async function toggleInlineSetting(): Promise<void> {
  const config = vscode.workspace.getConfiguration("tailor.inlineCompletions");
  await config.update("enabled", !config.get<boolean>("enabled", true), vscode.ConfigurationTarget.Global);
}

// --- Cloud hand-off ----------------------------------------------------------------------------------

export interface CloudSettings {
  readonly enabled: boolean;
  readonly provider: CloudProvider;
  readonly baseUrl: string;
  readonly model: string;
  readonly apiVersion?: string;
  readonly longFormThresholdWords: number;
}

const defaultBaseUrls: Readonly<Record<CloudProvider, string>> = {
  openai: "https://api.openai.com/v1",
  anthropic: "https://api.anthropic.com",
};

export function readCloudSettings(): CloudSettings {
  const config = vscode.workspace.getConfiguration("tailor.llm");
  const provider: CloudProvider = config.get<string>("provider", "openai") === "anthropic" ? "anthropic" : "openai";
  const apiVersion = config.get<string>("apiVersion", "").trim();
  return {
    enabled: config.get<boolean>("enabled", false),
    provider,
    baseUrl: config.get<string>("baseUrl", "").trim().replace(/\/+$/, "") || defaultBaseUrls[provider],
    model: config.get<string>("model", "").trim(),
    apiVersion: apiVersion || undefined,
    longFormThresholdWords: Math.max(50, config.get<number>("longFormThresholdWords", 400)),
  };
}

// --- Briefs, catalogs, industry, the prompt log --------------------------------------------------------

/** The tailor.brief.* defaults a new panel form starts from, as written. */
export interface BriefDefaults {
  readonly audience: string;
  readonly tone: string;
  readonly length: string;
  readonly output: string;
}

export function readBriefDefaults(fallback: { readonly length: string; readonly output: string }): BriefDefaults {
  const brief = vscode.workspace.getConfiguration("tailor.brief");
  return {
    audience: brief.get<string>("audience", ""),
    tone: brief.get<string>("tone", ""),
    length: brief.get<string>("length", fallback.length),
    output: brief.get<string>("output", fallback.output),
  };
}

export interface CatalogSettings {
  readonly mode: "fillEmpty" | "overwrite";
  /** Products written at once; 0 lets the engine choose. */
  readonly parallel: number;
  /** An inference server's OpenAI-compatible base URL as written (not yet checked); empty means this machine's model. */
  readonly endpoint: string;
  /** The model name the server knows. */
  readonly endpointModel: string;
  /** Products in flight on the server at once. */
  readonly concurrency: number;
  /** How long one product may take on the server. */
  readonly timeoutSeconds: number;
  /** Also write a Google Merchant Center feed beside the output. */
  readonly merchantFeed: boolean;
  /** Language codes each product is also translated into, as written (checked when a run starts). */
  readonly languages: readonly string[];
}

/**
 * tailor.catalog.endpoint, endpointModel, concurrency and timeoutSeconds are machine-scoped: VS Code
 * reads them from user (or remote machine) settings only, so a workspace cannot send its products'
 * briefs somewhere else.
 */
export function readCatalogSettings(): CatalogSettings {
  const config = vscode.workspace.getConfiguration("tailor.catalog");
  const timeoutSeconds = config.get<number>("timeoutSeconds", 300);
  return {
    mode: config.get<string>("mode") === "overwrite" ? "overwrite" : "fillEmpty",
    parallel: clampInteger(config.get<number>("parallel", 0), 0, 16),
    endpoint: config.get<string>("endpoint", "").trim(),
    endpointModel: config.get<string>("endpointModel", "").trim(),
    concurrency: clampInteger(config.get<number>("concurrency", 4), 1, 256),
    timeoutSeconds: Number.isFinite(timeoutSeconds) ? Math.min(86_400, Math.max(1, timeoutSeconds)) : 300,
    merchantFeed: config.get<boolean>("merchantFeed", false),
    languages: config.get<string[]>("languages", []).filter((code) => typeof code === "string" && code.trim()),
  };
}

/** tailor.industry as written (a profile id). */
export function readIndustryId(fallback: string): string {
  return vscode.workspace.getConfiguration("tailor").get<string>("industry", fallback);
}

/** Written where tailor.industry is already set (a workspace that chose its industry keeps it), else for the user. */
export async function writeIndustry(id: string): Promise<void> {
  const config = vscode.workspace.getConfiguration("tailor");
  const target = config.inspect<string>("industry")?.workspaceValue !== undefined ? vscode.ConfigurationTarget.Workspace : vscode.ConfigurationTarget.Global;
  await config.update("industry", id, target);
}

/** tailor.model is machine-scoped: written for the user, never a workspace. */
export async function writeModel(value: string): Promise<void> {
  await vscode.workspace.getConfiguration("tailor").update("model", value, vscode.ConfigurationTarget.Global);
}

export function logPromptsEnabled(): boolean {
  return vscode.workspace.getConfiguration("tailor").get<boolean>("logPrompts", false);
}

/** VS Code's own proxy setting; the downloader also honours HTTPS_PROXY from the environment. */
export function httpProxy(): string | undefined {
  const proxy = vscode.workspace.getConfiguration("http").get<string>("proxy", "").trim();
  return proxy.length > 0 ? proxy : undefined;
}

function clampInteger(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}

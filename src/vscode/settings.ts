import * as vscode from "vscode";
import type { EngineConfig } from "../engine/engineClient";
import { defaultTemperature } from "../core/generationDefaults";

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
    maxTokens: clampInteger(config.get<number>("generation.maxTokens", 1024), 16, 32_768),
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

function clampInteger(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}

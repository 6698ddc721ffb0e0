import * as vscode from "vscode";
import type { EngineConfig } from "../engine/engineClient";

/** Without a cap node-llama-cpp sizes the context to the model's training length, which can fill all RAM. */
export const defaultContextSize = 4096;

export interface TailorSettings {
  readonly modelPath: string | undefined;
  readonly threads: number;
  readonly gpu: "auto" | "off";
  readonly contextSize: number;
  readonly temperature: number;
  readonly maxTokens: number;
}

/** Settings whose change means the model must be loaded again. */
export const engineSettingKeys = ["tailor.model", "tailor.threads", "tailor.gpu", "tailor.contextSize"] as const;

export function readSettings(): TailorSettings {
  const config = vscode.workspace.getConfiguration("tailor");
  const modelPath = config.get<string>("model", "").trim();
  return {
    modelPath: modelPath.length > 0 ? expandHome(modelPath) : undefined,
    threads: clampInteger(config.get<number>("threads", 0), 0, 256),
    gpu: config.get<string>("gpu", "auto") === "off" ? "off" : "auto",
    contextSize: clampInteger(config.get<number>("contextSize", 0), 0, 1_048_576) || defaultContextSize,
    temperature: Math.min(2, Math.max(0, config.get<number>("generation.temperature", 0.7))),
    maxTokens: clampInteger(config.get<number>("generation.maxTokens", 1024), 16, 32_768),
  };
}

export function engineConfigOf(settings: TailorSettings): EngineConfig {
  return { modelPath: settings.modelPath, threads: settings.threads, gpu: settings.gpu, contextSize: settings.contextSize };
}

function clampInteger(value: number, min: number, max: number): number {
  return Number.isFinite(value) ? Math.min(max, Math.max(min, Math.round(value))) : min;
}

function expandHome(path: string): string {
  return path.startsWith("~/") ? `${process.env.HOME ?? ""}${path.slice(1)}` : path;
}

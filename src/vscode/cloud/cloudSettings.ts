import * as vscode from "vscode";
import type { CloudProvider } from "../../cloud/types";

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

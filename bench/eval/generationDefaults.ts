import { readFileSync } from "node:fs";
import * as path from "node:path";
import { repoRoot } from "../../test/support/paths";

/** The extension's own defaults for a fresh install, read from package.json so the eval cannot drift from them. */
export interface GenerationDefaults {
  readonly maxTokens: number;
  readonly temperature: number;
  readonly threads: number;
  readonly gpu: "auto" | "off";
  readonly contextSize: number;
}

export function extensionDefaults(): GenerationDefaults {
  const manifest = JSON.parse(readFileSync(path.join(repoRoot, "package.json"), "utf8")) as {
    contributes: { configuration: { properties: Record<string, { default?: unknown }> } };
  };
  const setting = (key: string) => manifest.contributes.configuration.properties[`tailor.${key}`]?.default;
  return {
    maxTokens: Number(setting("generation.maxTokens")),
    temperature: Number(setting("generation.temperature")),
    threads: Number(setting("threads")),
    gpu: setting("gpu") === "off" ? "off" : "auto",
    contextSize: Number(setting("contextSize")),
  };
}

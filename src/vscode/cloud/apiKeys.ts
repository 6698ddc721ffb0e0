import * as vscode from "vscode";
import type { CloudProvider } from "../../cloud/types";
import { readCloudSettings } from "../settings";

/** API keys live in VS Code's SecretStorage, one per provider: never in settings, logs or files. */
export class ApiKeys {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  get(provider: CloudProvider): Thenable<string | undefined> {
    return this.secrets.get(secretName(provider));
  }

  /** "Tailor: Set API Key", for the configured provider. An empty entry removes the key. */
  async promptAndStore(): Promise<boolean> {
    const { provider } = readCloudSettings();
    const key = await vscode.window.showInputBox({
      title: `Tailor: API key for ${provider === "openai" ? "the OpenAI-compatible provider" : "Anthropic"}`,
      prompt: "Stored in VS Code's secret storage on this machine. Leave empty to remove the key.",
      password: true,
      ignoreFocusOut: true,
    });
    if (key === undefined) return false;
    if (key.trim().length === 0) await this.secrets.delete(secretName(provider));
    else await this.secrets.store(secretName(provider), key.trim());
    return true;
  }
}

function secretName(provider: CloudProvider): string {
  return `tailor.apiKey.${provider}`;
}

import * as vscode from "vscode";
import type { CloudProvider } from "../../cloud/types";
import { readCatalogSettings, readCloudSettings } from "../settings";

/** One key per cloud provider, and one for the catalog's inference server (tailor.catalog.endpoint). */
export type ApiKeyName = CloudProvider | "catalogServer";

const titles: Readonly<Record<ApiKeyName, string>> = {
  openai: "Tailor: API key for the OpenAI-compatible provider",
  anthropic: "Tailor: API key for Anthropic",
  catalogServer: "Tailor: API key for the catalog's inference server",
};

/** API keys live in VS Code's SecretStorage: never in settings, logs or files. */
export class ApiKeys {
  constructor(private readonly secrets: vscode.SecretStorage) {}

  get(name: ApiKeyName): Thenable<string | undefined> {
    return this.secrets.get(secretName(name));
  }

  /**
   * "Tailor: Set API Key" (the configured provider's) and "Tailor: Set Catalog Server API Key".
   * An empty entry removes the key.
   */
  async promptAndStore(name: ApiKeyName = readCloudSettings().provider): Promise<boolean> {
    const key = await vscode.window.showInputBox({
      title: titles[name],
      prompt:
        name === "catalogServer"
          ? `Stored in VS Code's secret storage on this machine and sent only to ${serverOf(readCatalogSettings().endpoint) ?? "tailor.catalog.endpoint"}. A server without keys needs none. Leave empty to remove the key.`
          : "Stored in VS Code's secret storage on this machine. Leave empty to remove the key.",
      password: true,
      ignoreFocusOut: true,
    });
    if (key === undefined) return false;
    if (key.trim().length === 0) await this.clear(name);
    else await this.secrets.store(secretName(name), key.trim());
    return true;
  }

  clear(name: ApiKeyName): Thenable<void> {
    return this.secrets.delete(secretName(name));
  }
}

/**
 * The catalog server's key is kept per server (scheme, host and port): pointing
 * tailor.catalog.endpoint somewhere else must not hand that server the key meant for the first.
 */
function secretName(name: ApiKeyName): string {
  if (name !== "catalogServer") return `tailor.apiKey.${name}`;
  return `tailor.apiKey.catalogServer@${serverOf(readCatalogSettings().endpoint) ?? "none"}`;
}

function serverOf(endpoint: string): string | undefined {
  try {
    return new URL(endpoint).origin;
  } catch {
    return undefined;
  }
}

import { AnthropicClient } from "./anthropicClient";
import { OpenAiClient } from "./openAiClient";
import type { CloudClient, CloudClientOptions } from "./types";

export function createCloudClient(options: CloudClientOptions): CloudClient {
  return options.provider === "anthropic" ? new AnthropicClient(options) : new OpenAiClient(options);
}

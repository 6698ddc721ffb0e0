import { ProtocolClient } from "./protocolClient";
import { isRecord } from "../core/values";
import { parseJsonData, StreamProtocolError, type EventOutcome, type StreamingProtocol } from "./streamingRequest";
import type { SseEvent } from "./sse";
import type { CloudRequest, TokenUsage } from "./types";
import { joinUrl } from "./url";

/** OpenAI Chat Completions (and compatible servers, Azure OpenAI included) with `stream: true`. */
export class OpenAiClient extends ProtocolClient {
  protected protocol(request: CloudRequest): StreamingProtocol {
    const { baseUrl, apiKey, apiVersion } = this.options;
    const azure = apiVersion !== undefined && apiVersion !== "";
    const url = joinUrl(baseUrl, "chat/completions") + (azure ? `?api-version=${encodeURIComponent(apiVersion)}` : "");
    return {
      providerName: this.options.providerName ?? (azure ? "Azure OpenAI" : "OpenAI"),
      url,
      model: request.model,
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        // A self-hosted server without keys gets no credentials header at all, not an empty one.
        ...(apiKey === "" ? {} : azure ? { "api-key": apiKey } : { authorization: `Bearer ${apiKey}` }),
      },
      body: {
        model: request.model,
        messages: request.messages.map(({ role, content }) => ({ role, content })),
        max_tokens: request.maxTokens,
        ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
        ...(request.seed !== undefined ? { seed: request.seed } : {}),
        ...(request.frequencyPenalty ? { frequency_penalty: request.frequencyPenalty } : {}),
        // The json_schema form is the one OpenAI, llama-server and vLLM all take (README, "Large catalogs").
        // llama-server and vLLM enforce it with a grammar either way; "strict" is left out because
        // OpenAI's strict mode refuses schemas with optional keys or length bounds, such as Tailor's.
        ...(request.jsonSchema !== undefined ? { response_format: { type: "json_schema", json_schema: { name: "tailor_copy", schema: request.jsonSchema } } } : {}),
        stream: true,
        // Token counts arrive in a last chunk. Asked only when wanted: older Azure API versions refuse the option.
        ...(request.countTokens ? { stream_options: { include_usage: true } } : {}),
      },
      readEvent,
    };
  }
}

function readEvent(event: SseEvent): EventOutcome {
  if (event.data.trim() === "[DONE]") return { done: true };
  const json = parseJsonData(event.data);
  if (!isRecord(json)) throw new StreamProtocolError("an event was not a JSON object");
  if (json.error !== undefined) {
    const error = json.error;
    const message = isRecord(error) && typeof error.message === "string" ? error.message : "unknown error";
    throw new StreamProtocolError(`the server reported an error mid-stream (${message})`);
  }
  const usage = readUsage(json.usage);
  const choice = Array.isArray(json.choices) ? (json.choices[0] as unknown) : undefined;
  // Some servers send chunks without choices (usage, keep-alive); they carry no text.
  if (!isRecord(choice)) return usage ? { usage } : {};
  const delta = choice.delta;
  const text = isRecord(delta) && typeof delta.content === "string" ? delta.content : undefined;
  const finishReason = typeof choice.finish_reason === "string" ? choice.finish_reason : undefined;
  return { ...(text !== undefined ? { text } : {}), ...(finishReason !== undefined ? { finishReason } : {}), ...(usage ? { usage } : {}) };
}

function readUsage(usage: unknown): TokenUsage | undefined {
  if (!isRecord(usage) || typeof usage.prompt_tokens !== "number" || typeof usage.completion_tokens !== "number") return undefined;
  return { promptTokens: usage.prompt_tokens, completionTokens: usage.completion_tokens };
}

import { ProtocolClient } from "./protocolClient";
import { isRecord } from "../core/values";
import { parseJsonData, StreamProtocolError, type EventOutcome, type StreamingProtocol } from "./streamingRequest";
import type { SseEvent } from "./sse";
import type { CloudRequest } from "./types";
import { joinUrl } from "./url";

/** OpenAI Chat Completions (and compatible servers, Azure OpenAI included) with `stream: true`. */
export class OpenAiClient extends ProtocolClient {
  protected protocol(request: CloudRequest): StreamingProtocol {
    const { baseUrl, apiKey, apiVersion } = this.options;
    const azure = apiVersion !== undefined && apiVersion !== "";
    const url = joinUrl(baseUrl, "chat/completions") + (azure ? `?api-version=${encodeURIComponent(apiVersion)}` : "");
    return {
      providerName: azure ? "Azure OpenAI" : "OpenAI",
      url,
      model: request.model,
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        ...(azure ? { "api-key": apiKey } : { authorization: `Bearer ${apiKey}` }),
      },
      body: {
        model: request.model,
        messages: request.messages.map(({ role, content }) => ({ role, content })),
        max_tokens: request.maxTokens,
        ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
        stream: true,
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
  const choice = Array.isArray(json.choices) ? (json.choices[0] as unknown) : undefined;
  // Some servers send chunks without choices (usage, keep-alive); they carry no text.
  if (!isRecord(choice)) return {};
  const delta = choice.delta;
  const text = isRecord(delta) && typeof delta.content === "string" ? delta.content : undefined;
  const finishReason = typeof choice.finish_reason === "string" ? choice.finish_reason : undefined;
  return { ...(text !== undefined ? { text } : {}), ...(finishReason !== undefined ? { finishReason } : {}) };
}

import { ProtocolClient } from "./protocolClient";
import { isRecord } from "../core/values";
import { parseJsonData, StreamProtocolError, type EventOutcome, type StreamingProtocol } from "./streamingRequest";
import type { SseEvent } from "./sse";
import type { CloudRequest } from "./types";
import { joinUrl } from "./url";

export const anthropicVersion = "2023-06-01";

/** The Anthropic Messages API with `stream: true`. */
export class AnthropicClient extends ProtocolClient {
  protected protocol(request: CloudRequest): StreamingProtocol {
    // The Messages API has no system role: system text goes in the top-level field.
    const system = request.messages.filter((m) => m.role === "system").map((m) => m.content).join("\n\n");
    const messages = request.messages.filter((m) => m.role !== "system").map(({ role, content }) => ({ role, content }));
    return {
      providerName: "Anthropic",
      url: joinUrl(this.options.baseUrl, "v1/messages"),
      model: request.model,
      headers: {
        "content-type": "application/json",
        accept: "text/event-stream",
        "x-api-key": this.options.apiKey,
        "anthropic-version": anthropicVersion,
      },
      body: {
        model: request.model,
        max_tokens: request.maxTokens,
        ...(system !== "" ? { system } : {}),
        messages,
        ...(request.temperature !== undefined ? { temperature: request.temperature } : {}),
        stream: true,
      },
      readEvent,
    };
  }
}

function readEvent(event: SseEvent): EventOutcome {
  const json = parseJsonData(event.data);
  if (!isRecord(json)) throw new StreamProtocolError("an event was not a JSON object");
  const type = event.event !== "message" ? event.event : typeof json.type === "string" ? json.type : "";
  switch (type) {
    case "content_block_delta": {
      const delta = json.delta;
      // Only text deltas are text; tool and thinking deltas are not part of the copy.
      return isRecord(delta) && delta.type === "text_delta" && typeof delta.text === "string" ? { text: delta.text } : {};
    }
    case "message_delta": {
      const delta = json.delta;
      return isRecord(delta) && typeof delta.stop_reason === "string" ? { finishReason: delta.stop_reason } : {};
    }
    case "message_stop":
      return { done: true };
    case "error": {
      const error = json.error;
      const message = isRecord(error) && typeof error.message === "string" ? error.message : "unknown error";
      throw new StreamProtocolError(`the server reported an error mid-stream (${message})`);
    }
    default:
      // message_start, content_block_start/stop, ping, and event types added later.
      return {};
  }
}

import { runStreamingRequest, type StreamingProtocol } from "./streamingRequest";
import { resolveCloudOptions, type CloudClient, type CloudClientOptions, type CloudRequest, type CloudStreamCallbacks, type CloudStreamResult, type ResolvedCloudOptions } from "./types";

/** What every provider client shares: options, and streaming through its own wire protocol. */
export abstract class ProtocolClient implements CloudClient {
  protected readonly options: ResolvedCloudOptions;

  constructor(options: CloudClientOptions) {
    this.options = resolveCloudOptions(options);
  }

  stream(request: CloudRequest, callbacks: CloudStreamCallbacks = {}): Promise<CloudStreamResult> {
    return runStreamingRequest(this.protocol(request), this.options, callbacks);
  }

  /** The provider's request and how to read its events. */
  protected abstract protocol(request: CloudRequest): StreamingProtocol;
}

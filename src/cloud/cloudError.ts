export type CloudErrorCode =
  | "unauthorized"
  | "model-not-found"
  | "rate-limited"
  | "server"
  | "network"
  | "timeout"
  | "incomplete"
  | "cancelled"
  | "bad-response";

export interface CloudErrorDetails {
  /** Text streamed before the failure; set whenever any arrived (and always for "incomplete"). */
  readonly partialText?: string;
  readonly status?: number;
  /** How many HTTP requests were made, retries included. */
  readonly attempts?: number;
  /** The API key to scrub from the message and partial text. Never stored. */
  readonly secret?: string;
}

const redaction = "[redacted API key]";

/** Removes every occurrence of the key: servers echo it in error bodies ("Incorrect API key: sk-…"). */
export function redactSecret(text: string, secret: string | undefined): string {
  if (!secret) return text;
  return text.split(secret).join(redaction);
}

/**
 * Every failure of a cloud request. Redaction happens here, at construction, so no code path can
 * build one that carries the key; no `cause` is kept because a transport error can quote the request.
 */
export class CloudError extends Error {
  override readonly name = "CloudError";
  readonly code: CloudErrorCode;
  readonly partialText?: string;
  readonly status?: number;
  readonly attempts?: number;

  constructor(code: CloudErrorCode, message: string, details: CloudErrorDetails = {}) {
    super(redactSecret(message, details.secret));
    this.code = code;
    if (details.partialText !== undefined) this.partialText = redactSecret(details.partialText, details.secret);
    if (details.status !== undefined) this.status = details.status;
    if (details.attempts !== undefined) this.attempts = details.attempts;
  }
}

export function isCloudError(value: unknown): value is CloudError {
  return value instanceof CloudError;
}

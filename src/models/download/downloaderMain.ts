/**
 * The model downloader: a child process that fetches one model file with node-llama-cpp's
 * `createModelDownloader` (ipull underneath) and measures what it wrote. It never names the final
 * `.gguf`: it writes under the partial name the host gives it, and the host verifies and renames.
 *
 * What node-llama-cpp 3.22.1 and ipull 3.9.5 do, read from their sources and seen on the fake hub:
 * - `hf:owner/repo/path/file.gguf#rev` is turned into `{endpoint}owner/repo/resolve/rev/path/file.gguf?download=true`
 *   locally: no API call (only the `hf:owner/repo:quant` form asks `{endpoint}v2/owner/repo/manifests/quant`).
 *   The endpoint is `endpoints.huggingFace`, else MODEL_ENDPOINT, else HF_ENDPOINT, else huggingface.co.
 * - ipull first GETs that URL without a Range (it reads only the headers), follows the redirect, and
 *   keeps the final address; then it fetches 5 MiB chunks with Range requests over 3 parallel streams.
 * - Temp file: `<fileName>.ipull`, written in place at the chunks' offsets, with a JSON record of the
 *   chunks that are complete written after the file's last byte, saved whenever a chunk completes.
 *   On completion it truncates the record away and renames to `<fileName>`. A later downloader for
 *   the same directory and file name reads that record and fetches only the chunks not complete:
 *   that is the resume, across processes too, as long as the temp file is not deleted on cancel
 *   (`deleteTempFileOnCancel: false`). A file already complete at `<fileName>` is not fetched again.
 * - Network errors and 5xx are retried up to 150 times (backoff up to 5 s each); 4xx fail at once.
 *   After `cancel()`, `download()` resolves as if it had finished: the caller must remember it cancelled.
 * - HTTP is the global `fetch` (Node's bundled undici), which ignores HTTP(S)_PROXY unless the
 *   runtime supports NODE_USE_ENV_PROXY=1 (Node 24, and 22.21 onwards). See `routeThroughProxy`.
 */
import type { ModelDownloader } from "node-llama-cpp" with { "resolution-mode": "import" };
import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import * as http from "node:http";
import * as https from "node:https";
import * as net from "node:net";
import * as os from "node:os";
import * as path from "node:path";
import * as tls from "node:tls";
import { pipeline } from "node:stream/promises";

export interface DownloadRequest {
  readonly type: "download";
  /** `hf:owner/repo/file.gguf[#revision]` or an http(s) URL. */
  readonly uri: string;
  readonly directory: string;
  /** The name to write under; never the final `.gguf` name. */
  readonly fileName?: string;
  readonly huggingFaceEndpoint?: string;
  readonly proxy?: string;
}

export type HostToDownloader = DownloadRequest | { readonly type: "proceed" } | { readonly type: "cancel" };

export type DownloadFailureKind = "network" | "http" | "disk-space" | "failed";

export type DownloaderToHost =
  | {
      readonly type: "ready";
      /** Where the file will be once fetched (ipull may have cleaned the name up). */
      readonly partialPath: string;
      /** The size the download will fetch, from the server's Content-Length (0 if it gave none). */
      readonly totalBytes: number;
      /** The size the hub published for the file (x-linked-size), when it did. */
      readonly announcedBytes?: number;
      /** The file's sha256 as the hub published it (x-linked-etag), lower-case hex. */
      readonly sha256?: string;
      /** Bytes already on disk from an earlier, interrupted download. */
      readonly resumedBytes: number;
    }
  | {
      readonly type: "progress";
      readonly downloadedBytes: number;
      readonly totalBytes: number;
      readonly bytesPerSecond: number;
      readonly etaSeconds?: number;
    }
  | { readonly type: "hashing" }
  | { readonly type: "downloaded"; readonly path: string; readonly sizeBytes: number; readonly sha256: string }
  | { readonly type: "cancelled" }
  | { readonly type: "failed"; readonly kind: DownloadFailureKind; readonly status?: number; readonly detail: string };

/** A failure the host can explain: the kind decides the advice, the detail says what happened. */
class DownloadFailure extends Error {
  constructor(
    readonly kind: DownloadFailureKind,
    detail: string,
    readonly status?: number,
  ) {
    super(detail);
  }
}

// At most one progress message per interval, or per this share of the file, to spare the IPC channel.
const progressIntervalMs = 100;
const progressStepFraction = 0.01;

let downloader: ModelDownloader | undefined;
let phase: "idle" | "preparing" | "ready" | "downloading" | "hashing" = "idle";
let cancelled = false;
let finished = false;

function send(message: DownloaderToHost): void {
  if (process.connected) process.send?.(message);
}

/** Sends the last message, then exits once it has left. */
function finish(message: DownloaderToHost): void {
  if (finished) return;
  finished = true;
  if (!process.connected || !process.send) process.exit(0);
  process.send(message, () => process.exit(0));
}

process.on("message", (raw: unknown) => {
  if (!isHostToDownloader(raw)) return;
  switch (raw.type) {
    case "download":
      if (phase !== "idle") return;
      phase = "preparing";
      void prepare(raw).catch(fail);
      return;
    case "proceed":
      if (phase !== "ready") return;
      phase = "downloading";
      void download().catch(fail);
      return;
    case "cancel":
      void cancel();
      return;
  }
});

// The host went away (window closed or reloaded): stop cleanly so the partial file stays resumable.
process.on("disconnect", () => void cancel().finally(() => process.exit(0)));

async function prepare(message: DownloadRequest): Promise<void> {
  await routeThroughProxy(message.proxy);
  const probeUrl = resolveDownloadUrl(message.uri, message.huggingFaceEndpoint);
  const published = await probe(probeUrl, isHuggingFaceUri(message.uri));
  if (cancelled) return finish({ type: "cancelled" });
  const { createModelDownloader } = await import("node-llama-cpp");
  downloader = await createModelDownloader({
    modelUri: message.uri,
    dirPath: message.directory,
    fileName: message.fileName,
    showCliProgress: false,
    // Keeps ipull's `.ipull` file and its chunk record: the next download of this file resumes.
    deleteTempFileOnCancel: false,
    onProgress: reportProgress,
    endpoints: message.huggingFaceEndpoint ? { huggingFace: message.huggingFaceEndpoint } : undefined,
  });
  if (cancelled) return finish({ type: "cancelled" });
  phase = "ready";
  send({
    type: "ready",
    partialPath: downloader.entrypointFilePath,
    totalBytes: downloader.totalSize,
    announcedBytes: published.sizeBytes,
    sha256: published.sha256,
    resumedBytes: downloader.downloadedSize,
  });
}

async function download(): Promise<void> {
  if (!downloader) throw new DownloadFailure("failed", "the download was not prepared");
  try {
    await downloader.download();
  } catch (error) {
    if (cancelled) return finish({ type: "cancelled" });
    throw error;
  }
  if (cancelled) return finish({ type: "cancelled" });
  const filePath = downloader.entrypointFilePath;
  send({ type: "progress", downloadedBytes: downloader.totalSize, totalBytes: downloader.totalSize, bytesPerSecond: downloader.averageSpeed });
  phase = "hashing";
  send({ type: "hashing" });
  const measured = await measure(filePath);
  if (cancelled) return finish({ type: "cancelled" });
  finish({ type: "downloaded", path: filePath, ...measured });
}

async function cancel(): Promise<void> {
  if (cancelled || finished) return;
  cancelled = true;
  if (phase === "downloading" && downloader) {
    // download() then returns and reports the cancel; the record of complete chunks stays on disk.
    await downloader.cancel({ deleteTempFile: false });
    return;
  }
  // Before the download starts nothing is being written, and ipull's retries while preparing
  // could take minutes: stop now. While hashing, the complete partial file stays for next time.
  finish({ type: "cancelled" });
}

function fail(error: unknown): void {
  if (cancelled) return finish({ type: "cancelled" });
  finish(describeFailure(error));
}

let lastProgressAt = 0;
let lastProgressBytes = 0;

function reportProgress(status: { totalSize: number; downloadedSize: number; estimatedTimeLeft: number; averageSpeed: number }): void {
  const now = Date.now();
  const step = status.totalSize * progressStepFraction;
  const done = status.totalSize > 0 && status.downloadedSize >= status.totalSize;
  if (!done && now - lastProgressAt < progressIntervalMs && Math.abs(status.downloadedSize - lastProgressBytes) < step) return;
  lastProgressAt = now;
  lastProgressBytes = status.downloadedSize;
  // ipull gives the time left in milliseconds, and a huge or infinite value before it has a speed.
  const etaSeconds = Number.isFinite(status.estimatedTimeLeft) && status.averageSpeed > 0 ? status.estimatedTimeLeft / 1000 : undefined;
  send({ type: "progress", downloadedBytes: status.downloadedSize, totalBytes: status.totalSize, bytesPerSecond: status.averageSpeed, etaSeconds });
}

async function measure(filePath: string): Promise<{ sizeBytes: number; sha256: string }> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(filePath), hash);
  return { sizeBytes: (await stat(filePath)).size, sha256: hash.digest("hex") };
}

// --- What the hub publishes about the file -------------------------------------------------------

const defaultHuggingFaceEndpoint = "https://huggingface.co/";

function isHuggingFaceUri(uri: string): boolean {
  return uri.startsWith("hf:");
}

/** The URL node-llama-cpp will fetch, built the same way (parseModelUri.js, parseHuggingFaceUriContent). */
function resolveDownloadUrl(uri: string, endpoint: string | undefined): string {
  if (!isHuggingFaceUri(uri)) return uri;
  const base = endpoint ?? process.env.MODEL_ENDPOINT ?? process.env.HF_ENDPOINT ?? defaultHuggingFaceEndpoint;
  const [owner = "", repo = "", ...rest] = uri.slice("hf:".length).split("/");
  const joined = rest.join("/");
  const hashIndex = joined.indexOf("#");
  const filePath = hashIndex >= 0 ? joined.slice(0, hashIndex) : joined;
  const revision = (hashIndex >= 0 ? joined.slice(hashIndex + 1) : "") || "main";
  const encodedPath = filePath.split("/").map(encodeURIComponent).join("/");
  return `${base.endsWith("/") ? base : `${base}/`}${encodeURIComponent(owner)}/${encodeURIComponent(repo)}/resolve/${encodeURIComponent(revision)}/${encodedPath}?download=true`;
}

/**
 * Asks the hub (HEAD, redirects not followed) for the file's published size and sha256. For an LFS
 * file huggingface.co answers 302 with `x-linked-size` and `x-linked-etag: "<sha256>"`; the CDN it
 * redirects to does not repeat them. A 4xx here fails fast, before ipull's long retries.
 */
async function probe(url: string, huggingFace: boolean): Promise<{ sizeBytes?: number; sha256?: string }> {
  let response = await head(url, {});
  if ((response.status === 401 || response.status === 403) && huggingFace) {
    const token = await huggingFaceToken();
    if (token) response = await head(url, { authorization: `Bearer ${token}` });
  }
  if (response.status === 405 || response.status === 501) return {};
  if (response.status >= 400) throw new DownloadFailure("http", `HTTP ${response.status} ${response.statusText}`.trim(), response.status);
  const redirected = response.status >= 300;
  const linkedSize = Number(response.headers.get("x-linked-size") ?? Number.NaN);
  const length = Number(response.headers.get("content-length") ?? Number.NaN);
  const sizeBytes = Number.isSafeInteger(linkedSize) && linkedSize > 0 ? linkedSize : !redirected && Number.isSafeInteger(length) && length > 0 ? length : undefined;
  // A git (non-LFS) file's etag is its 40-hex git hash, never taken for a sha256; only an HF
  // address's 64-hex etag is. Any other server's etag means nothing about the content.
  const sha256 = parseSha256(response.headers.get("x-linked-etag")) ?? (huggingFace ? parseSha256(response.headers.get("etag")) : undefined);
  return { sizeBytes, sha256 };
}

async function head(url: string, headers: Record<string, string>): Promise<Response> {
  try {
    return await fetch(url, { method: "HEAD", redirect: "manual", headers: { "accept-encoding": "identity", ...headers } });
  } catch (error) {
    throw new DownloadFailure("network", describeNetworkError(error));
  }
}

function parseSha256(etag: string | null): string | undefined {
  const match = /^(?:W\/)?"?([0-9a-fA-F]{64})"?$/.exec(etag?.trim() ?? "");
  return match?.[1]?.toLowerCase();
}

/** The token node-llama-cpp would send to Hugging Face (modelFileAccessTokens.js). */
async function huggingFaceToken(): Promise<string | undefined> {
  if (process.env.HF_TOKEN) return process.env.HF_TOKEN;
  const home = process.env.HF_HOME || path.join(process.env.XDG_CACHE_HOME || path.join(os.homedir(), ".cache"), "huggingface");
  try {
    const token = (await readFile(process.env.HF_TOKEN_PATH || path.join(home, "token"), "utf8")).trim();
    return token || undefined;
  } catch {
    return undefined;
  }
}

// --- Failures --------------------------------------------------------------------------------------

function describeFailure(error: unknown): DownloaderToHost {
  if (error instanceof DownloadFailure) return { type: "failed", kind: error.kind, status: error.status, detail: error.message };
  const status = statusCodeOf(error);
  if (status !== undefined) return { type: "failed", kind: "http", status, detail: `HTTP ${status}` };
  if (isNetworkError(error)) return { type: "failed", kind: "network", detail: describeNetworkError(error) };
  if (errorCode(error) === "ENOSPC") return { type: "failed", kind: "disk-space", detail: error instanceof Error ? error.message : String(error) };
  return { type: "failed", kind: "failed", detail: error instanceof Error ? error.message : String(error) };
}

function errorCode(error: unknown): unknown {
  return typeof error === "object" && error !== null ? (error as { code?: unknown }).code : undefined;
}

/** ipull's StatusCodeError carries the response status as `statusCode`. */
function statusCodeOf(error: unknown): number | undefined {
  const value = typeof error === "object" && error !== null ? (error as { statusCode?: unknown }).statusCode : undefined;
  return typeof value === "number" ? value : undefined;
}

function isNetworkError(error: unknown): boolean {
  return error instanceof TypeError && /fetch failed|terminated|network/i.test(error.message);
}

/** fetch() says only "fetch failed"; the reason (ECONNREFUSED, ENOTFOUND, a TLS error) is its cause. */
function describeNetworkError(error: unknown): string {
  const cause = error instanceof Error ? (error.cause as { code?: unknown; message?: unknown } | undefined) : undefined;
  const code = typeof cause?.code === "string" ? cause.code : undefined;
  const causeMessage = typeof cause?.message === "string" ? cause.message : undefined;
  const message = error instanceof Error ? error.message : String(error);
  return [message, code, causeMessage].filter((part, index, all) => part && all.indexOf(part) === index).join(": ");
}

// --- Proxy ---------------------------------------------------------------------------------------

const globalDispatcherKey = Symbol.for("undici.globalDispatcher.1");

type ConnectCallback = (error: Error | null, socket: net.Socket | null) => void;
interface ConnectOptions {
  readonly hostname: string;
  readonly protocol: string;
  readonly port: string | number;
  readonly servername?: string | null;
}
type Connector = (options: ConnectOptions, callback: ConnectCallback) => void;
type AgentConstructor = new (options: { connect: Connector }) => object;

/**
 * Makes the global fetch (which node-llama-cpp and ipull use) go through the proxy. The host puts
 * the proxy in HTTPS_PROXY/HTTP_PROXY with NODE_USE_ENV_PROXY=1; runtimes that honour that (Node 24,
 * 22.21+) then make the global dispatcher an EnvHttpProxyAgent and nothing more is needed. Older
 * ones (Node 20, and VS Code 1.95's Electron runs Node 20) ignore it, as measured here on 20.20:
 * for them this swaps the global dispatcher for an Agent of the same (bundled undici) class whose
 * connections are CONNECT tunnels through the proxy. NO_PROXY is honoured both ways.
 */
async function routeThroughProxy(explicit: string | undefined): Promise<void> {
  const env = process.env;
  const proxies = {
    https: parseProxy(explicit || env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy),
    http: parseProxy(explicit || env.HTTP_PROXY || env.http_proxy),
  };
  if (!proxies.https && !proxies.http) return;
  // The bundled undici loads, and creates its global dispatcher, on the first fetch.
  await fetch("data:,").then((response) => response.arrayBuffer());
  const store = globalThis as unknown as Record<symbol, unknown>;
  const current = store[globalDispatcherKey];
  if (typeof current !== "object" || current === null) return;
  if (current.constructor.name === "EnvHttpProxyAgent") return;
  const Agent = current.constructor as AgentConstructor;
  store[globalDispatcherKey] = new Agent({ connect: tunnelConnector(proxies, env.NO_PROXY ?? env.no_proxy ?? "") });
}

function parseProxy(value: string | undefined): URL | undefined {
  if (!value) return undefined;
  try {
    return new URL(value.includes("://") ? value : `http://${value}`);
  } catch {
    return undefined;
  }
}

function tunnelConnector(proxies: { https?: URL; http?: URL }, noProxy: string): Connector {
  return (options, callback) => {
    let answered = false;
    const answer = (error: Error | null, socket: net.Socket | null): void => {
      if (answered) return;
      answered = true;
      callback(error, socket);
    };
    const secure = options.protocol === "https:";
    const host = options.hostname.replace(/^\[|\]$/g, "");
    const port = Number(options.port) || (secure ? 443 : 80);
    const servername = options.servername || (net.isIP(host) ? undefined : host);
    const proxy = secure ? proxies.https : proxies.http;
    if (!proxy || bypassesProxy(noProxy, host, port)) {
      const socket = secure ? tls.connect({ host, port, servername, ALPNProtocols: ["http/1.1"] }) : net.connect({ host, port });
      socket.once(secure ? "secureConnect" : "connect", () => answer(null, socket));
      socket.once("error", (error) => answer(error, null));
      return;
    }
    const authority = `${net.isIPv6(host) ? `[${host}]` : host}:${port}`;
    const headers: Record<string, string> = { host: authority };
    if (proxy.username) {
      const credentials = `${decodeURIComponent(proxy.username)}:${decodeURIComponent(proxy.password)}`;
      headers["proxy-authorization"] = `Basic ${Buffer.from(credentials).toString("base64")}`;
    }
    const connect = (proxy.protocol === "https:" ? https : http).request({
      host: proxy.hostname.replace(/^\[|\]$/g, ""),
      port: Number(proxy.port) || (proxy.protocol === "https:" ? 443 : 80),
      method: "CONNECT",
      path: authority,
      headers,
      agent: false,
    });
    connect.once("connect", (response: http.IncomingMessage, socket: net.Socket) => {
      if (response.statusCode !== 200) {
        socket.destroy();
        answer(new Error(`the proxy ${proxy.host} refused a tunnel to ${authority}: HTTP ${response.statusCode ?? "?"}`), null);
        return;
      }
      if (!secure) return answer(null, socket);
      const secured = tls.connect({ socket, servername, ALPNProtocols: ["http/1.1"] });
      secured.once("secureConnect", () => answer(null, secured));
      secured.once("error", (error) => answer(error, null));
    });
    connect.once("error", (error) => answer(new Error(`could not reach the proxy ${proxy.host}: ${error.message}`), null));
    connect.end();
  };
}

/** NO_PROXY as curl reads it: `*`, exact hosts, domain suffixes (`.example.com` or `example.com`), optional `:port`. */
function bypassesProxy(noProxy: string, host: string, port: number): boolean {
  const name = host.toLowerCase();
  return noProxy
    .split(/[\s,]+/)
    .filter(Boolean)
    .some((entry) => {
      if (entry === "*") return true;
      const match = /^(.*?)(?::(\d+))?$/.exec(entry.toLowerCase().replace(/^\*/, ""));
      const pattern = (match?.[1] ?? "").replace(/^\[|\]$/g, "");
      if (match?.[2] && Number(match[2]) !== port) return false;
      const domain = pattern.replace(/^\./, "");
      return name === domain || name.endsWith(`.${domain}`);
    });
}

// --- Messages ------------------------------------------------------------------------------------

function isHostToDownloader(value: unknown): value is HostToDownloader {
  if (typeof value !== "object" || value === null) return false;
  const message = value as Record<string, unknown>;
  if (message.type === "proceed" || message.type === "cancel") return true;
  if (message.type !== "download") return false;
  const optionalString = (key: string): boolean => message[key] === undefined || typeof message[key] === "string";
  return typeof message.uri === "string" && typeof message.directory === "string" && optionalString("fileName") && optionalString("huggingFaceEndpoint") && optionalString("proxy");
}

process.on("uncaughtException", (error) => {
  finish({ type: "failed", kind: "failed", detail: `the downloader crashed: ${error.stack ?? String(error)}` });
});

import { createHash } from "node:crypto";
import { mkdir, rename, rm, stat, statfs } from "node:fs/promises";
import * as path from "node:path";
import type { DownloadedModel } from "../../core/models/downloadedModel";
import { isRecord } from "../../core/values";
import { formatBytes } from "../../core/text/formatBytes";
import { SupervisedChild } from "../../process/supervisedChild";
import type { DownloaderToHost, DownloadRequest, HostToDownloader } from "./downloaderMain";

/**
 * Downloads one GGUF model file in a child process (dist/downloader.js, which owns node-llama-cpp's
 * downloader) and decides, here, whether what arrived may become a model: the final `.gguf` path
 * only ever holds a file whose size and (where the hub publishes one) SHA-256 were checked.
 */

export type ModelDownloadErrorCode = "cancelled" | "network" | "http" | "size-mismatch" | "hash-mismatch" | "disk-space" | "failed";

export class ModelDownloadError extends Error {
  override readonly name = "ModelDownloadError";

  constructor(
    readonly code: ModelDownloadErrorCode,
    message: string,
    /** The HTTP status, for code "http". */
    readonly status?: number,
  ) {
    super(message);
  }
}

export interface DownloadProgress {
  readonly downloadedBytes: number;
  readonly totalBytes: number;
  readonly bytesPerSecond: number;
  readonly etaSeconds: number | undefined;
}

export interface ModelDownloadOptions {
  /** `hf:owner/repo/file.gguf` (optionally `#revision`) or an http(s) URL of a `.gguf` file. */
  readonly uri: string;
  /** What the user calls the model ("Qwen2.5 1.5B Instruct"), for messages; defaults to the URI. */
  readonly label?: string;
  readonly directory: string;
  /** Where dist/downloader.js is. */
  readonly workerDir: string;
  /** The final file name; defaults to the URI's last path segment. Must end in `.gguf`. */
  readonly fileName?: string;
  /** Replaces https://huggingface.co/ for `hf:` URIs (a mirror; a fake hub in tests). HF_ENDPOINT also works. */
  readonly huggingFaceEndpoint?: string;
  /** A proxy URL (VS Code's http.proxy); HTTPS_PROXY/HTTP_PROXY/NO_PROXY from the environment otherwise. */
  readonly proxy?: string;
  /** The size the caller expects (from a catalog): checked against free disk space before any request. */
  readonly expectedSizeBytes?: number;
  /** Free bytes on the directory's disk; defaults to statfs. Tests replace it. */
  readonly freeDiskBytes?: () => Promise<number>;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: DownloadProgress) => void;
  /** Gives up when no new byte has arrived for this long. Defaults to 60 s. */
  readonly stallTimeoutMs?: number;
  /** Defaults to the current executable: Node, or Electron run as Node inside VS Code. */
  readonly execPath?: string;
  readonly log?: (line: string) => void;
}

type Ready = Extract<DownloaderToHost, { type: "ready" }>;
type Downloaded = Extract<DownloaderToHost, { type: "downloaded" }>;

const defaultStallTimeoutMs = 60_000;
// How long a cancelled child gets to close its file (and so keep its resume record) before a kill.
const cancelGraceMs = 5_000;
// ipull passes file names through filenamify, which cuts them at 100 characters.
const maxPartialNameLength = 100;

/** Final paths with a download running in this process: two at once would write one partial file. */
const active = new Set<string>();

export async function downloadModel(options: ModelDownloadOptions): Promise<DownloadedModel> {
  const fileName = finalFileName(options.uri, options.fileName);
  const finalPath = path.join(path.resolve(options.directory), fileName);
  if (active.has(finalPath)) {
    throw new ModelDownloadError("failed", `${finalPath} is already being downloaded. Wait for that download to finish, or cancel it first.`);
  }
  active.add(finalPath);
  try {
    return await download(options, fileName, finalPath);
  } finally {
    active.delete(finalPath);
  }
}

async function download(options: ModelDownloadOptions, fileName: string, finalPath: string): Promise<DownloadedModel> {
  const directory = path.dirname(finalPath);
  const partialPath = path.join(directory, partialFileName(fileName));
  const freeDiskBytes = options.freeDiskBytes ?? (() => freeBytesOn(directory));
  if (options.signal?.aborted) throw cancelledError(options.uri);
  try {
    await mkdir(directory, { recursive: true });
  } catch (error) {
    throw new ModelDownloadError("failed", `Cannot create the models folder ${directory} to download ${options.label ?? options.uri}: ${messageOf(error)}. Choose a folder you can write to.`);
  }
  const downloaderPath = path.join(options.workerDir, "downloader.js");
  try {
    await stat(downloaderPath);
  } catch {
    throw new ModelDownloadError("failed", `Cannot download ${options.label ?? options.uri}: the downloader is missing (${downloaderPath}). Reinstall the extension.`);
  }
  if (options.expectedSizeBytes !== undefined) {
    await ensureDiskSpace(options.uri, directory, options.expectedSizeBytes, partialPath, freeDiskBytes, options.log);
  }

  const { ready, downloaded } = await runDownloader(options, { directory, fileName: path.basename(partialPath) }, freeDiskBytes);
  const fetchedPath = path.resolve(downloaded.path);
  if (path.dirname(fetchedPath) !== directory || fetchedPath.toLowerCase().endsWith(".gguf")) {
    throw new ModelDownloadError("failed", `The download of ${options.label ?? options.uri} wrote to an unexpected place (${fetchedPath}); nothing was installed. Please report this.`);
  }

  const expectedBytes = ready.announcedBytes ?? (ready.totalBytes > 0 ? ready.totalBytes : undefined);
  if (expectedBytes !== undefined && downloaded.sizeBytes !== expectedBytes) {
    await rm(fetchedPath, { force: true });
    throw new ModelDownloadError(
      "size-mismatch",
      `The download of ${options.label ?? options.uri} has ${formatBytes(downloaded.sizeBytes, 1)} but the server announced ${formatBytes(expectedBytes, 1)}. ` +
        `The incomplete file was deleted; download the model again.`,
    );
  }
  if (ready.sha256 !== undefined && downloaded.sha256 !== ready.sha256) {
    await rm(fetchedPath, { force: true });
    throw new ModelDownloadError(
      "hash-mismatch",
      `The download of ${options.label ?? options.uri} is damaged: its SHA-256 is ${downloaded.sha256} but the hub published ${ready.sha256}. ` +
        `The file was deleted; download the model again. If this repeats, something between you and the hub (a proxy or antivirus) is changing the file.`,
    );
  }
  try {
    // A rename in one folder is atomic: the .gguf appears complete or not at all.
    await rename(fetchedPath, finalPath);
  } catch (error) {
    throw new ModelDownloadError("failed", `The download of ${options.label ?? options.uri} completed but could not be saved as ${finalPath}: ${messageOf(error)}. If that model is in use, unload it and try again.`);
  }
  return { path: finalPath, fileName, sizeBytes: downloaded.sizeBytes, sha256: downloaded.sha256 };
}

/** Runs one child through prepare (probe, sizes), a disk check, the download and its measurement. */
function runDownloader(
  options: ModelDownloadOptions,
  target: { directory: string; fileName: string },
  freeDiskBytes: () => Promise<number>,
): Promise<{ ready: Ready; downloaded: Downloaded }> {
  // Only what the user calls the model reaches a message: an hf: URI means little to most people.
  const uri = options.uri;
  const name = options.label ?? uri;
  const stallTimeoutMs = options.stallTimeoutMs ?? defaultStallTimeoutMs;
  return new Promise((resolve, reject) => {
    const child = new SupervisedChild<DownloaderToHost, HostToDownloader>({
      modulePath: path.join(options.workerDir, "downloader.js"),
      name: "downloader",
      execPath: options.execPath,
      env: childEnvironment(options.proxy),
      isMessage: isDownloaderToHost,
      // Its last message is the result: "close" comes after the IPC channel has delivered it.
      exitEvent: "close",
      log: options.log,
    });
    let ready: Ready | undefined;
    let highWaterBytes = 0;
    let settled = false;
    // Set when this side decided the outcome (stall, disk space, cancel) and waits for the child to stop.
    let decided: ModelDownloadError | undefined;
    let stallTimer: NodeJS.Timeout | undefined;
    const settle = (outcome: () => void): void => {
      if (settled) return;
      settled = true;
      clearTimeout(stallTimer);
      options.signal?.removeEventListener("abort", onAbort);
      outcome();
    };
    const fail = (error: ModelDownloadError): void => settle(() => reject(error));
    /** Asks the child to stop, keeping its partial file; the child's answer or exit settles. */
    const stop = (error: ModelDownloadError): void => {
      decided ??= error;
      clearTimeout(stallTimer);
      child.stop({ type: "cancel" }, cancelGraceMs);
    };
    const armStallTimer = (): void => {
      clearTimeout(stallTimer);
      stallTimer = setTimeout(() => stop(stalledError(name, stallTimeoutMs)), stallTimeoutMs);
    };
    const onAbort = (): void => stop(cancelledError(name));
    // A throwing listener must not become an uncaught exception in the extension host.
    const report = (progress: DownloadProgress): void => {
      try {
        options.onProgress?.(progress);
      } catch (error) {
        options.log?.(`[downloader] a progress listener failed: ${messageOf(error)}`);
      }
    };

    child.onExit((exit) =>
      fail(decided ?? (exit.error ? new ModelDownloadError("failed", `Could not start the download of ${name}: ${exit.error.message}.`) : crashedError(name, exit.code, exit.signal, exit.stderrTail))),
    );
    child.onMessage((raw) => {
      switch (raw.type) {
        case "ready":
          ready = raw;
          highWaterBytes = raw.resumedBytes;
          if (!decided) armStallTimer();
          options.log?.(`[downloader] ${uri}: ${raw.totalBytes} bytes, ${raw.resumedBytes} already on disk, sha256 ${raw.sha256 ?? "not published"}`);
          void checkSpaceThenProceed(raw);
          return;
        case "progress":
          // ipull restarts a chunk's count when it retries it: only bytes past the best so far are news.
          if (raw.downloadedBytes > highWaterBytes) {
            highWaterBytes = raw.downloadedBytes;
            if (!decided) armStallTimer();
          }
          if (!decided) report({ downloadedBytes: raw.downloadedBytes, totalBytes: raw.totalBytes, bytesPerSecond: raw.bytesPerSecond, etaSeconds: raw.etaSeconds });
          return;
        case "hashing":
          // Reading back a large file can take a while without new bytes to show.
          clearTimeout(stallTimer);
          return;
        case "downloaded":
          if (decided || !ready) return fail(decided ?? new ModelDownloadError("failed", `The download of ${name} ended out of order. Try again.`));
          settle(() => resolve({ ready: ready as Ready, downloaded: raw }));
          return;
        case "cancelled":
          fail(decided ?? cancelledError(name));
          return;
        case "failed":
          fail(decided ?? failureError(uri, name, raw));
          return;
      }
    });

    const checkSpaceThenProceed = async (message: Ready): Promise<void> => {
      const total = Math.max(message.announcedBytes ?? 0, message.totalBytes);
      try {
        if (total > 0) await ensureDiskSpace(name, target.directory, total, message.partialPath, freeDiskBytes, options.log);
        if (!decided) child.send({ type: "proceed" });
      } catch (error) {
        stop(error instanceof ModelDownloadError ? error : new ModelDownloadError("failed", messageOf(error)));
      }
    };

    options.signal?.addEventListener("abort", onAbort);
    armStallTimer();
    const request: DownloadRequest = {
      type: "download",
      uri,
      directory: target.directory,
      fileName: target.fileName,
      huggingFaceEndpoint: options.huggingFaceEndpoint,
      proxy: options.proxy,
    };
    child.send(request);
  });
}

/**
 * node-llama-cpp fetches with the global fetch (Node's bundled undici). Node 24 and 22.21+ route it
 * through HTTPS_PROXY/HTTP_PROXY (minus NO_PROXY) when NODE_USE_ENV_PROXY=1; Node 20, which VS Code
 * 1.95's extension host runs, ignores both, so the child also tunnels through the proxy itself.
 * Lower-case variables win over upper-case ones in Node, so an explicit proxy sets both.
 */
function childEnvironment(proxy: string | undefined): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  if (proxy) {
    env.HTTPS_PROXY = env.https_proxy = proxy;
    env.HTTP_PROXY = env.http_proxy = proxy;
  }
  if (env.HTTPS_PROXY || env.https_proxy || env.HTTP_PROXY || env.http_proxy) env.NODE_USE_ENV_PROXY = "1";
  return env;
}

async function ensureDiskSpace(
  modelName: string,
  directory: string,
  totalBytes: number,
  partialPath: string,
  freeDiskBytes: () => Promise<number>,
  log: ((line: string) => void) | undefined,
): Promise<void> {
  // Bytes an interrupted download already wrote need no new space; ipull's temp file is sparse.
  const onDisk = (await allocatedBytes(partialPath)) + (await allocatedBytes(`${partialPath}.ipull`));
  const needed = Math.max(0, totalBytes - onDisk);
  let free: number;
  try {
    free = await freeDiskBytes();
  } catch (error) {
    // Unknown free space is no reason to refuse; a full disk still fails the download ("disk-space").
    log?.(`[downloader] could not read the free space of ${directory}: ${messageOf(error)}`);
    return;
  }
  if (free >= needed) return;
  throw new ModelDownloadError(
    "disk-space",
    `Not enough disk space to download ${modelName}: it needs ${formatBytes(needed, 1)} and ${directory} has ${formatBytes(free, 1)} free. ` +
      `Free up at least ${formatBytes(needed - free, 1)}, or choose a smaller model or another folder.`,
  );
}

async function allocatedBytes(file: string): Promise<number> {
  try {
    const stats = await stat(file);
    return stats.blocks * 512;
  } catch {
    return 0;
  }
}

async function freeBytesOn(directory: string): Promise<number> {
  const stats = await statfs(directory);
  return stats.bavail * stats.bsize;
}

// --- Names ---------------------------------------------------------------------------------------

/** The final file's name, from the URI's last path segment unless the caller chose one. */
function finalFileName(uri: string, explicit: string | undefined): string {
  const name = explicit ?? lastPathSegment(uri);
  if (!name.toLowerCase().endsWith(".gguf")) {
    throw new ModelDownloadError("failed", `${uri} does not name a .gguf file. Use hf:owner/repo/file.gguf or an https:// address that ends in .gguf.`);
  }
  if (/-\d{5}-of-\d{5}\.gguf$/i.test(name)) {
    throw new ModelDownloadError("failed", `${uri} is one part of a split model, which Tailor cannot download yet. Choose a quantization that is a single .gguf file.`);
  }
  if (/[/\\]/.test(name) || [...name].some((char) => char.charCodeAt(0) < 0x20) || name.startsWith(".")) {
    throw new ModelDownloadError("failed", `"${name}" cannot be used as a model file name. Choose a plain file name that ends in .gguf.`);
  }
  return name.replace(/[<>:"|?*]/g, "_");
}

function lastPathSegment(uri: string): string {
  if (uri.startsWith("hf:")) {
    const [owner, repo, ...rest] = uri.slice("hf:".length).split("/");
    const filePath = rest.join("/").split("#")[0] ?? "";
    if (!owner || !repo || !filePath) {
      throw new ModelDownloadError("failed", `${uri} does not name a file. Use hf:owner/repo/file.gguf, e.g. hf:bartowski/SmolLM2-135M-Instruct-GGUF/SmolLM2-135M-Instruct-Q8_0.gguf.`);
    }
    return filePath.split("/").pop() ?? "";
  }
  let url: URL;
  try {
    url = new URL(uri);
  } catch {
    url = new URL("invalid:");
  }
  if (url.protocol !== "https:" && url.protocol !== "http:") {
    throw new ModelDownloadError("failed", `${uri} is not an address Tailor can download from. Use hf:owner/repo/file.gguf or an https:// URL of a .gguf file.`);
  }
  try {
    return decodeURIComponent(url.pathname.split("/").pop() ?? "");
  } catch {
    return "";
  }
}

/**
 * The name a download of `fileName` is written under until it is verified (with ipull's `.ipull`
 * added while bytes are missing): never ending in `.gguf`, the same on every attempt (so a later
 * one resumes), and left alone by ipull's filenamify (ASCII, at most 100 characters).
 */
export function partialFileName(fileName: string): string {
  const simple = `${fileName}.partial`;
  if (/^[A-Za-z0-9._ +()-]+$/.test(fileName) && simple.length <= maxPartialNameLength) return simple;
  return `${createHash("sha256").update(fileName).digest("hex").slice(0, 24)}.gguf.partial`;
}

// --- Errors --------------------------------------------------------------------------------------

function cancelledError(uri: string): ModelDownloadError {
  return new ModelDownloadError("cancelled", `The download of ${uri} was cancelled. What was downloaded is kept: downloading the model again resumes from there.`);
}

function stalledError(uri: string, stallTimeoutMs: number): ModelDownloadError {
  return new ModelDownloadError(
    "network",
    `The download of ${uri} stopped: no data arrived for ${Math.round(stallTimeoutMs / 1000)} s (the server cannot be reached or the connection keeps dropping). ` +
      `Check your internet connection and proxy settings (http.proxy), then download again: it resumes from what was saved.`,
  );
}

function crashedError(uri: string, code: number | null, signal: NodeJS.Signals | null, stderrTail: string): ModelDownloadError {
  const lines = stderrTail.trim().split("\n").filter((line) => line.trim() !== "");
  const lastLine = lines.reverse().find((line) => /error/i.test(line)) ?? lines[0];
  return new ModelDownloadError(
    "failed",
    `The download of ${uri} stopped unexpectedly (exit ${signal ?? code ?? "unknown"})${lastLine ? `: ${lastLine}` : ""}. Download again: it resumes from what was saved.`,
  );
}

function failureError(uri: string, name: string, failure: Extract<DownloaderToHost, { type: "failed" }>): ModelDownloadError {
  if (failure.kind === "network") {
    return new ModelDownloadError(
      "network",
      `Could not connect to ${hostOf(uri)} to download ${name} (${failure.detail}). Check your internet connection and proxy settings (http.proxy), then try again.`,
    );
  }
  if (failure.kind === "http" && failure.status !== undefined) return httpError(uri, name, failure.status);
  if (failure.kind === "disk-space") {
    return new ModelDownloadError("disk-space", `The disk filled up while downloading ${name} (${failure.detail}). Free up space, then download again: it resumes from what was saved.`);
  }
  return new ModelDownloadError("failed", `The download of ${name} failed: ${failure.detail}. Try again; if it keeps failing, check the log.`);
}

function httpError(uri: string, name: string, status: number): ModelDownloadError {
  const advice =
    status === 401 || status === 403
      ? "The repository may be gated or private: accept its terms on huggingface.co and set a Hugging Face token (HF_TOKEN), or choose another model."
      : status === 404
        ? "Check the owner, repository, file name and revision."
        : status === 429
          ? "The server is limiting downloads; wait a few minutes and try again."
          : status >= 500
            ? "The server has a problem; try again later. The download resumes from what was saved."
            : "Check the address and try again.";
  return new ModelDownloadError("http", `${hostOf(uri)} answered HTTP ${status} for ${name === uri ? uri : `${name} (${uri})`}. ${advice}`, status);
}

function hostOf(uri: string): string {
  if (uri.startsWith("hf:")) return "Hugging Face";
  try {
    return new URL(uri).host;
  } catch {
    return "the server";
  }
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

// --- Messages ------------------------------------------------------------------------------------

function isDownloaderToHost(value: unknown): value is DownloaderToHost {
  if (!isRecord(value)) return false;
  const message = value;
  const isNumber = (key: string): boolean => typeof message[key] === "number" && Number.isFinite(message[key]);
  const isOptional = (key: string, type: "number" | "string"): boolean => message[key] === undefined || typeof message[key] === type;
  switch (message.type) {
    case "ready":
      return typeof message.partialPath === "string" && isNumber("totalBytes") && isNumber("resumedBytes") && isOptional("announcedBytes", "number") && isOptional("sha256", "string");
    case "progress":
      return isNumber("downloadedBytes") && isNumber("totalBytes") && isNumber("bytesPerSecond") && isOptional("etaSeconds", "number");
    case "downloaded":
      return typeof message.path === "string" && isNumber("sizeBytes") && typeof message.sha256 === "string";
    case "failed":
      return ["network", "http", "disk-space", "failed"].includes(String(message.kind)) && typeof message.detail === "string" && isOptional("status", "number");
    case "hashing":
    case "cancelled":
      return true;
    default:
      return false;
  }
}

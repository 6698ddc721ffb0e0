import { createHash } from "node:crypto";
import { createReadStream } from "node:fs";
import { stat } from "node:fs/promises";
import * as http from "node:http";
import * as net from "node:net";
import type { AddressInfo } from "node:net";
import { Transform, type TransformCallback } from "node:stream";
import { pipeline } from "node:stream/promises";

/**
 * A real HTTP server on 127.0.0.1 that answers like the Hugging Face hub does for a model file:
 * `/{owner}/{repo}/resolve/{revision}/{file}` redirects (302) to a CDN address and carries the
 * LFS object's sha256 in `x-linked-etag` and its size in `x-linked-size`; the CDN address serves
 * the bytes with Range support. Fault modes stand in for a bad network or a bad server.
 */

export interface HubFileFaults {
  /** Destroys the socket after this many body bytes of every response for the file. */
  readonly cutAfterBytes?: number;
  /** Serves other bytes of the same length, under the real file's hash headers. */
  readonly corrupt?: boolean;
  /** Paces the file's body bytes, shared by all its connections, so a test can act mid-way. */
  readonly bytesPerSecond?: number;
}

export interface HubFile extends HubFileFaults {
  readonly owner: string;
  readonly repo: string;
  /** The file's path inside the repository, e.g. `tiny-a.gguf` or `sub/dir/x.gguf`. */
  readonly path: string;
  /** Defaults to `main`. */
  readonly revision?: string;
  /** The file on disk whose bytes the hub serves. */
  readonly source: string;
}

export interface RecordedRequest {
  readonly method: string;
  /** The path with its query string, as the client sent it. */
  readonly path: string;
  readonly range?: string;
  /** The first byte the Range header asked for, when it had one. */
  readonly rangeStart?: number;
  readonly authorization?: string;
  readonly userAgent?: string;
  /** The client's port: which connection (a proxy's, or a direct one) the request came on. */
  readonly remotePort?: number;
  /** Body bytes handed to the socket so far. */
  bodyBytesSent: number;
}

interface RegisteredFile extends HubFile {
  readonly revision: string;
  readonly size: number;
  readonly sha256: string;
  /** When the throttle lets the next byte go, in ms since the epoch. */
  nextSendAt: number;
}

const cdnPrefix = "/cdn/";

export class FakeHub {
  readonly requests: RecordedRequest[] = [];
  private readonly files = new Map<string, RegisteredFile>();
  private readonly server: http.Server;

  private constructor() {
    this.server = http.createServer((req, res) => void this.answer(req, res));
  }

  static async start(): Promise<FakeHub> {
    const hub = new FakeHub();
    hub.server.listen(0, "127.0.0.1");
    await new Promise<void>((resolve, reject) => {
      hub.server.once("listening", resolve);
      hub.server.once("error", reject);
    });
    return hub;
  }

  /** The endpoint to use in place of https://huggingface.co/. */
  get endpoint(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** Serves a file; returns its real sha256 and size. Registering the same path again replaces it. */
  async addFile(file: HubFile): Promise<{ sha256: string; size: number }> {
    const size = (await stat(file.source)).size;
    const hash = createHash("sha256");
    await pipeline(createReadStream(file.source), hash);
    const registered: RegisteredFile = { ...file, revision: file.revision ?? "main", size, sha256: hash.digest("hex"), nextSendAt: 0 };
    this.files.set(resolvePath(registered), registered);
    return { sha256: registered.sha256, size };
  }

  /** The CDN address the hub redirects a file to; a plain https URL download can use it. */
  cdnUrl(owner: string, repo: string, path: string, revision = "main"): string {
    const file = this.files.get(resolvePath({ owner, repo, path, revision }));
    if (!file) throw new Error(`No file registered at ${owner}/${repo}/${path}`);
    return new URL(cdnPath(file), this.endpoint).href;
  }

  async close(): Promise<void> {
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async answer(req: http.IncomingMessage, res: http.ServerResponse): Promise<void> {
    const range = headerValue(req.headers.range);
    const record: RecordedRequest = {
      method: req.method ?? "",
      path: req.url ?? "",
      range,
      rangeStart: range ? parseRange(range, Number.MAX_SAFE_INTEGER)?.start : undefined,
      authorization: headerValue(req.headers.authorization),
      userAgent: headerValue(req.headers["user-agent"]),
      remotePort: req.socket.remotePort,
      bodyBytesSent: 0,
    };
    this.requests.push(record);
    const pathname = new URL(req.url ?? "/", "http://hub").pathname;
    try {
      if (pathname.startsWith(cdnPrefix)) {
        const file = [...this.files.values()].find((candidate) => cdnPath(candidate) === pathname);
        if (file) return await this.serveBytes(file, req, res, record);
      } else {
        const file = this.files.get(decodeURIComponent(pathname));
        if (file) return this.redirectToCdn(file, res);
      }
      notFound(res);
    } catch (error) {
      // A client that goes away mid-body is a normal event here (cancels, cuts).
      if (!res.headersSent) res.writeHead(500).end(String(error));
      else res.destroy();
    }
  }

  /** What huggingface.co answers for an LFS file: a redirect carrying the object's identity. */
  private redirectToCdn(file: RegisteredFile, res: http.ServerResponse): void {
    res.writeHead(302, {
      location: cdnPath(file),
      "x-linked-etag": `"${file.sha256}"`,
      "x-linked-size": String(file.size),
      etag: `"${file.sha256}"`,
      "x-repo-commit": "0000000000000000000000000000000000000000",
      "content-length": "0",
    });
    res.end();
  }

  private async serveBytes(file: RegisteredFile, req: http.IncomingMessage, res: http.ServerResponse, record: RecordedRequest): Promise<void> {
    const rangeHeader = headerValue(req.headers.range);
    const range = rangeHeader ? parseRange(rangeHeader, file.size) : { start: 0, end: file.size - 1 };
    if (!range) {
      res.writeHead(416, { "content-range": `bytes */${file.size}` }).end();
      return;
    }
    const length = range.end - range.start + 1;
    const headers: http.OutgoingHttpHeaders = {
      "accept-ranges": "bytes",
      "content-length": String(length),
      "content-type": "application/octet-stream",
      etag: `"${file.sha256}"`,
    };
    if (rangeHeader) headers["content-range"] = `bytes ${range.start}-${range.end}/${file.size}`;
    res.writeHead(rangeHeader ? 206 : 200, headers);
    if (req.method === "HEAD" || length === 0) {
      res.end();
      return;
    }
    const body = createReadStream(file.source, { start: range.start, end: range.end, highWaterMark: 64 * 1024 });
    const stages: NodeJS.ReadWriteStream[] = [];
    if (file.corrupt) stages.push(new FlipBytes());
    if (file.bytesPerSecond) stages.push(new Throttle(file));
    stages.push(new CountBytes(record, file.cutAfterBytes, () => res.destroy()));
    await pipeline([body, ...stages, res]);
  }
}

/**
 * A forward proxy on 127.0.0.1 that tunnels CONNECT requests (and relays absolute-form plain
 * HTTP ones), recording what it was asked for: proof that a download went through it.
 */
export class FakeProxy {
  readonly requests: { readonly method: string; readonly target: string }[] = [];
  /** The local ports of the proxy's connections onward: a server sees requests from these. */
  readonly upstreamPorts = new Set<number>();
  private readonly server: http.Server;
  private readonly sockets = new Set<net.Socket>();

  private constructor() {
    this.server = http.createServer((req, res) => this.relay(req, res));
    this.server.on("connect", (req: http.IncomingMessage, client: net.Socket, head: Buffer) => this.tunnel(req, client, head));
    this.server.on("connection", (socket: net.Socket) => {
      this.sockets.add(socket);
      socket.on("close", () => this.sockets.delete(socket));
    });
  }

  static async start(): Promise<FakeProxy> {
    const proxy = new FakeProxy();
    proxy.server.listen(0, "127.0.0.1");
    await new Promise<void>((resolve, reject) => {
      proxy.server.once("listening", resolve);
      proxy.server.once("error", reject);
    });
    return proxy;
  }

  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
  }

  async close(): Promise<void> {
    for (const socket of this.sockets) socket.destroy();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private tunnel(req: http.IncomingMessage, client: net.Socket, head: Buffer): void {
    const target = req.url ?? "";
    this.requests.push({ method: "CONNECT", target });
    const [host, port] = splitHostPort(target);
    const upstream = net.connect(port, host, () => {
      if (upstream.localPort !== undefined) this.upstreamPorts.add(upstream.localPort);
      client.write("HTTP/1.1 200 Connection Established\r\n\r\n");
      if (head.length > 0) upstream.write(head);
      upstream.pipe(client);
      client.pipe(upstream);
    });
    this.sockets.add(upstream);
    upstream.on("close", () => this.sockets.delete(upstream));
    upstream.on("error", () => client.destroy());
    client.on("error", () => upstream.destroy());
  }

  private relay(req: http.IncomingMessage, res: http.ServerResponse): void {
    const target = req.url ?? "";
    this.requests.push({ method: req.method ?? "", target });
    const upstream = http.request(target, { method: req.method, headers: req.headers, agent: false }, (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.headers);
      answer.pipe(res);
    });
    upstream.on("socket", (socket: net.Socket) => {
      socket.on("connect", () => {
        if (socket.localPort !== undefined) this.upstreamPorts.add(socket.localPort);
      });
    });
    upstream.on("error", () => res.destroy());
    req.pipe(upstream);
  }
}

function resolvePath(file: { owner: string; repo: string; revision: string; path: string }): string {
  return `/${file.owner}/${file.repo}/resolve/${file.revision}/${file.path}`;
}

/** Content-addressed like the real CDN, plus the repository so each registration keeps its own faults. */
function cdnPath(file: RegisteredFile): string {
  const name = encodeURIComponent(file.path.split("/").pop() ?? "file");
  return `${cdnPrefix}${encodeURIComponent(file.owner)}/${encodeURIComponent(file.repo)}/${file.sha256}/${name}`;
}

function notFound(res: http.ServerResponse): void {
  res.writeHead(404, { "content-type": "application/json", "x-error-code": "EntryNotFound" });
  res.end(JSON.stringify({ error: "Entry not found" }));
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}

/** One `bytes=a-b`, `bytes=a-` or `bytes=-n` range, clamped to the file; undefined if unsatisfiable. */
function parseRange(header: string, size: number): { start: number; end: number } | undefined {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match || (match[1] === "" && match[2] === "")) return undefined;
  if (match[1] === "") {
    const suffix = Number(match[2]);
    return suffix > 0 ? { start: Math.max(0, size - suffix), end: size - 1 } : undefined;
  }
  const start = Number(match[1]);
  const end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  return start <= end ? { start, end } : undefined;
}

function splitHostPort(target: string): [string, number] {
  const colon = target.lastIndexOf(":");
  return [target.slice(0, colon).replace(/^\[|\]$/g, ""), Number(target.slice(colon + 1))];
}

class FlipBytes extends Transform {
  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const flipped = Buffer.from(chunk);
    for (let i = 0; i < flipped.length; i++) flipped[i] = flipped[i]! ^ 0x5a;
    callback(null, flipped);
  }
}

/** Lets bytes through at the file's rate, one budget for all of the file's connections. */
class Throttle extends Transform {
  constructor(private readonly file: RegisteredFile) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    const rate = this.file.bytesPerSecond ?? Number.POSITIVE_INFINITY;
    const now = Date.now();
    const sendAt = Math.max(now, this.file.nextSendAt);
    this.file.nextSendAt = sendAt + (chunk.length / rate) * 1000;
    setTimeout(() => callback(null, chunk), sendAt - now);
  }
}

/** Counts the body bytes that leave, and cuts the connection after a limit when asked. */
class CountBytes extends Transform {
  constructor(
    private readonly record: RecordedRequest,
    private readonly cutAfter: number | undefined,
    private readonly cut: () => void,
  ) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, callback: TransformCallback): void {
    if (this.cutAfter === undefined) {
      this.record.bodyBytesSent += chunk.length;
      callback(null, chunk);
      return;
    }
    const allowed = Math.max(0, this.cutAfter - this.record.bodyBytesSent);
    const piece = chunk.subarray(0, allowed);
    this.record.bodyBytesSent += piece.length;
    if (piece.length < chunk.length) {
      // Let the allowed bytes reach the socket, then drop the connection without a proper end.
      this.push(piece);
      setImmediate(this.cut);
      callback();
      return;
    }
    callback(null, piece);
  }
}

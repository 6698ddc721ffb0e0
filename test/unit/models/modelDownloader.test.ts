import * as assert from "node:assert/strict";
import { fork } from "node:child_process";
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createReadStream } from "node:fs";
import { mkdtemp, readdir, rm } from "node:fs/promises";
import * as os from "node:os";
import * as path from "node:path";
import { pipeline } from "node:stream/promises";
import type { DownloaderToHost, HostToDownloader } from "../../../src/models/download/downloaderMain";
import { downloadModel, ModelDownloadError, partialFileName, type DownloadProgress, type ModelDownloadErrorCode, type ModelDownloadOptions } from "../../../src/models/download/modelDownloader";
import { FakeHub, FakeProxy } from "../../support/fakeHub";
import { fixture, repoRoot } from "../../support/paths";

const workerDir = path.join(repoRoot, "dist");
const owner = "tailor-test";

/** Repositories on the fake hub: one per behaviour, all serving fixture files. */
const repos = {
  good: "tiny-GGUF",
  slow: "smol-GGUF",
  cut: "cut-GGUF",
  corrupt: "corrupt-GGUF",
} as const;
const tinyFile = "tiny-a.gguf";
const bigFile = "smollm2-135m-shaped-q8_0.gguf";
const cutAfterBytes = 200_000;

async function sha256Of(file: string): Promise<string> {
  const hash = createHash("sha256");
  await pipeline(createReadStream(file), hash);
  return hash.digest("hex");
}

async function expectDownloadError(promise: Promise<unknown>, code: ModelDownloadErrorCode): Promise<ModelDownloadError> {
  try {
    await promise;
  } catch (error) {
    assert.ok(error instanceof ModelDownloadError, `expected a ModelDownloadError, got ${String(error)}`);
    assert.equal(error.code, code, error.message);
    return error;
  }
  assert.fail(`expected the download to fail with "${code}"`);
}

describe("downloadModel against a fake Hugging Face hub", function () {
  let hub: FakeHub;
  let directory: string;
  let tiny: { sha256: string; size: number };
  let big: { sha256: string; size: number };

  const ggufFiles = async (): Promise<string[]> => (await readdir(directory)).filter((name) => name.toLowerCase().endsWith(".gguf"));
  const optionsFor = (repo: string, file: string, extra: Partial<ModelDownloadOptions> = {}): ModelDownloadOptions => ({
    uri: `hf:${owner}/${repo}/${file}`,
    directory,
    workerDir,
    huggingFaceEndpoint: hub.endpoint,
    ...extra,
  });

  before(async () => {
    hub = await FakeHub.start();
    tiny = await hub.addFile({ owner, repo: repos.good, path: tinyFile, source: fixture("tiny-a") });
    await hub.addFile({ owner, repo: repos.cut, path: tinyFile, source: fixture("tiny-a"), cutAfterBytes });
    await hub.addFile({ owner, repo: repos.corrupt, path: tinyFile, source: fixture("tiny-a"), corrupt: true });
    // Paced so that a cancel sent on a progress event lands well before the end.
    big = await hub.addFile({ owner, repo: repos.slow, path: bigFile, source: fixture("smollm2-135m-shaped-q8_0"), bytesPerSecond: 64_000_000 });
  });

  after(async () => {
    await hub.close();
  });

  beforeEach(async () => {
    directory = await mkdtemp(path.join(os.tmpdir(), "tailor-download-"));
    hub.requests.length = 0;
  });

  afterEach(async () => {
    await rm(directory, { recursive: true, force: true });
  });

  it("downloads a model from an hf: URI with progress, and leaves only the verified .gguf", async () => {
    const progress: DownloadProgress[] = [];
    const result = await downloadModel(optionsFor(repos.good, tinyFile, { onProgress: (p) => progress.push(p) }));

    assert.equal(result.path, path.join(directory, tinyFile));
    assert.equal(result.sizeBytes, tiny.size);
    assert.equal(result.sha256, tiny.sha256);
    assert.equal(await sha256Of(result.path), tiny.sha256);
    assert.ok(progress.length >= 1, "no progress was reported");
    assert.equal(progress.at(-1)?.downloadedBytes, tiny.size);
    assert.equal(progress.at(-1)?.totalBytes, tiny.size);
    assert.deepEqual(await readdir(directory), [tinyFile]);

    // What the downloader asked the hub for: the resolve URL (our HEAD probe, then ipull's
    // header-only GET), then Range requests at the address the hub redirected to. No API calls.
    const resolvePath = `/${owner}/${repos.good}/resolve/main/${tinyFile}?download=true`;
    assert.ok(hub.requests.some((r) => r.method === "HEAD" && r.path === resolvePath));
    assert.ok(hub.requests.some((r) => r.method === "GET" && r.path === resolvePath && r.range === undefined));
    assert.ok(hub.requests.some((r) => r.method === "GET" && r.path.startsWith("/cdn/") && r.range !== undefined));
    assert.deepEqual(
      hub.requests.filter((r) => !r.path.startsWith("/cdn/") && r.path !== resolvePath),
      [],
    );
  });

  it("downloads from a plain http URL, named after its last path segment", async () => {
    const url = hub.cdnUrl(owner, repos.good, tinyFile);
    const result = await downloadModel({ uri: url, directory, workerDir });

    assert.equal(result.path, path.join(directory, tinyFile));
    assert.equal(await sha256Of(result.path), tiny.sha256);
    assert.deepEqual(await readdir(directory), [tinyFile]);
    assert.ok(hub.requests.every((r) => r.path.startsWith("/cdn/")), "an http URL was resolved through the hub");
  });

  it("resumes a cancelled download in a new process, fetching only what was missing", async () => {
    const controller = new AbortController();
    let cancelledAtBytes = 0;
    await expectDownloadError(
      downloadModel(
        optionsFor(repos.slow, bigFile, {
          signal: controller.signal,
          onProgress: (p) => {
            if (controller.signal.aborted || p.downloadedBytes < big.size * 0.4) return;
            cancelledAtBytes = p.downloadedBytes;
            controller.abort();
          },
        }),
      ),
      "cancelled",
    );
    assert.ok(cancelledAtBytes > 0 && cancelledAtBytes < big.size, "the cancel came after the download ended");
    assert.deepEqual(await ggufFiles(), [], "a cancelled download left a .gguf behind");
    assert.equal((await readdir(directory)).length, 1, "the partial download was not kept");

    const firstRun = hub.requests.length;
    const result = await downloadModel(optionsFor(repos.slow, bigFile));
    const secondRun = hub.requests.slice(firstRun);

    assert.equal(result.sha256, big.sha256);
    assert.equal(await sha256Of(result.path), big.sha256);
    assert.deepEqual(await readdir(directory), [bigFile]);
    const ranged = secondRun.filter((r) => r.range !== undefined);
    assert.ok(
      ranged.some((r) => (r.rangeStart ?? 0) > 0),
      "the second run asked for no range past the start",
    );
    // A download from scratch needs every byte again; a resumed one needs only what was missing.
    const refetched = ranged.reduce((sum, r) => sum + r.bodyBytesSent, 0);
    assert.ok(refetched < big.size, `the second run fetched ${refetched} of ${big.size} bytes: it did not resume`);
  });

  it("resumes after the host went away mid-download (a window reload)", async () => {
    // Speaks to the downloader as the extension host would, then drops the IPC channel as a
    // reloading host does; the downloader must stop cleanly and keep what it saved.
    const child = fork(path.join(workerDir, "downloader.js"), [], { execArgv: [], stdio: ["ignore", "ignore", "pipe", "ipc"] });
    const send = (message: HostToDownloader): void => void child.send(message);
    let disconnectedAtBytes = 0;
    child.on("message", (message: DownloaderToHost) => {
      if (message.type === "ready") send({ type: "proceed" });
      if (message.type === "progress" && child.connected && message.downloadedBytes >= big.size * 0.4) {
        disconnectedAtBytes = message.downloadedBytes;
        child.disconnect();
      }
    });
    const exited = once(child, "exit");
    send({ type: "download", uri: `hf:${owner}/${repos.slow}/${bigFile}`, directory, fileName: partialFileName(bigFile), huggingFaceEndpoint: hub.endpoint });
    const [exitCode] = (await exited) as [number | null];
    assert.equal(exitCode, 0);
    assert.ok(disconnectedAtBytes > 0 && disconnectedAtBytes < big.size, "the host left after the download ended");
    assert.deepEqual(await readdir(directory), [`${partialFileName(bigFile)}.ipull`]);

    const firstRun = hub.requests.length;
    const result = await downloadModel(optionsFor(repos.slow, bigFile));
    const refetched = hub.requests.slice(firstRun).reduce((sum, r) => sum + (r.range !== undefined ? r.bodyBytesSent : 0), 0);

    assert.equal(await sha256Of(result.path), big.sha256);
    assert.ok(refetched < big.size, `the second run fetched ${refetched} of ${big.size} bytes: it did not resume`);
  });

  it("fails with a network error when the server keeps cutting the connection, and installs nothing", async () => {
    const error = await expectDownloadError(downloadModel(optionsFor(repos.cut, tinyFile, { stallTimeoutMs: 1_500 })), "network");

    assert.match(error.message, new RegExp(`hf:${owner}/${repos.cut}/${tinyFile}`));
    assert.match(error.message, /connection/);
    assert.ok(
      hub.requests.some((r) => r.range !== undefined && r.bodyBytesSent === cutAfterBytes),
      "the hub never cut a response",
    );
    assert.deepEqual(await ggufFiles(), []);
  });

  it("rejects bytes that do not match the hub's SHA-256, and deletes them", async () => {
    const error = await expectDownloadError(downloadModel(optionsFor(repos.corrupt, tinyFile)), "hash-mismatch");

    assert.match(error.message, new RegExp(tiny.sha256));
    assert.ok(hub.requests.some((r) => r.range !== undefined && r.bodyBytesSent > 0), "no bytes were served");
    assert.deepEqual(await readdir(directory), []);
  });

  it("refuses when the expected size does not fit on the disk, before any request", async () => {
    const error = await expectDownloadError(
      downloadModel(optionsFor(repos.good, tinyFile, { expectedSizeBytes: tiny.size, freeDiskBytes: async () => 1_000 })),
      "disk-space",
    );

    assert.equal(hub.requests.length, 0);
    assert.match(error.message, /needs 518\.2 KB/);
    assert.match(error.message, /has 1\.0 KB free/);
    assert.deepEqual(await ggufFiles(), []);
  });

  it("refuses when the size the server announces does not fit, before fetching the body", async () => {
    await expectDownloadError(downloadModel(optionsFor(repos.good, tinyFile, { freeDiskBytes: async () => tiny.size - 1 })), "disk-space");

    assert.ok(hub.requests.length > 0, "the server was never asked for the size");
    assert.deepEqual(
      hub.requests.filter((r) => r.range !== undefined),
      [],
    );
    assert.deepEqual(await ggufFiles(), []);
  });

  it("names the model as the user knows it, not its hf: URI, when given a label", async () => {
    // An address where nothing listens: how an offline first-run download fails.
    const offline = await expectDownloadError(
      downloadModel(optionsFor(repos.good, tinyFile, { label: "Tiny A Instruct", huggingFaceEndpoint: "http://127.0.0.1:9" })),
      "network",
    );
    assert.match(offline.message, /to download Tiny A Instruct \(/);
    assert.doesNotMatch(offline.message, /hf:/);
    const cut = await expectDownloadError(downloadModel(optionsFor(repos.cut, tinyFile, { label: "Tiny A Instruct", stallTimeoutMs: 1_500 })), "network");
    assert.match(cut.message, /The download of Tiny A Instruct stopped/);
    assert.doesNotMatch(cut.message, /hf:/);
    assert.deepEqual(await ggufFiles(), []);
  });

  it("reports a missing file as an HTTP 404 naming the URI", async () => {
    const error = await expectDownloadError(downloadModel(optionsFor(repos.good, "missing.gguf")), "http");

    assert.equal(error.status, 404);
    assert.match(error.message, new RegExp(`hf:${owner}/${repos.good}/missing\\.gguf`));
    assert.deepEqual(await readdir(directory), []);
  });

  describe("through a proxy", () => {
    let proxy: FakeProxy;
    const saved: Record<string, string | undefined> = {};
    const bypassVariables = ["NO_PROXY", "no_proxy"];

    before(async () => {
      proxy = await FakeProxy.start();
      // The child inherits this environment; a NO_PROXY for 127.0.0.1 would skip the proxy.
      for (const name of bypassVariables) {
        saved[name] = process.env[name];
        delete process.env[name];
      }
    });

    after(async () => {
      for (const name of bypassVariables) if (saved[name] !== undefined) process.env[name] = saved[name];
      await proxy.close();
    });

    it("sends every request through the configured proxy", async () => {
      const result = await downloadModel(optionsFor(repos.good, tinyFile, { proxy: proxy.url }));

      assert.equal(await sha256Of(result.path), tiny.sha256);
      const hubAuthority = new URL(hub.endpoint).host;
      assert.ok(proxy.requests.length > 0, "nothing went through the proxy");
      assert.ok(
        proxy.requests.every((r) => r.target.includes(hubAuthority)),
        JSON.stringify(proxy.requests),
      );
      // Every request the hub saw arrived on one of the proxy's connections, none directly.
      assert.ok(hub.requests.length > 0);
      assert.deepEqual(
        hub.requests.filter((r) => r.remotePort === undefined || !proxy.upstreamPorts.has(r.remotePort)),
        [],
      );
    });
  });
});

import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import * as path from "node:path";
import { repoRoot } from "../support/paths";

/**
 * Starts the VS Code 1.139 server from the code-server npm package (installed offline by
 * scripts/install-vscode-server.sh) with Node 24, the way test/integration/README.md explains.
 */
const cacheDir = process.env.TAILOR_VSCODE_CACHE ?? path.join(repoRoot, ".vscode-test");
const node24 = path.join(cacheDir, "node-v24.9.0", "bin", "node");
const serverMain = path.join(cacheDir, "code-server-4.139.1", "node_modules", "code-server", "lib", "vscode", "out", "server-main.js");

export interface RunningServer {
  readonly port: number;
  readonly process: ChildProcess;
  readonly dataDir: string;
  url(workspace: string, payload: ReadonlyArray<readonly [string, string]>): string;
  remoteUri(absolutePath: string): string;
  stop(): Promise<void>;
}

export interface ServerOptions {
  /** Settings that apply on this machine (where machine-scoped settings such as tailor.model live). */
  readonly machineSettings: Record<string, unknown>;
  /**
   * For test runs only: lets the workbench run extensionTestsPath and the development extension.
   * It also hides every notification toast, so a workbench meant for people starts without it.
   */
  readonly smokeTestDriver: boolean;
  /** An extension folder to install, linked into the extensions folder as an installed extension. */
  readonly installedExtension?: string;
  readonly env?: NodeJS.ProcessEnv;
  readonly port?: number;
  readonly host?: string;
  readonly onOutput?: (line: string) => void;
}

export function ensureServerInstalled(): void {
  if (existsSync(node24) && existsSync(serverMain)) return;
  const install = spawnSync("bash", [path.join(repoRoot, "scripts", "install-vscode-server.sh")], { stdio: "inherit" });
  if (install.status !== 0) throw new Error("Installing the offline VS Code server failed (scripts/install-vscode-server.sh).");
}

export async function startServer(options: ServerOptions): Promise<RunningServer> {
  ensureServerInstalled();
  const dataDir = mkdtempSync(path.join(tmpdir(), "tailor-vscode-"));
  const serverData = path.join(dataDir, "server");
  const userData = path.join(dataDir, "user");
  // This server reads machine settings from <user-data-dir>/Machine, not <server-data-dir>/data/Machine.
  writeFileEnsuringDir(machineSettingsPath(userData), JSON.stringify(options.machineSettings, null, 2));
  const extensionsDir = path.join(dataDir, "extensions");
  mkdirSync(extensionsDir, { recursive: true });
  if (options.installedExtension) symlinkSync(options.installedExtension, path.join(extensionsDir, installedFolderName(options.installedExtension)), "dir");
  const host = options.host ?? "127.0.0.1";
  const child = spawn(
    node24,
    [
      serverMain,
      "--host", host,
      "--port", String(options.port ?? 0),
      "--without-connection-token",
      "--accept-server-license-terms",
      ...(options.smokeTestDriver ? ["--enable-smoke-test-driver"] : []),
      "--disable-telemetry",
      "--telemetry-level", "off",
      "--disable-workspace-trust",
      "--server-data-dir", serverData,
      "--user-data-dir", userData,
      "--extensions-dir", extensionsDir,
    ],
    { env: { ...process.env, ...options.env }, stdio: ["ignore", "pipe", "pipe"] },
  );
  const port = await new Promise<number>((resolve, reject) => {
    let seen = "";
    const onData = (data: Buffer) => {
      const text = data.toString();
      for (const line of text.split("\n")) if (line.trim()) options.onOutput?.(`[server] ${line}`);
      seen += text;
      const match = /Extension host agent listening on (\d+)/.exec(seen);
      if (match) resolve(Number(match[1]));
    };
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", (code) => reject(new Error(`The VS Code server exited (code ${code}) before listening:\n${seen.slice(-2000)}`)));
  });
  const authority = `${host}:${port}`;
  return {
    port,
    process: child,
    dataDir,
    remoteUri: (absolutePath) => `vscode-remote://${authority}${absolutePath}`,
    url: (workspace, payload) =>
      `http://${authority}/?folder=${encodeURIComponent(workspace)}&payload=${encodeURIComponent(JSON.stringify(payload))}`,
    stop: () =>
      new Promise<void>((resolve) => {
        const removeData = () => {
          rmSync(dataDir, { recursive: true, force: true });
          resolve();
        };
        if (child.exitCode !== null || child.signalCode !== null) return removeData();
        child.once("exit", removeData);
        child.kill("SIGTERM");
        setTimeout(() => child.kill("SIGKILL"), 5_000).unref();
      }),
  };
}

/** Where this VS Code server reads machine-scoped settings from, under its --user-data-dir. */
export function machineSettingsPath(userDataDir: string): string {
  return path.join(userDataDir, "Machine", "settings.json");
}

/** "publisher.name-version", the folder name VS Code gives an installed extension. */
function installedFolderName(extensionFolder: string): string {
  const manifest = JSON.parse(readFileSync(path.join(extensionFolder, "package.json"), "utf8")) as { publisher: string; name: string; version: string };
  return `${manifest.publisher}.${manifest.name}-${manifest.version}`;
}

function writeFileEnsuringDir(file: string, text: string): void {
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, text);
}

/** Chromium flags for a closed network (see the shared notes): no background connections. */
export const chromiumArgs = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

export const chromiumPath = process.env.TAILOR_CHROMIUM ?? "/usr/bin/chromium";

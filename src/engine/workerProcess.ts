import { fork, type ChildProcess } from "node:child_process";
import { Emitter } from "./emitter";
import { isWorkerToHost, type HostToWorker, type WorkerToHost } from "./protocol";

export interface WorkerExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** The last lines the worker wrote to stderr: where a native abort says why. */
  readonly stderrTail: string;
}

export interface WorkerLaunchOptions {
  readonly workerPath: string;
  /** Defaults to the current executable: Node, or Electron run as Node inside VS Code. */
  readonly execPath?: string;
  readonly log?: (line: string) => void;
  /** Extra environment for the worker. */
  readonly env?: NodeJS.ProcessEnv;
}

const stderrTailChars = 2_000;

/** One forked model worker process, with its messages validated and its exit reported once. */
export class WorkerProcess {
  private readonly child: ChildProcess;
  private readonly messages = new Emitter<WorkerToHost>();
  private readonly exits = new Emitter<WorkerExit>();
  private stderrTail = "";
  private exited = false;

  readonly onMessage = this.messages.event;
  readonly onExit = this.exits.event;

  constructor(options: WorkerLaunchOptions) {
    this.child = fork(options.workerPath, [], {
      execPath: options.execPath,
      execArgv: [],
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      env: {
        ...process.env,
        ...options.env,
        // Inside VS Code the executable is Electron; this makes it behave as plain Node.
        ELECTRON_RUN_AS_NODE: "1",
        // Measured (shared notes): with libuv's default 4 pool threads each llama_decode may run on
        // a different thread, which costs about half the generation speed on 2 cores. It must be
        // set before the process starts.
        UV_THREADPOOL_SIZE: "1",
      },
    });
    this.child.stdout?.on("data", (data: Buffer) => options.log?.(`[worker] ${data.toString().trimEnd()}`));
    this.child.stderr?.on("data", (data: Buffer) => {
      const text = data.toString();
      this.stderrTail = (this.stderrTail + text).slice(-stderrTailChars);
      options.log?.(`[worker stderr] ${text.trimEnd()}`);
    });
    this.child.on("message", (raw: unknown) => {
      if (isWorkerToHost(raw)) this.messages.fire(raw);
      else options.log?.(`[worker] ignored a malformed message: ${JSON.stringify(raw).slice(0, 200)}`);
    });
    this.child.on("error", (error) => {
      options.log?.(`[worker] process error: ${error.message}`);
      this.reportExit(null, null);
    });
    this.child.on("exit", (code, signal) => this.reportExit(code, signal));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return !this.exited;
  }

  send(message: HostToWorker): boolean {
    if (this.exited || !this.child.connected) return false;
    this.child.send(message);
    return true;
  }

  /** Asks the worker to free the model and exit; kills it if it has not gone in time. */
  dispose(graceMs = 2_000): void {
    if (this.exited) return;
    this.send({ type: "dispose" });
    const timer = setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    timer.unref();
    this.child.once("exit", () => clearTimeout(timer));
  }

  private reportExit(code: number | null, signal: NodeJS.Signals | null): void {
    if (this.exited) return;
    this.exited = true;
    this.exits.fire({ code, signal, stderrTail: this.stderrTail });
    this.messages.dispose();
    this.exits.dispose();
  }
}

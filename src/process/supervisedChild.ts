import { fork, type ChildProcess, type Serializable } from "node:child_process";
import { Emitter } from "../core/emitter";

export interface ChildExit {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  /** The last lines the child wrote to stderr: where a native abort says why. */
  readonly stderrTail: string;
  /** Set when the child could not be started or reached, rather than exiting. */
  readonly error?: Error;
}

export interface SupervisedChildOptions<Incoming> {
  readonly modulePath: string;
  /** What the log calls the child: "[worker] …", "[downloader stderr] …". */
  readonly name: string;
  /** Defaults to the current executable: Node, or Electron run as Node inside VS Code. */
  readonly execPath?: string;
  /** Added to this process's environment. */
  readonly env?: NodeJS.ProcessEnv;
  readonly isMessage: (raw: unknown) => raw is Incoming;
  /**
   * "close" waits until the IPC channel has delivered the child's last message, for a child
   * whose last message is its result; "exit" reports as soon as the process is gone.
   */
  readonly exitEvent?: "exit" | "close";
  readonly log?: (line: string) => void;
}

const stderrTailChars = 2_000;

/**
 * One forked Node child: its messages validated, its output logged, its exit reported once, and
 * a stop that asks first and kills only when the child has not gone in time.
 */
export class SupervisedChild<Incoming, Outgoing extends Serializable> {
  private readonly child: ChildProcess;
  private readonly messages = new Emitter<Incoming>();
  private readonly exits = new Emitter<ChildExit>();
  private stderrTail = "";
  private hasExited = false;
  private killTimer: NodeJS.Timeout | undefined;
  private markExited!: () => void;
  /** Resolves once the child has gone, however it went. */
  readonly exited: Promise<void> = new Promise((resolve) => (this.markExited = resolve));

  readonly onMessage = this.messages.event;
  readonly onExit = this.exits.event;

  constructor(options: SupervisedChildOptions<Incoming>) {
    const { name, log } = options;
    this.child = fork(options.modulePath, [], {
      execPath: options.execPath,
      execArgv: [],
      stdio: ["ignore", "pipe", "pipe", "ipc"],
      env: {
        ...process.env,
        ...options.env,
        // Inside VS Code the executable is Electron; this makes it behave as plain Node.
        ELECTRON_RUN_AS_NODE: "1",
      },
    });
    this.child.stdout?.on("data", (data: Buffer) => log?.(`[${name}] ${data.toString().trimEnd()}`));
    this.child.stderr?.on("data", (data: Buffer) => {
      const text = data.toString();
      this.stderrTail = (this.stderrTail + text).slice(-stderrTailChars);
      log?.(`[${name} stderr] ${text.trimEnd()}`);
    });
    this.child.on("message", (raw: unknown) => {
      if (options.isMessage(raw)) this.messages.fire(raw);
      else log?.(`[${name}] ignored a malformed message: ${JSON.stringify(raw).slice(0, 200)}`);
    });
    this.child.on("error", (error) => {
      log?.(`[${name}] process error: ${error.message}`);
      this.reportExit(null, null, error);
    });
    this.child.on(options.exitEvent ?? "exit", (code: number | null, signal: NodeJS.Signals | null) => this.reportExit(code, signal));
  }

  get pid(): number | undefined {
    return this.child.pid;
  }

  get alive(): boolean {
    return !this.hasExited;
  }

  send(message: Outgoing): boolean {
    if (this.hasExited || !this.child.connected) return false;
    this.child.send(message);
    return true;
  }

  /** Sends `message` (a request to stop), and kills the child if it has not gone after `graceMs`. */
  stop(message: Outgoing, graceMs: number): void {
    if (this.hasExited) return;
    this.send(message);
    this.killTimer ??= setTimeout(() => this.child.kill("SIGKILL"), graceMs);
    this.killTimer.unref();
  }

  private reportExit(code: number | null, signal: NodeJS.Signals | null, error?: Error): void {
    if (this.hasExited) return;
    this.hasExited = true;
    clearTimeout(this.killTimer);
    this.markExited();
    this.exits.fire({ code, signal, stderrTail: this.stderrTail, error });
    this.messages.dispose();
    this.exits.dispose();
  }
}

import { SupervisedChild, type ChildExit } from "../process/supervisedChild";
import { isWorkerToHost, type HostToWorker, type WorkerToHost } from "./protocol";

export type WorkerExit = ChildExit;

export interface WorkerLaunchOptions {
  readonly workerPath: string;
  /** Defaults to the current executable: Node, or Electron run as Node inside VS Code. */
  readonly execPath?: string;
  readonly log?: (line: string) => void;
  /** Extra environment for the worker. */
  readonly env?: NodeJS.ProcessEnv;
}

/** One forked model worker process, speaking the engine's protocol. */
export class WorkerProcess extends SupervisedChild<WorkerToHost, HostToWorker> {
  constructor(options: WorkerLaunchOptions) {
    super({
      modulePath: options.workerPath,
      name: "worker",
      execPath: options.execPath,
      log: options.log,
      isMessage: isWorkerToHost,
      env: {
        ...options.env,
        // Measured (shared notes): with libuv's default 4 pool threads each llama_decode may run on
        // a different thread, which costs about half the generation speed on 2 cores. It must be
        // set before the process starts.
        UV_THREADPOOL_SIZE: "1",
      },
    });
  }

  /** Asks the worker to free the model and exit; kills it if it has not gone in time. */
  dispose(graceMs = 2_000): void {
    this.stop({ type: "dispose" }, graceMs);
  }
}

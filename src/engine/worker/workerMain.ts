/**
 * The model worker: a separate Node process that owns node-llama-cpp. A native abort inside
 * llama.cpp ends this process only; the extension host sees the exit and recovers.
 */
import { isHostToWorker, type HostToWorker, type WorkerToHost } from "../protocol";
import { ModelRuntime } from "./modelRuntime";

function send(message: WorkerToHost): void {
  process.send?.(message);
}

const runtime = new ModelRuntime(send);
let queue: Promise<void> = Promise.resolve();
/** Chats on their own lanes (sequences), running side by side. */
const lanes = new Set<Promise<void>>();

process.on("message", (raw: unknown) => {
  if (!isHostToWorker(raw)) {
    send({ type: "log", message: `worker ignored a malformed message: ${JSON.stringify(raw).slice(0, 200)}` });
    return;
  }
  handle(raw);
});

function handle(message: HostToWorker): void {
  switch (message.type) {
    case "cancel":
      // Not queued: a cancel must reach the generation that is running now.
      runtime.cancel(message.id);
      return;
    case "dispose":
      void runtime.dispose().finally(() => process.exit(0));
      return;
    default:
      if (message.type === "generate" && message.lane !== undefined) {
        // After whatever was queued before it (a load), but beside the other lanes.
        const lane: Promise<void> = queue.then(() => runtime.handle(message)).catch(logError);
        lanes.add(lane);
        void lane.finally(() => lanes.delete(lane));
        return;
      }
      // Loads, unloads and other requests run one after another, once every lane has finished.
      queue = queue
        .then(() => Promise.all(lanes))
        .then(() => runtime.handle(message))
        .catch(logError);
  }
}

function logError(error: unknown): void {
  send({ type: "log", message: `worker error: ${String(error)}` });
}

// The host went away (closed, crashed, reloaded): nobody is left to serve.
process.on("disconnect", () => {
  void runtime.dispose().finally(() => process.exit(0));
});

process.on("uncaughtException", (error) => {
  send({ type: "log", message: `worker uncaught exception: ${error.stack ?? String(error)}` });
  process.exit(70);
});

send({ type: "ready", pid: process.pid });

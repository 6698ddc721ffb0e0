import * as assert from "node:assert/strict";
import type { RequestPriority } from "../../../src/engine/engineTypes";
import { lanesToLoad, RequestScheduler, type ScheduledRequest } from "../../../src/engine/requestScheduler";

interface FakeRequest extends ScheduledRequest {
  finish(): void;
}

function request(id: number, priority: RequestPriority, parallel?: number): FakeRequest {
  return { id, priority, options: { parallel }, settled: false, finish: () => undefined };
}

/** A scheduler whose requests run until the test finishes them; `lanes` is what the "loaded model" has. */
function scheduler(lanes: number | undefined) {
  const started: FakeRequest[] = [];
  const idle: boolean[] = [];
  const instance = new RequestScheduler<FakeRequest>(
    (request) =>
      new Promise<void>((resolve) => {
        request.finish = () => {
          request.settled = true;
          resolve();
        };
        started.push(request);
      }),
    () => lanes,
    (isIdle) => idle.push(isIdle),
  );
  return { instance, started, idle };
}

const settle = () => new Promise((resolve) => setImmediate(resolve));

describe("RequestScheduler", () => {
  it("runs one request at a time, user before batch before background, each in arrival order", async () => {
    const { instance, started, idle } = scheduler(undefined);
    const first = request(1, "background");
    instance.add(first);
    for (const next of [request(2, "background"), request(3, "batch"), request(4, "user"), request(5, "user")]) instance.add(next);
    assert.deepEqual(started.map((r) => r.id), [1]);
    for (let i = 0; i < 5; i++) {
      started[i]!.finish();
      await settle();
    }
    assert.deepEqual(started.map((r) => r.id), [1, 4, 5, 3, 2]);
    assert.equal(idle.at(-1), true);
    assert.equal(instance.busy, false);
  });

  it("runs a rewrite before other waiting requests of its priority, but never before a higher one", async () => {
    const { instance, started } = scheduler(undefined);
    instance.add(request(1, "batch"));
    for (const next of [request(2, "batch"), request(3, "batch"), { ...request(4, "batch"), options: { aheadOfItsPriority: true } }, request(5, "user")]) instance.add(next);
    for (let i = 0; i < 5; i++) {
      started[i]!.finish();
      await settle();
    }
    assert.deepEqual(started.map((r) => r.id), [1, 5, 4, 2, 3]);
  });

  it("starts batch requests side by side on free lanes once the model is loaded", () => {
    const { instance, started } = scheduler(4);
    for (let id = 1; id <= 4; id++) instance.add(request(id, "batch", 3));
    instance.pump();
    assert.deepEqual(started.map((r) => [r.id, r.lane]), [[1, 0], [2, 1], [3, 2]]);
    assert.equal(instance.runningCount, 3);
  });

  it("names the background requests a user request pushes aside, and takes queued ones out", () => {
    const { instance } = scheduler(undefined);
    const running = request(1, "background");
    const queued = request(2, "background");
    instance.add(running);
    instance.add(queued);
    assert.deepEqual(instance.preemptedBy("background"), []);
    assert.deepEqual(instance.preemptedBy("user").map((r) => r.id), [2, 1]);
    assert.equal(instance.remove(queued), true);
    assert.equal(instance.remove(running), false);
    assert.equal(instance.isRunning(running), true);
  });

  it("loads one chat sequence per parallel batch request, at most 16, and one for the others", () => {
    assert.equal(lanesToLoad(request(1, "batch", 4)), 4);
    assert.equal(lanesToLoad(request(1, "batch", 99)), 16);
    assert.equal(lanesToLoad(request(1, "batch", 0)), 1);
    assert.equal(lanesToLoad(request(1, "user", 4)), 1);
  });
});

import type { RequestPriority } from "./engineTypes";

/** What the scheduler needs to know of a request. */
export interface ScheduledRequest {
  readonly id: number;
  readonly priority: RequestPriority;
  readonly options: { readonly parallel?: number; readonly aheadOfItsPriority?: boolean };
  settled: boolean;
  /** The chat sequence a running batch request generates on. */
  lane?: number;
}

/**
 * Decides which request runs when. User requests go first, then batch, then background, each in
 * arrival order; a user or batch request pushes background ones aside. One request runs at a
 * time, except batch requests, which share the loaded model's chat sequences ("lanes").
 */
export class RequestScheduler<Request extends ScheduledRequest> {
  private readonly queue: Request[] = [];
  private readonly running = new Set<Request>();

  constructor(
    /** Runs a request; the scheduler starts the next ones when its promise settles. */
    private readonly start: (request: Request) => Promise<void>,
    /** Chat sequences of the loaded model, or undefined while none is loaded. */
    private readonly lanesLoaded: () => number | undefined,
    /** Called after each round of starting requests, with whether nothing is left running. */
    private readonly onPumped: (idle: boolean) => void,
  ) {}

  get runningCount(): number {
    return this.running.size;
  }

  get busy(): boolean {
    return this.running.size > 0 || this.queue.length > 0;
  }

  /** Every queued and running request. */
  all(): Request[] {
    return [...this.queue, ...this.running];
  }

  isRunning(request: Request): boolean {
    return this.running.has(request);
  }

  /** The background requests `priority` pushes aside: none for another background request. */
  preemptedBy(priority: RequestPriority): Request[] {
    if (priority === "background") return [];
    return this.all().filter((request) => request.priority === "background" && !request.settled);
  }

  add(request: Request): void {
    this.queue.push(request);
    // Stable: user requests first, then batch, then background; within each, requests that finish
    // work already begun (a rewrite) first; then arrival order.
    this.queue.sort((a, b) => rank(a.priority) - rank(b.priority) || Number(b.options.aheadOfItsPriority ?? false) - Number(a.options.aheadOfItsPriority ?? false) || a.id - b.id);
    this.pump();
  }

  /** Takes a request out of the queue; false when it was not waiting there. */
  remove(request: Request): boolean {
    const queued = this.queue.indexOf(request);
    if (queued < 0) return false;
    this.queue.splice(queued, 1);
    return true;
  }

  clearQueue(): void {
    this.queue.length = 0;
  }

  /** Starts what the queue allows now: its head alone, or more batch requests beside running ones. */
  pump(): void {
    while (this.queue.length > 0) {
      const next = this.queue[0]!;
      if (next.settled) {
        this.queue.shift();
        continue;
      }
      const lane = this.freeLaneFor(next);
      if (lane === undefined) break;
      this.queue.shift();
      next.lane = next.priority === "batch" ? lane : undefined;
      this.running.add(next);
      void this.start(next).finally(() => {
        this.running.delete(next);
        this.pump();
      });
    }
    this.onPumped(this.running.size === 0);
  }

  /** The lane a request may start on now, or undefined when it must wait. */
  private freeLaneFor(next: Request): number | undefined {
    if (this.running.size === 0) return 0;
    // Beside running requests only batch requests start, and only once the model with their
    // lanes is loaded (the first one loads it alone).
    const loadedLanes = this.lanesLoaded();
    if (next.priority !== "batch" || loadedLanes === undefined || ![...this.running].every((p) => p.priority === "batch" && p.lane !== undefined)) return undefined;
    const lanes = Math.min(loadedLanes, lanesToUse(next));
    const taken = new Set([...this.running].map((p) => p.lane));
    for (let lane = 0; lane < lanes; lane++) if (!taken.has(lane)) return lane;
    return undefined;
  }
}

/**
 * Chat sequences a request needs loaded: its parallelism for batch requests, else one. Parallelism
 * 0 means "whatever the worker made": it makes extra sequences on a GPU, where they pay.
 */
export function lanesToLoad(request: ScheduledRequest): number {
  const parallel = request.priority === "batch" ? Math.floor(request.options.parallel ?? 1) : 1;
  return Math.max(1, Math.min(maxLanes, parallel));
}

/** How many lanes a batch request may share with others of its kind. */
function lanesToUse(request: ScheduledRequest): number {
  const parallel = Math.floor(request.options.parallel ?? 1);
  return parallel === 0 ? maxLanes : Math.max(1, Math.min(maxLanes, parallel));
}

function rank(priority: RequestPriority): number {
  return priority === "user" ? 0 : priority === "batch" ? 1 : 2;
}

const maxLanes = 16;

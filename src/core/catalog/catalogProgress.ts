import type { JournalStatus } from "./journal";

export interface CatalogProgress {
  readonly done: number;
  readonly total: number;
  readonly written: number;
  readonly skipped: number;
  readonly flagged: number;
  readonly failed: number;
  /** Products generated per minute in this session; absent until one is. */
  readonly ratePerMinute?: number;
  readonly etaMs?: number;
  /** The product the model most recently began writing. */
  readonly current?: string;
}

/**
 * Counts outcomes and estimates the rate from products generated in this session only: products
 * taken from the journal or skipped without the model took no time and would inflate it.
 */
export class ProgressMeter {
  private readonly counts: Record<JournalStatus, number> = { written: 0, skipped: 0, flagged: 0, failed: 0 };
  private generated = 0;
  private current: string | undefined;

  constructor(
    private readonly total: number,
    private readonly startedAt: number = Date.now(),
    private readonly now: () => number = Date.now,
  ) {}

  started(name: string): void {
    this.current = name;
  }

  finished(status: JournalStatus, generated: boolean): void {
    this.counts[status]++;
    if (generated) this.generated++;
  }

  snapshot(): CatalogProgress {
    const { written, skipped, flagged, failed } = this.counts;
    const done = written + skipped + flagged + failed;
    const minutes = (this.now() - this.startedAt) / 60_000;
    const rate = this.generated > 0 && minutes > 0 ? this.generated / minutes : undefined;
    return {
      done,
      total: this.total,
      written,
      skipped,
      flagged,
      failed,
      ...(rate === undefined ? {} : { ratePerMinute: rate, etaMs: ((this.total - done) / rate) * 60_000 }),
      ...(this.current === undefined ? {} : { current: this.current }),
    };
  }
}

export type Settled<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: unknown };

/**
 * Starts `work` and waits for it, or only until `signal` aborts (then undefined): work that ignores
 * its signal must not hold up a cancel. A synchronous throw counts as a failure of the work.
 */
export function settleUnlessAborted<T>(work: () => Promise<T>, signal: AbortSignal): Promise<Settled<T> | undefined> {
  const settled = new Promise<T>((resolve) => resolve(work())).then(
    (value): Settled<T> => ({ ok: true, value }),
    (error: unknown): Settled<T> => ({ ok: false, error }),
  );
  if (signal.aborted) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    const onAbort = () => resolve(undefined);
    signal.addEventListener("abort", onAbort, { once: true });
    void settled.then((outcome) => {
      signal.removeEventListener("abort", onAbort);
      resolve(outcome);
    });
  });
}

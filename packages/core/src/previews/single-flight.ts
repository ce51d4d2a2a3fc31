/**
 * Shares one in-flight promise among concurrent callers with the same key, so N concurrent cache
 * misses in one process make one generator call. The entry is dropped when the promise settles:
 * it is a meeting point for callers already waiting, not a cache.
 */
export class SingleFlight {
  readonly #inflight = new Map<string, Promise<unknown>>();

  /** Runs `fn`, or joins the run already in flight for `key`. */
  run<T>(key: string, fn: () => Promise<T>): { promise: Promise<T>; joined: boolean } {
    const current = this.#inflight.get(key) as Promise<T> | undefined;
    if (current !== undefined) return { promise: current, joined: true };
    const promise = fn().finally(() => {
      if (this.#inflight.get(key) === promise) this.#inflight.delete(key);
    });
    this.#inflight.set(key, promise);
    return { promise, joined: false };
  }

  /** Runs in flight, for tests and diagnostics. */
  get size(): number {
    return this.#inflight.size;
  }
}

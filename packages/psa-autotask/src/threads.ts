/**
 * Autotask's thread limit: at most 3 requests in flight per endpoint (Tickets, TicketNotes, …) per
 * integration; a fourth is refused (Itgenatr005). Retrying such refusals works, but each attempt
 * spends a request of the tenant's hourly budget. So the adapter never sends the fourth: calls
 * beyond the limit wait here for a free thread, in the order they came. One gate per integration
 * in the process, shared by every adapter built for it.
 *
 * @module
 */

/** Gives back a thread; calling it again does nothing. */
export type ReleaseThread = () => void;

export class ThreadGate {
  static readonly #shared = new Map<string, ThreadGate>();

  /** The gate of one integration (the same key as its request budget). */
  static shared(key: string, limit: number): ThreadGate {
    const gate = ThreadGate.#shared.get(key) ?? new ThreadGate(limit);
    ThreadGate.#shared.set(key, gate);
    return gate;
  }

  readonly #limit: number;
  readonly #busy = new Map<string, number>();
  readonly #waiting = new Map<string, Array<() => void>>();

  constructor(limit: number) {
    this.#limit = limit;
  }

  /** Waits for a free thread on `endpoint` (case aside) and takes it. */
  async acquire(endpoint: string): Promise<ReleaseThread> {
    const key = endpoint.toLowerCase();
    if ((this.#busy.get(key) ?? 0) >= this.#limit) {
      await new Promise<void>((resolve) => {
        const queue = this.#waiting.get(key) ?? [];
        queue.push(resolve);
        this.#waiting.set(key, queue);
      });
    } else {
      this.#busy.set(key, (this.#busy.get(key) ?? 0) + 1);
    }
    let released = false;
    return () => {
      if (released) return;
      released = true;
      // The thread passes straight to the next waiter, if any; otherwise it is free.
      const next = this.#waiting.get(key)?.shift();
      if (next !== undefined) next();
      else this.#busy.set(key, (this.#busy.get(key) ?? 1) - 1);
    };
  }

  /** Threads in use on `endpoint`. */
  inUse(endpoint: string): number {
    return this.#busy.get(endpoint.toLowerCase()) ?? 0;
  }
}

// Exclusive sections inside one process. Database locks cover other processes; these keep callers
// of one process from interleaving on a single connection and from each holding a connection while
// they wait for the same lock.

/** A first-come, first-served async mutex. */
export class Mutex {
  #tail: Promise<void> = Promise.resolve();

  /** Runs `fn` once every earlier caller has finished. */
  async run<T>(fn: () => Promise<T>): Promise<T> {
    const previous = this.#tail;
    let release!: () => void;
    this.#tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    await previous;
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

/** One {@link Mutex} per key, forgotten once nobody holds or waits for it. */
export class KeyedMutex {
  readonly #entries = new Map<string, { mutex: Mutex; users: number }>();

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    let entry = this.#entries.get(key);
    if (entry === undefined) {
      entry = { mutex: new Mutex(), users: 0 };
      this.#entries.set(key, entry);
    }
    entry.users++;
    try {
      return await entry.mutex.run(fn);
    } finally {
      entry.users--;
      if (entry.users === 0) this.#entries.delete(key);
    }
  }
}

const byOwner = new WeakMap<object, KeyedMutex>();

/**
 * The keyed mutex of a pool or PGlite instance, so that every store built over the same database
 * object shares it.
 */
export function keyedMutexOf(owner: object): KeyedMutex {
  let mutex = byOwner.get(owner);
  if (mutex === undefined) {
    mutex = new KeyedMutex();
    byOwner.set(owner, mutex);
  }
  return mutex;
}

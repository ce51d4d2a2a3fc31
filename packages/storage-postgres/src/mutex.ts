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

/**
 * A first-come, first-served mutex per key, forgotten once nobody holds or waits for it. Each key
 * keeps only the promise its last caller settles: a caller with nobody ahead of it runs at once,
 * without a mutex object or a wait of its own, which is the common case for session writers.
 */
export class KeyedMutex {
  readonly #tails = new Map<string, Promise<void>>();

  async run<T>(key: string, fn: () => Promise<T>): Promise<T> {
    const previous = this.#tails.get(key);
    let release!: () => void;
    const tail = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.#tails.set(key, tail);
    try {
      if (previous !== undefined) await previous;
      return await fn();
    } finally {
      release();
      // Later callers queued behind this one and left their own tail: only the last one deletes.
      if (this.#tails.get(key) === tail) this.#tails.delete(key);
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

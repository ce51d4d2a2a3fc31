import type { Clock } from '../util/clock.js';

/**
 * A map whose entries expire `ttlMs` after they were set; `ttlMs` 0 keeps nothing. Bounded to
 * 10,000 entries (the oldest goes first): an adapter serving many tickets must not grow without end.
 */
export class TtlCache<K, V> {
  readonly #entries = new Map<K, { value: V; expires: number }>();
  readonly #ttlMs: number;
  readonly #clock: Clock;

  constructor(ttlMs: number, clock: Clock) {
    this.#ttlMs = ttlMs;
    this.#clock = clock;
  }

  get(key: K): V | undefined {
    const entry = this.#entries.get(key);
    if (entry === undefined) return undefined;
    if (this.#clock.now().getTime() >= entry.expires) {
      this.#entries.delete(key);
      return undefined;
    }
    return entry.value;
  }

  set(key: K, value: V): void {
    if (this.#ttlMs <= 0) return;
    if (this.#entries.size >= 10_000) this.#entries.delete(this.#entries.keys().next().value as K);
    this.#entries.set(key, { value, expires: this.#clock.now().getTime() + this.#ttlMs });
  }

  delete(key: K): void {
    this.#entries.delete(key);
  }

  clear(): void {
    this.#entries.clear();
  }
}

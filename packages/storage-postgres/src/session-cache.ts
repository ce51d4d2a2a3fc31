/** A session as this store last wrote it: the committed JSON and the row's revision. */
export interface CachedSession {
  json: string;
  revision: string;
  /**
   * Whether the write that left this revision saw the session's writeback row with neither a
   * claim nor a journal, in a state a later claim must move the revision past (sessions.ts). Only
   * then may the next write skip looking at the writeback row.
   */
  writebackClear: boolean;
}

/**
 * The sessions this store wrote most recently, so that the next mutation of one can go straight
 * to its compare-and-set without reading the row first. An entry is only a guess: the write
 * still checks the revision, and a session another instance changed since simply fails that check
 * and is read afresh. Bounded by total JSON size, oldest written first out.
 */
export class SessionCache {
  readonly #entries = new Map<string, CachedSession>();
  #chars = 0;

  constructor(
    private readonly maxChars = 8_000_000,
    private readonly maxEntryChars = 256_000,
  ) {}

  get(key: string): CachedSession | undefined {
    return this.#entries.get(key);
  }

  set(key: string, entry: CachedSession): void {
    this.delete(key);
    if (entry.json.length > this.maxEntryChars) return;
    this.#entries.set(key, entry);
    this.#chars += entry.json.length;
    if (this.#chars <= this.maxChars) return;
    for (const [oldest, value] of this.#entries) {
      if (this.#chars <= this.maxChars) break;
      this.#entries.delete(oldest);
      this.#chars -= value.json.length;
    }
  }

  delete(key: string): void {
    const entry = this.#entries.get(key);
    if (entry === undefined) return;
    this.#entries.delete(key);
    this.#chars -= entry.json.length;
  }
}

/**
 * Hosted Halo allows 300 requests per rolling five minutes ("Rate Limit Reached - 300 Requests per
 * rolling 5 minute window"). A fixed backoff does not fit a rolling window: after a burst, room
 * comes back only as each call of the burst ages out. So every call is budgeted here before it is
 * sent, and a 429 blocks the window until the oldest call leaves it (or for `Retry-After`).
 *
 * @module
 */

/** A budget of `requests` per rolling `windowMs`. */
export class RollingWindow {
  readonly #sent: number[] = [];
  #blockedUntil = 0;

  constructor(
    private readonly limit: { requests: number; windowMs: number },
    private readonly now: () => number,
  ) {}

  #roll(now: number): void {
    while (this.#sent.length > 0 && (this.#sent[0] ?? 0) <= now - this.limit.windowMs) this.#sent.shift();
  }

  /** Milliseconds until one more call fits; 0 when it fits now. */
  waitMs(): number {
    const now = this.now();
    this.#roll(now);
    const full =
      this.#sent.length >= this.limit.requests ? (this.#sent[0] ?? now) + this.limit.windowMs - now : 0;
    return Math.max(0, full, this.#blockedUntil - now);
  }

  /** Counts a call sent now. */
  record(): void {
    this.#sent.push(this.now());
  }

  /**
   * Halo answered 429: no call goes out for `waitMs`, or, when Halo named no wait, until this
   * window's oldest call ages out (`fallbackMs` when none is in it: others spent the budget).
   * Returns the wait.
   */
  block(waitMs: number | undefined, fallbackMs: number): number {
    const now = this.now();
    this.#roll(now);
    const oldest = this.#sent[0];
    const wait = waitMs ?? (oldest === undefined ? fallbackMs : oldest + this.limit.windowMs - now);
    this.#blockedUntil = Math.max(this.#blockedUntil, now + wait);
    return wait;
  }
}

const windows = new Map<string, RollingWindow>();

/**
 * The window of one Halo application (instance and Client ID): Halo counts per application, so
 * every adapter built for it in this process (a per-account resolver may build many) shares one.
 */
export function windowFor(
  key: string,
  limit: { requests: number; windowMs: number },
  now: () => number,
): RollingWindow {
  let window = windows.get(key);
  if (window === undefined) {
    window = new RollingWindow(limit, now);
    windows.set(key, window);
  }
  return window;
}

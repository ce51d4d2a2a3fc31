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
  static readonly #shared = new Map<string, RollingWindow>();

  /**
   * The window of one Halo application (instance and Client ID): the limit belongs to Halo, not to
   * an adapter object, so every adapter built for it in this process (a per-account resolver may
   * build many) shares one.
   */
  static for(key: string, limit: { requests: number; windowMs: number }, now: () => number): RollingWindow {
    const window = RollingWindow.#shared.get(key) ?? new RollingWindow(limit, now);
    RollingWindow.#shared.set(key, window);
    return window;
  }

  #calls: Array<{ at: number }> = [];
  #blockedUntil = 0;

  constructor(
    private readonly limit: { requests: number; windowMs: number },
    private readonly now: () => number,
  ) {}

  /** The times of the calls still in the window, oldest first. */
  #live(now: number): number[] {
    this.#calls = this.#calls.filter((c) => c.at > now - this.limit.windowMs);
    return this.#calls.map((c) => c.at).sort((a, b) => a - b);
  }

  /** Milliseconds until one more call fits; 0 when it fits now. */
  waitMs(): number {
    const now = this.now();
    const live = this.#live(now);
    const excess = live.length - this.limit.requests;
    const full = excess >= 0 ? (live[excess] ?? now) + this.limit.windowMs - now : 0;
    return Math.max(0, full, this.#blockedUntil - now);
  }

  /**
   * Counts a call sent now. `answered()` moves it to when its answer came: Halo counted it somewhere
   * in between, so the later time is the one that never frees room too early.
   */
  record(): { answered(): void } {
    const call = { at: this.now() };
    this.#calls.push(call);
    return { answered: () => Object.assign(call, { at: this.now() }) };
  }

  /**
   * Halo answered 429: no call goes out for `waitMs`, or, when Halo named no wait, until this
   * window's oldest call ages out (a whole window when none is in it: others spent the budget).
   * Returns the wait.
   */
  block(waitMs: number | undefined): number {
    const now = this.now();
    const wait = waitMs ?? (this.#live(now)[0] ?? now) + this.limit.windowMs - now;
    this.#blockedUntil = Math.max(this.#blockedUntil, now + wait);
    return wait;
  }
}

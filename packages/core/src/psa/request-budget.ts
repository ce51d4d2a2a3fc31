/**
 * A PSA tenant's request budget: N requests per rolling window, shared by every integration on the
 * tenant (Autotask: 10,000 an hour per database; hosted Halo: 300 per five minutes per instance).
 * A fixed backoff does not fit a rolling window: after a burst, room comes back only as each call
 * of the burst ages out. So an adapter budgets every call before it sends it:
 *
 * - `reserve(call)` waits until the call fits, or fails at once (retryable, `reason: 'rate_limited'`,
 *   `retryAfterSeconds`, nothing sent) when the wait is longer than `maxWaitMs`;
 * - from `slowFrom` of the limit on, calls are spaced evenly over what is left of the window, so
 *   the tenant's other integrations are not starved and the limit is approached, not hit;
 * - `report(used)` takes the vendor's own count (Autotask's `ThresholdInformation`), which includes
 *   every other integration's calls: the budget then counts from there;
 * - `block(ms)` stops every call after a refusal (a 429), for the vendor's `Retry-After` or until
 *   the oldest call leaves the window.
 *
 * One budget per tenant and process: {@link RequestBudget.shared} hands every adapter built for the
 * same key (a per-account resolver may build many) the same budget.
 *
 * @module
 */
import { PsaRequestError } from '../errors.js';
import type { PsaCall } from './request-errors.js';

/** The limit a budget enforces. */
export interface RequestBudgetLimit {
  /** Requests per window. */
  requests: number;
  /** The rolling window, in milliseconds. */
  windowMs: number;
  /**
   * The share of `requests` from which calls are spaced out (default 1: never). Autotask adds
   * latency from half its limit; spacing calls from there keeps the tenant off the limit.
   */
  slowFrom?: number;
  /** The longest a call waits for room before failing at once, in milliseconds. */
  maxWaitMs: number;
}

/** How much of the budget is spent, as far as this process knows. */
export interface RequestBudgetUsage {
  /** Requests counted in the current window: the vendor's last count plus the calls since, or this process's own. */
  used: number;
  limit: number;
  windowMs: number;
}

/** A call counted in the budget; `answered()` moves it to when its answer came. */
export interface BudgetedCall {
  answered(): void;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A request budget of `requests` per rolling `windowMs`; see the module documentation. */
export class RequestBudget {
  static readonly #shared = new Map<string, RequestBudget>();

  /**
   * The budget of one tenant (e.g. `autotask|{zone}|{user}` or `halo|{url}|{clientId}`): the limit
   * belongs to the vendor, not to an adapter object, so every adapter built for it in this process
   * shares one. The first adapter's limit is kept; a later one with a lower limit lowers it.
   */
  static shared(key: string, limit: RequestBudgetLimit, now: () => number): RequestBudget {
    const existing = RequestBudget.#shared.get(key);
    if (existing !== undefined) {
      existing.#limit = { ...existing.#limit, requests: Math.min(existing.#limit.requests, limit.requests) };
      return existing;
    }
    const budget = new RequestBudget(limit, now);
    RequestBudget.#shared.set(key, budget);
    return budget;
  }

  #limit: RequestBudgetLimit;
  readonly #now: () => number;
  /** The calls counted, in the order they were sent (their times, moved to the answer, stay close to that order). */
  #calls: Array<{ at: number }> = [];
  #blockedUntil = 0;
  /** The vendor's last count, the time it was read, and the calls this process sent since. */
  #reported: { used: number; at: number; since: number } | undefined;

  constructor(limit: RequestBudgetLimit, now: () => number = Date.now) {
    this.#limit = limit;
    this.#now = now;
  }

  /** Drops the calls that have left the window, oldest first; answers the calls still in it. */
  #live(now: number): ReadonlyArray<{ at: number }> {
    const floor = now - this.#limit.windowMs;
    let gone = 0;
    while (gone < this.#calls.length && (this.#calls[gone]?.at ?? 0) <= floor) gone += 1;
    if (gone > 0) this.#calls.splice(0, gone);
    return this.#calls;
  }

  #used(now: number, own: number): number {
    const reported = this.#reported;
    const fresh = reported !== undefined && reported.at > now - this.#limit.windowMs;
    return fresh ? Math.max(own, reported.used + reported.since) : own;
  }

  /** The vendor's count plus this process's calls since it was read, or this process's own count. */
  usage(): RequestBudgetUsage {
    const now = this.#now();
    const used = this.#used(now, this.#live(now).length);
    return { used, limit: this.#limit.requests, windowMs: this.#limit.windowMs };
  }

  /**
   * The vendor's own count of the window's requests (every integration's), e.g. Autotask's
   * `currentTimeframeRequestCount`; a `limit` it names replaces a higher configured one.
   */
  report(reading: { used: number; limit?: number }): void {
    this.#reported = { used: reading.used, at: this.#now(), since: 0 };
    if (reading.limit !== undefined && reading.limit > 0) {
      this.#limit = { ...this.#limit, requests: Math.min(this.#limit.requests, reading.limit) };
    }
  }

  /**
   * Milliseconds since the vendor's count was last reported, or `undefined` when it never was (or
   * was forgotten): adapters sharing the budget share the reading, so each need not read it again.
   */
  reportAgeMs(): number | undefined {
    return this.#reported === undefined ? undefined : this.#now() - this.#reported.at;
  }

  /** Drops the vendor's last count, so the next call reads it again (after a refusal, say). */
  forgetReport(): void {
    this.#reported = undefined;
  }

  /** Milliseconds until one more call may go; 0 when it may go now. */
  waitMs(): number {
    const now = this.#now();
    const live = this.#live(now);
    const limit = this.#limit.requests;
    const windowMs = this.#limit.windowMs;
    const used = this.#used(now, live.length);
    let wait = 0;
    if (used >= limit) {
      // Full: room comes back as the oldest call this process knows of ages out (a whole window
      // when the vendor's count is all there is: others spent the budget).
      const excess = Math.max(0, live.length - limit);
      wait = live.length > 0 && used === live.length ? (live[excess]?.at ?? now) + windowMs - now : windowMs;
    } else if (used >= limit * (this.#limit.slowFrom ?? 1)) {
      // Spaced: what is left of the budget is spread over the window.
      const pace = windowMs / Math.max(1, limit - used);
      wait = (live.at(-1)?.at ?? now - pace) + pace - now;
    }
    return Math.max(0, wait, this.#blockedUntil - now);
  }

  /** Counts a call sent now. Its `answered()` moves it to when the answer came: the vendor counted it somewhere in between. */
  record(): BudgetedCall {
    const call = { at: this.#now() };
    this.#calls.push(call);
    if (this.#reported !== undefined) this.#reported.since += 1;
    return { answered: () => Object.assign(call, { at: this.#now() }) };
  }

  /**
   * The vendor refused a call for its budget: no call goes out for `waitMs`, or, when it named no
   * wait, until this process's oldest call ages out (a whole window when none is in it). Returns the wait.
   */
  block(waitMs: number | undefined): number {
    const now = this.#now();
    const wait = waitMs ?? (this.#live(now)[0]?.at ?? now) + this.#limit.windowMs - now;
    this.#blockedUntil = Math.max(this.#blockedUntil, now + wait);
    return wait;
  }

  /** Whether a call may wait `waitMs` for room (at most `maxWaitMs`). */
  affords(waitMs: number): boolean {
    return waitMs <= this.#limit.maxWaitMs;
  }

  /**
   * Waits until the budget has room for `call` and counts it, or fails at once when the wait is
   * longer than `maxWaitMs`: a retryable `PsaRequestError` with `reason: 'rate_limited'` and
   * `retryAfterSeconds`; nothing was sent. The check and the count are one synchronous step, so
   * concurrent calls never squeeze into the same slot. `call` may be a function, built only when an
   * error needs it.
   */
  async reserve(call: PsaCall | (() => PsaCall), onWait?: (ms: number) => void): Promise<BudgetedCall> {
    const now = this.tryRecord();
    if (now !== undefined) return now;
    for (let wait = this.waitMs(); wait > 0; wait = this.waitMs()) {
      if (!this.affords(wait)) throw this.exhausted(typeof call === 'function' ? call() : call, wait);
      onWait?.(wait);
      await sleep(wait);
    }
    return this.record();
  }

  /** Counts a call and answers its place when the budget has room for it now; `undefined` when it has not. */
  tryRecord(): BudgetedCall | undefined {
    return this.waitMs() === 0 ? this.record() : undefined;
  }

  /** The error of a call the budget has no room for within `maxWaitMs`. */
  exhausted(call: PsaCall, waitMs: number): PsaRequestError {
    const seconds = Math.ceil(waitMs / 1000);
    const { used, limit } = this.usage();
    return new PsaRequestError(
      `${call.vendor}'s request budget (${limit} requests per rolling window, shared by every integration ` +
        `on the tenant; ${used} used) leaves no room for ${call.doing} for ${seconds}s; nothing was sent`,
      {
        retryable: true,
        details: {
          operation: call.operation,
          reason: 'rate_limited',
          retryAfterSeconds: seconds,
          used,
          limit,
        },
      },
    );
  }
}

import { type HaloAdapter, type HaloOptions, halo } from '@closeout/psa-halo';
import { type HaloSimOptions, type HaloSimulator, seededHaloSimulator } from '@closeout/simulators/halo';
import { afterEach, expect } from 'vitest';

/** The seeded tenant's outcomes: 10 "Resolved" (moves the ticket to Closed), 7 "Private Note", 1 "Update". */
export const OUTCOMES = { resolution: 10, internal_analysis: 7, discussion: 1 } as const;
/** The same, outcome id → note kind, for reading notes back. */
export const KINDS = { 10: 'resolution', 7: 'internal_analysis', 1: 'discussion' } as const;

/** Fast retries: tests never wait on backoff. */
export const FAST_RETRY = { limit: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 2_000 } as const;

export const TICKET = { provider: 'halopsa', id: '1042' } as const;

/** Options for an adapter on `sim`, with fast retries and the seeded outcomes. */
export function adapterOptions(sim: HaloSimulator, options: Partial<HaloOptions> = {}): HaloOptions {
  return { ...sim.connection(), outcomes: { ...OUTCOMES }, retry: FAST_RETRY, ...options };
}

/**
 * Per-test simulators: each test gets a fresh seeded instance on its own host (so its own rate
 * window); after the test the simulator must have seen no contract violation.
 */
export function useSimulators() {
  const live: HaloSimulator[] = [];
  afterEach(() => {
    for (const sim of live.splice(0)) expect(sim.violations, 'contract violations').toEqual([]);
  });
  return {
    make(
      options: Partial<HaloOptions> = {},
      simOptions: HaloSimOptions = {},
    ): { sim: HaloSimulator; adapter: HaloAdapter } {
      const sim = seededHaloSimulator(simOptions);
      live.push(sim);
      return { sim, adapter: halo(adapterOptions(sim, options)) };
    },
  };
}

/** Resolves to what `promise` rejected with (fails the test if it resolved). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

/** A clock tests move by hand. */
export function manualClock(start = Date.parse('2026-05-01T10:00:00Z')) {
  let now = start;
  return {
    now: () => new Date(now),
    advance(ms: number) {
      now += ms;
    },
  };
}

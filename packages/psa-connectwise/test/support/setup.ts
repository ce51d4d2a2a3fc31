import { type ConnectWiseOptions, connectwise } from '@closeout/psa-connectwise';
import type { ConnectWiseSimulator } from '@closeout/simulators/connectwise';
import { afterEach, beforeAll, expect } from 'vitest';
import { blockNetwork, seededSimulator } from './harness.js';

/** Fast retries: tests never wait on backoff. */
export const FAST_RETRY = { limit: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 2_000 } as const;

/**
 * Per-test simulators: each test gets a fresh seeded instance on its own host; after the test the
 * simulator must have seen no contract violation, and it is removed from nock.
 */
export function useSimulators() {
  const live: ConnectWiseSimulator[] = [];
  beforeAll(() => blockNetwork());
  afterEach(() => {
    for (const sim of live.splice(0)) {
      sim.close();
      expect(sim.violations, 'contract violations').toEqual([]);
    }
  });
  return {
    /** A seeded simulator (ticket 48213 on board 1, status 11) and an adapter for it. */
    make(options: Partial<ConnectWiseOptions> = {}) {
      const sim = seededSimulator().install();
      live.push(sim);
      const adapter = connectwise({ ...sim.connection(), retry: FAST_RETRY, ...options });
      return { sim, adapter };
    },
  };
}

export const TICKET = { provider: 'connectwise', id: '48213' } as const;

/** Resolves to what `promise` rejected with (fails the test if it resolved). */
export async function rejection(promise: Promise<unknown>): Promise<unknown> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${JSON.stringify(value)}`);
    },
    (error: unknown) => error,
  );
}

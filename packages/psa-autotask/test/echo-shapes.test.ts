import { credentialEchoes, credentialFragments, reachableStrings } from '@closeout/core/testing';
import { afterEach, describe, expect, it } from 'vitest';
import { blockNetwork, caught, makeAdapter, seededSimulator, TICKET } from './support/harness.js';

// Whatever shape an echo of the API user's secret or integration code takes in an
// Autotask error body, no fragment of it reaches an error or a log line.

const live: Array<{ close(): void; violations: string[] }> = [];
afterEach(() => {
  for (const sim of live.splice(0)) {
    sim.close();
    expect(sim.violations).toEqual([]);
  }
});

describe('credentials echoed by Autotask in any shape', () => {
  it('lets no fragment out, for every credential and every echo shape, in errors and log lines', async () => {
    blockNetwork();
    const sim = seededSimulator().install();
    live.push(sim);
    const lines: unknown[] = [];
    const log = (...args: unknown[]) => lines.push(args);
    const adapter = makeAdapter(sim, { logger: { debug: log, info: log, warn: log, error: log } });
    // The user name is scrubbed too, but it is no secret: its first letters ("closeout") may well
    // appear in a message for other reasons, so only the secret and the integration code are probed.
    const credentials = [sim.secret, sim.integrationCode];
    const errors: unknown[] = [];
    for (const credential of credentials) {
      for (const { message } of credentialEchoes(credential)) {
        for (const status of [400, 503]) {
          sim.setFault('getTicket', { status, message });
          errors.push(await caught(adapter.getTicket(TICKET)));
        }
      }
    }
    sim.setFault('getTicket', null);
    expect(errors).toHaveLength(credentials.length * credentialEchoes('x').length * 2);
    expect(lines.length).toBeGreaterThan(0);
    const texts = [...reachableStrings(errors), ...reachableStrings(lines), JSON.stringify(lines)];
    expect(credentialFragments(texts, credentials)).toEqual([]);
  });
});

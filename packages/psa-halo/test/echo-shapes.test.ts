import { credentialEchoes, credentialFragments, reachableStrings } from '@closeout/core/testing';
import { halo } from '@closeout/psa-halo';
import { describe, expect, it } from 'vitest';
import { adapterOptions, rejection, TICKET, useSimulators } from './support/setup.js';

// Whatever shape an echo of the client id, the client secret or an issued access token takes in a
// HaloPSA error body, no fragment of it reaches an error or a log line.

const sims = useSimulators();

describe('credentials echoed by HaloPSA in any shape', () => {
  it('lets no fragment out, for every credential and every echo shape, in errors and log lines', async () => {
    const { sim } = sims.make();
    const issued: string[] = [];
    const simFetch = sim.connection().fetch;
    // Watches the bearer token the adapter was issued, to echo it back.
    const watching: typeof fetch = async (input, init) => {
      const headers = new Headers(init?.headers ?? (input instanceof Request ? input.headers : undefined));
      const bearer = headers.get('authorization')?.replace(/^Bearer /, '');
      if (bearer !== undefined && !issued.includes(bearer)) issued.push(bearer);
      return simFetch(input, init);
    };
    const lines: unknown[] = [];
    const log = (...args: unknown[]) => lines.push(args);
    const adapter = halo(
      adapterOptions(sim, { fetch: watching, logger: { debug: log, info: log, warn: log, error: log } }),
    );
    await adapter.getTicket(TICKET);
    expect(issued).toHaveLength(1);
    const credentials = [sim.clientId, sim.clientSecret, ...issued];
    const errors: unknown[] = [];
    for (const credential of credentials) {
      for (const { message } of credentialEchoes(credential)) {
        for (const status of [400, 503]) {
          sim.setFault('getTicket', { status, message });
          errors.push(await rejection(adapter.getTicket(TICKET)));
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

import { credentialEchoes, credentialFragments, reachableStrings } from '@closeout/core/testing';
import { describe, expect, it } from 'vitest';
import { rejection, TICKET, useSimulators } from './support/setup.js';

// ConnectWise echoes what it was sent in some error messages, cut off, encoded or whole. Whatever
// shape the echo takes, no fragment of a credential reaches an error or a log line.

const sims = useSimulators();

describe('credentials echoed by ConnectWise in any shape', () => {
  it('scrubs the cut-off echo of the Basic token and the private key', async () => {
    const { sim, adapter } = sims.make({ retry: { limit: 0 } });
    const token = sim.expectedAuthorization.slice('Basic '.length);
    sim.setFault('getTicket', {
      status: 400,
      message: `Invalid credential '${token.slice(0, 14)}…' and secret '${sim.privateKey.slice(0, 12)}…'`,
    });
    const error = (await rejection(adapter.getTicket(TICKET))) as Error;
    expect(error.message).toContain("Invalid credential '[redacted]…' and secret '[redacted]…'");
  });

  it('lets no fragment out, for every credential and every echo shape, in errors and log lines', async () => {
    const lines: unknown[] = [];
    const log = (...args: unknown[]) => lines.push(args);
    const { sim, adapter } = sims.make({ logger: { debug: log, info: log, warn: log, error: log } });
    const token = sim.expectedAuthorization.slice('Basic '.length);
    const credentials = [
      sim.privateKey,
      sim.publicKey,
      sim.clientId,
      token,
      `${sim.companyId}+${sim.publicKey}`,
    ];
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

import { connectwise } from '@closeout/psa-connectwise';
import { describe, expect, it } from 'vitest';
import { rejection, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();

/** Every string reachable from `value`: own properties, enumerable or not, symbols, causes, arrays. */
function strings(value: unknown, seen = new Set<unknown>()): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value !== 'object' || value === null || seen.has(value)) return [];
  seen.add(value);
  const out: string[] = [];
  if (value instanceof Error) out.push(value.message, value.stack ?? '', String(value));
  for (const key of Reflect.ownKeys(value)) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    if (descriptor && 'value' in descriptor) out.push(...strings(descriptor.value, seen));
    if (typeof key === 'string') out.push(key);
  }
  return out;
}

describe('credentials never leave the adapter', () => {
  it('not in any thrown error (message, stack, details, cause chain, non-enumerable props) nor in log lines', async () => {
    const lines: unknown[] = [];
    const logger = {
      debug: (...args: unknown[]) => lines.push(args),
      info: (...args: unknown[]) => lines.push(args),
      warn: (...args: unknown[]) => lines.push(args),
      error: (...args: unknown[]) => lines.push(args),
    };
    const { sim, adapter } = sims.make({ logger, timeoutMs: 400 });
    const secrets = [
      sim.publicKey,
      sim.privateKey,
      sim.clientId,
      sim.expectedAuthorization,
      sim.expectedAuthorization.slice(6),
    ];

    const errors: unknown[] = [];
    sim.loseResponses('addNote', 1);
    errors.push(await rejection(adapter.addNote(TICKET, { text: 'lost', type: 'resolution' })));
    sim.setFault('getTicket', { status: 503 });
    errors.push(await rejection(adapter.getTicket(TICKET)));
    sim.setFault('getTicket', null);
    sim.setFault('listStatuses', { status: 429, retryAfterSeconds: 600 });
    errors.push(await rejection(adapter.listStatuses(TICKET)));
    errors.push(await rejection(adapter.setTicketStatus(TICKET, '23')));
    sim.delayResponses('findNote', 2_000);
    errors.push(await rejection(adapter.findNote(TICKET, { text: 'x', since: new Date(0) })));
    errors.push(await rejection(adapter.getTicket({ provider: 'connectwise', id: 'nope' })));

    // Wrong keys: 401 from an adapter holding different credentials.
    const wrong = connectwise({
      ...sim.connection(),
      privateKey: 'AnotherPrivateKey99',
      retry: { limit: 0 },
    });
    errors.push(await rejection(wrong.getTicket(TICKET)));
    secrets.push('AnotherPrivateKey99');

    expect(errors).toHaveLength(7);
    expect(lines.length).toBeGreaterThan(0);
    const haystack = [
      ...errors.flatMap((e) => strings(e)),
      ...strings(lines),
      JSON.stringify(errors),
      JSON.stringify(lines),
    ];
    for (const secret of secrets) {
      for (const text of haystack)
        expect(text.includes(secret), `found a credential in: ${text.slice(0, 200)}`).toBe(false);
    }
    // The adapter object itself exposes nothing either.
    for (const text of strings(adapter)) for (const secret of secrets) expect(text).not.toContain(secret);
    sim.setFault('listStatuses', null);
  });

  it('redacts a credential that ConnectWise echoes back in an error body', async () => {
    const adapter = connectwise({
      site: 'cw.example.com',
      companyId: 'acme',
      publicKey: 'PublicKeyEchoed1',
      privateKey: 'PrivateKeyEchoed2',
      clientId: 'ClientIdEchoed3',
      codebase: 'v4_6_release/',
      fetch: async () =>
        Response.json(
          {
            code: 'InvalidObject',
            message: 'Member acme+PublicKeyEchoed1 with key PrivateKeyEchoed2 and clientId ClientIdEchoed3',
            errors: [{ code: 'Bad', message: 'PrivateKeyEchoed2', field: 'x', resource: 'y' }],
          },
          { status: 400 },
        ),
    });
    const error = await rejection(adapter.getTicket(TICKET));
    const all = [...strings(error), JSON.stringify(error)].join('\n');
    expect(all).toContain('[redacted]');
    for (const secret of ['PublicKeyEchoed1', 'PrivateKeyEchoed2', 'ClientIdEchoed3'])
      expect(all).not.toContain(secret);
  });
});

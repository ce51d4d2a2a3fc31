import { CloseoutError, PsaRequestError } from '@closeout/core';
import { connectwise } from '@closeout/psa-connectwise';
import { describe, expect, it } from 'vitest';
import { rejection, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();

describe('codebase discovery', () => {
  it('looks the codebase up once per adapter, without credentials, then uses it for every call', async () => {
    const { sim, adapter } = sims.make();
    await Promise.all([adapter.getTicket(TICKET), adapter.listStatuses(TICKET), adapter.getTicket(TICKET)]);
    await adapter.addNote(TICKET, { text: 'x', type: 'discussion' });
    const info = sim.requests.filter((r) => r.operation === 'companyInfo');
    expect(info).toHaveLength(1);
    expect(info[0]?.path).toBe(`/login/companyinfo/${sim.companyId}`);
    expect(info[0]?.headers.authorization).toBeUndefined();
    const api = sim.requests.filter((r) => r.operation !== 'companyInfo');
    expect(api.every((r) => r.path.startsWith('/v2025_1/apis/3.0/'))).toBe(true);
  });

  it('skips the lookup when codebase is given', async () => {
    const { sim, adapter } = sims.make({ codebase: 'v2025_1' });
    await adapter.getTicket(TICKET);
    expect(sim.count('companyInfo')).toBe(0);
    expect(sim.requests[0]?.path).toBe('/v2025_1/apis/3.0/service/tickets/48213');
  });

  const misconfigured = [
    ['a host answering HTML', 'html', /not JSON/],
    ['an unknown company (null)', 'null', /does not know the company/],
    ['an unknown company (404)', 'not-found', /does not know the company/],
  ] as const;
  for (const [label, mode, message] of misconfigured) {
    it(`${label} is a clear, non-retryable configuration error and no API call is made`, async () => {
      const { sim, adapter } = sims.make();
      sim.companyInfo = mode;
      const error = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
      expect(error).toBeInstanceOf(PsaRequestError);
      expect(error.retryable).toBe(false);
      expect(error.details).toMatchObject({ operation: 'discoverCodebase', reason: 'configuration' });
      expect(error.message).toMatch(message);
      expect(error.message).toContain('codebase');
      expect(sim.requests.every((r) => r.operation === 'companyInfo')).toBe(true);
    });
  }

  it('a failed lookup is tried again on the next call', async () => {
    const { sim, adapter } = sims.make();
    sim.setFault('companyInfo', { status: 500 }, 1);
    const error = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(error.retryable).toBe(true);
    expect((await adapter.getTicket(TICKET)).id).toBe('48213');
    expect(sim.count('companyInfo')).toBe(2);
  });

  it('looks the codebase up again once after a cloud upgrade moved it, and retries there', async () => {
    const { sim, adapter } = sims.make();
    await adapter.getTicket(TICKET);
    sim.moveCodebase('v2026_1/');
    // Concurrent calls on the old path share one new lookup; the note POST is retried too, since
    // the web server's 404 proves it never reached the API.
    const [ticket, note] = await Promise.all([
      adapter.getTicket(TICKET),
      adapter.addNote(TICKET, { text: 'After the upgrade', type: 'discussion' }),
    ]);
    expect(ticket.id).toBe('48213');
    expect(note.id).toBeDefined();
    expect(sim.notes.filter((n) => n.text === 'After the upgrade')).toHaveLength(1);
    expect(sim.count('companyInfo')).toBe(2);
    await adapter.getTicket(TICKET);
    expect(sim.count('companyInfo')).toBe(2);
    expect(sim.requests.at(-1)?.path).toBe('/v2026_1/apis/3.0/service/tickets/48213');
    expect(sim.violations).toEqual([]);
  });

  it('does not look the codebase up again for a 404 of the API itself (a missing ticket)', async () => {
    const { sim, adapter } = sims.make();
    const error = (await rejection(
      adapter.getTicket({ provider: 'connectwise', id: '777' }),
    )) as PsaRequestError;
    expect(error.details).toMatchObject({ status: 404 });
    expect(sim.count('companyInfo')).toBe(1);
  });

  it('gives up after one new lookup when the codebase did not change', async () => {
    const { sim, adapter } = sims.make();
    await adapter.getTicket(TICKET);
    sim.moveCodebase('v2026_1/');
    sim.companyInfoCodebase = 'v2025_1/';
    const error = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(error.details).toMatchObject({ status: 404 });
    expect(sim.count('companyInfo')).toBe(2);
  });

  it('does not look a configured codebase up on a 404', async () => {
    const { sim, adapter } = sims.make({ codebase: 'v2025_1' });
    sim.moveCodebase('v2026_1/');
    const error = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(error.details).toMatchObject({ status: 404 });
    expect(sim.count('companyInfo')).toBe(0);
  });
});

describe('options', () => {
  const good = {
    site: 'api-na.myconnectwise.net',
    companyId: 'acme',
    publicKey: 'pk',
    privateKey: 'sk',
    clientId: 'cid',
  };

  it('accepts a host or an https origin, and http only on loopback', () => {
    expect(() => connectwise(good)).not.toThrow();
    expect(() => connectwise({ ...good, site: 'https://cw.example.com' })).not.toThrow();
    expect(() => connectwise({ ...good, site: 'http://127.0.0.1:8080' })).not.toThrow();
    for (const site of [
      'http://cw.example.com',
      'https://cw.example.com/v4_6_release',
      'https://u:p@cw.example.com',
      '',
    ]) {
      const error = (() => {
        try {
          connectwise({ ...good, site });
        } catch (e) {
          return e;
        }
      })();
      expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED'), site).toBe(true);
    }
  });

  it('rejects missing credentials and unknown options, naming fields but never echoing values', () => {
    const secret = 'S3cretPrivateKeyValue:with-colon';
    let error: unknown;
    try {
      connectwise({
        ...good,
        privateKey: '',
        publicKey: secret,
        clientId: undefined as never,
        colour: 'x',
      } as never);
    } catch (e) {
      error = e;
    }
    expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
    const paths = ((error as CloseoutError).details.issues as Array<{ path: string }>).map((i) => i.path);
    expect(paths).toEqual(expect.arrayContaining(['privateKey', 'publicKey', 'clientId']));
    expect(JSON.stringify(error)).not.toContain(secret);
    expect((error as Error).message).not.toContain(secret);
  });

  it('rejects a pageSize above ConnectWise’s cap of 1000', () => {
    expect(() => connectwise({ ...good, pageSize: 5000 })).toThrow(/pageSize/);
  });
});

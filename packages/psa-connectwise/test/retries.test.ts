import { PsaRequestError } from '@closeout/core';
import { connectwise } from '@closeout/psa-connectwise';
import { describe, expect, it } from 'vitest';
import { heldNote } from './support/harness.js';
import { rejection, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();

describe('GET and PATCH retries', () => {
  for (const status of [502, 503, 504]) {
    it(`retries a GET after ${status} with backoff and succeeds`, async () => {
      const { sim, adapter } = sims.make();
      sim.setFault('getTicket', { status }, 1);
      expect((await adapter.getTicket(TICKET)).id).toBe('48213');
      expect(sim.requests.filter((r) => r.operation === 'getTicket').map((r) => r.outcome)).toEqual([
        status,
        200,
      ]);
    });
  }

  it('gives up after retry.limit retries with a retryable error', async () => {
    const { sim, adapter } = sims.make();
    sim.setFault('setTicketStatus', { status: 503 });
    const error = (await rejection(adapter.setTicketStatus(TICKET, '13'))) as PsaRequestError;
    expect(error).toBeInstanceOf(PsaRequestError);
    expect(error.retryable).toBe(true);
    expect(error.ambiguous).toBe(false);
    expect(error.details).toMatchObject({ status: 503, operation: 'setTicketStatus' });
    expect(sim.count('setTicketStatus')).toBe(3); // the first attempt and retry.limit (2) retries
  });

  it('does not retry a 500 or a 4xx', async () => {
    const { sim, adapter } = sims.make();
    sim.setFault('getTicket', { status: 500 });
    const e500 = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(e500.retryable).toBe(true);
    expect(sim.count('getTicket')).toBe(1);
    sim.setFault('getTicket', { status: 400 });
    const e400 = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(e400.retryable).toBe(false);
    expect(sim.count('getTicket')).toBe(2);
  });

  it('honours Retry-After on a 429 before retrying', async () => {
    const { sim, adapter } = sims.make();
    sim.setFault('getTicket', { status: 429, retryAfterSeconds: 1 }, 1);
    const started = Date.now();
    await adapter.getTicket(TICKET);
    expect(sim.count('getTicket')).toBe(2);
    // Backoff alone would have retried within milliseconds (baseDelayMs 1).
    expect(Date.now() - started).toBeGreaterThanOrEqual(950);
  });

  it('fails at once, retryable, when Retry-After exceeds maxRetryAfterMs', async () => {
    const { sim, adapter } = sims.make({ retry: { limit: 3, baseDelayMs: 1, maxRetryAfterMs: 500 } });
    sim.setFault('listStatuses', { status: 429, retryAfterSeconds: 120 });
    const started = Date.now();
    const error = (await rejection(adapter.listStatuses(TICKET))) as PsaRequestError;
    expect(Date.now() - started).toBeLessThan(5_000);
    expect(error.retryable).toBe(true);
    expect(error.details).toMatchObject({ status: 429, retryAfterSeconds: 120, operation: 'listStatuses' });
    expect(sim.count('listStatuses')).toBe(1);
  });

  it('retries a GET whose connection was reset', async () => {
    const { sim, adapter } = sims.make();
    sim.loseResponses('getTicket', 1);
    expect((await adapter.getTicket(TICKET)).status.id).toBe('11');
    expect(sim.requests.filter((r) => r.operation === 'getTicket').map((r) => r.outcome)).toEqual([
      'lost',
      200,
    ]);
  });

  it('repeats a PATCH whose answer was lost after the change was made (it is idempotent)', async () => {
    const { sim, adapter } = sims.make();
    sim.loseResponses('setTicketStatus', 1);
    await adapter.setTicketStatus(TICKET, '13');
    expect(sim.requests.filter((r) => r.operation === 'setTicketStatus').map((r) => r.outcome)).toEqual([
      'lost',
      200,
    ]);
    expect((await adapter.getTicket(TICKET)).status.id).toBe('13');
  });

  it('does not retry a timed-out GET, and reports it retryable', async () => {
    const { sim, adapter } = sims.make({ timeoutMs: 200, codebase: 'v2025_1/' });
    sim.delayResponses('getTicket', 1_500);
    const error = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(error.retryable).toBe(true);
    expect(error.ambiguous).toBe(false);
    expect(error.details).toMatchObject({ reason: 'timeout', operation: 'getTicket' });
    expect(sim.count('getTicket')).toBe(1);
  });
});

/** An adapter (codebase known, no discovery) whose every request fails in fetch with `error`. */
function adapterWhoseFetchThrows(error: Error) {
  return connectwise({
    site: 'cw.example.com',
    companyId: 'acme',
    publicKey: 'pk',
    privateKey: 'sk',
    clientId: 'cid',
    codebase: 'v4_6_release/',
    fetch: async () => {
      throw error;
    },
  });
}

describe('the note POST is never repeated once it may have reached ConnectWise', () => {
  it('lost response after commit: ambiguous, one note stored, and findNote finds it', async () => {
    const { sim, adapter } = sims.make();
    const since = new Date(Date.now() - 1_000);
    sim.loseResponses('addNote', 1);
    const error = (await rejection(
      adapter.addNote(TICKET, { text: 'Replaced the fuser', type: 'resolution' }),
    )) as PsaRequestError;
    expect(error).toBeInstanceOf(PsaRequestError);
    expect(error.code).toBe('PSA_REQUEST_FAILED');
    expect(error.ambiguous).toBe(true);
    expect(error.retryable).toBe(true);
    expect(sim.count('addNote')).toBe(1);
    const stored = sim.notesOf(48213).map(heldNote);
    expect(stored).toHaveLength(1);
    expect(await adapter.findNote(TICKET, { text: 'Replaced the fuser', since })).toEqual({
      id: stored[0]?.id,
    });
  });

  it('timeout: ambiguous and not retried', async () => {
    // A known codebase skips discovery, so the only request the short timeout can hit is the note.
    const { sim, adapter } = sims.make({ timeoutMs: 200, codebase: 'v2025_1/' });
    sim.delayResponses('addNote', 1_500);
    const error = (await rejection(
      adapter.addNote(TICKET, { text: 'Slow', type: 'discussion' }),
    )) as PsaRequestError;
    expect(error.ambiguous).toBe(true);
    expect(error.details).toMatchObject({ reason: 'timeout', operation: 'addNote' });
    expect(sim.count('addNote')).toBe(1);
  });

  for (const status of [500, 502, 504]) {
    it(`${status}: ambiguous (the gateway may have passed it on) and not retried`, async () => {
      const { sim, adapter } = sims.make();
      sim.setFault('addNote', { status });
      const error = (await rejection(
        adapter.addNote(TICKET, { text: 'x', type: 'resolution' }),
      )) as PsaRequestError;
      expect(error).toMatchObject({ retryable: true, ambiguous: true });
      expect(sim.count('addNote')).toBe(1);
    });
  }

  it('503: retryable, not ambiguous, not retried', async () => {
    const { sim, adapter } = sims.make();
    sim.setFault('addNote', { status: 503 });
    const error = (await rejection(
      adapter.addNote(TICKET, { text: 'x', type: 'resolution' }),
    )) as PsaRequestError;
    expect(error).toMatchObject({ retryable: true, ambiguous: false });
    expect(sim.count('addNote')).toBe(1);
  });

  it('429 proves nothing was stored: it is retried after Retry-After and the note lands once', async () => {
    const { sim, adapter } = sims.make();
    sim.setFault('addNote', { status: 429, retryAfterSeconds: 0 }, 1);
    await adapter.addNote(TICKET, { text: 'After the rate limit', type: 'resolution' });
    expect(sim.count('addNote')).toBe(2);
    expect(sim.notesOf(48213)).toHaveLength(1);
  });

  it('a connection refused before sending is retryable and not ambiguous', async () => {
    const refused = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('connect ECONNREFUSED 10.0.0.1:443'), { code: 'ECONNREFUSED' }),
    });
    const adapter = adapterWhoseFetchThrows(refused);
    const error = (await rejection(
      adapter.addNote(TICKET, { text: 'x', type: 'resolution' }),
    )) as PsaRequestError;
    expect(error).toMatchObject({ retryable: true, ambiguous: false });
    expect(error.details).toMatchObject({ reason: 'network', networkCode: 'ECONNREFUSED' });
  });

  it('a reset after sending (undici’s shape) is ambiguous', async () => {
    const reset = Object.assign(new TypeError('fetch failed'), {
      cause: Object.assign(new Error('other side closed'), { code: 'UND_ERR_SOCKET' }),
    });
    const adapter = adapterWhoseFetchThrows(reset);
    const error = (await rejection(
      adapter.addNote(TICKET, { text: 'x', type: 'resolution' }),
    )) as PsaRequestError;
    expect(error).toMatchObject({ retryable: true, ambiguous: true });
    expect((error.cause as Error).message).toBe('TypeError: fetch failed');
  });
});

describe('error bodies', () => {
  it('401 names the credentials to check, not their values', async () => {
    const { sim, adapter } = sims.make({ privateKey: 'wrong-private-key' });
    const error = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(error.retryable).toBe(false);
    expect(error.message).toMatch(/companyId, publicKey and privateKey/);
    expect(error.details).toMatchObject({ status: 401 });
    expect(sim.count()).toBe(2); // company info, then the refused call: no retry
  });

  it('403 names the permission the API member lacks for the call', async () => {
    const { sim, adapter } = sims.make();
    sim.setFault('listStatuses', { status: 403 });
    const error = (await rejection(adapter.listStatuses(TICKET))) as PsaRequestError;
    expect(error.message).toContain('Table Setup');
    sim.setFault('setTicketStatus', { status: 403 });
    const patch = (await rejection(adapter.setTicketStatus(TICKET, '13'))) as PsaRequestError;
    expect(patch.message).toContain('Close Service Tickets');
  });

  it('a 200 that is an HTML page is not taken for an answer', async () => {
    const adapter = connectwise({
      site: 'cw.example.com',
      companyId: 'acme',
      publicKey: 'pk',
      privateKey: 'sk',
      clientId: 'cid',
      codebase: 'v4_6_release/',
      fetch: async () => new Response('<html><body>Sign in</body></html>', { status: 200 }),
    });
    const error = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(error).toBeInstanceOf(PsaRequestError);
    expect(error.details).toMatchObject({ reason: 'unexpected_response', status: 200 });
  });
});

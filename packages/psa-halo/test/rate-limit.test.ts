// Halo's rolling-window limit, and the action POST that is never repeated blindly. The windows
// here are a few hundred milliseconds so the tests run the real waits.
import type { PsaRequestError } from '@closeout/core';
import { halo } from '@closeout/psa-halo';
import { describe, expect, it } from 'vitest';
import { adapterOptions, rejection, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();
const statuses = (sim: { requests: Array<{ outcome: number | 'lost' }> }) =>
  sim.requests.map((r) => r.outcome);

describe('the rolling window', () => {
  it('keeps a burst inside the limit: calls wait for room and Halo never answers 429', async () => {
    const window = { requests: 4, windowMs: 300 };
    const { sim, adapter } = sims.make({ rateLimit: { ...window, maxWaitMs: 5_000 } }, { rateLimit: window });
    const tickets = [];
    for (let i = 0; i < 10; i++) tickets.push(await adapter.getTicket(TICKET));
    expect(tickets).toHaveLength(10);
    expect(statuses(sim)).not.toContain(429);
    expect(sim.count('getTicket')).toBe(10);
  });

  it('shares one window between adapters of the same application', async () => {
    const window = { requests: 3, windowMs: 300 };
    const { sim, adapter } = sims.make({ rateLimit: { ...window, maxWaitMs: 5_000 } }, { rateLimit: window });
    const second = halo(adapterOptions(sim, { rateLimit: { ...window, maxWaitMs: 5_000 } }));
    for (let i = 0; i < 4; i++) {
      await adapter.getTicket(TICKET);
      await second.getTicket(TICKET);
    }
    expect(statuses(sim)).not.toContain(429);
  });

  it('after a 429 waits for the window to roll, then goes on; one action stored', async () => {
    // Another integration spent most of the budget: Halo allows this adapter far fewer calls than it plans for.
    const { sim, adapter } = sims.make(
      { rateLimit: { requests: 300, windowMs: 400, maxWaitMs: 5_000 } },
      { rateLimit: { requests: 3, windowMs: 400 } },
    );
    await adapter.getTicket(TICKET);
    await adapter.listStatuses(TICKET);
    await adapter.getTicket(TICKET);
    const { id } = await adapter.addNote(TICKET, { text: '<p>After the wait</p>', type: 'discussion' });
    expect(sim.actions.map((a) => String(a.id))).toEqual([id]);
    const posts = sim.requests.filter((r) => r.operation === 'listOutcomes' || r.operation === 'addNote');
    expect(posts.map((r) => r.outcome)).toContain(429);
    expect(posts.at(-1)?.outcome).toBe(200);
  });

  it('fails at once, retryable and with the wait, when the window has no room for maxWaitMs', async () => {
    const window = { requests: 2, windowMs: 60_000 };
    const { sim, adapter } = sims.make({ rateLimit: { ...window, maxWaitMs: 1_000 } }, { rateLimit: window });
    await adapter.getTicket(TICKET);
    await adapter.getTicket(TICKET);
    const before = sim.count();
    const error = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(error).toMatchObject({ code: 'PSA_REQUEST_FAILED', retryable: true, ambiguous: false });
    expect(error.details).toMatchObject({ reason: 'rate_limited' });
    expect(error.details.retryAfterSeconds).toBeGreaterThan(1);
    expect(sim.count()).toBe(before);
  });

  it('gives up on a 429 whose Retry-After is longer than maxWaitMs, saying when to come back', async () => {
    const { sim, adapter } = sims.make(
      { rateLimit: { maxWaitMs: 1_000 } },
      { rateLimit: { requests: 1, windowMs: 60_000 }, retryAfterSeconds: 45 },
    );
    await adapter.getTicket(TICKET);
    const error = (await rejection(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(error).toMatchObject({ retryable: true, ambiguous: false });
    expect(error.details).toMatchObject({ status: 429, retryAfterSeconds: 45 });
    expect(error.message).toContain('Rate Limit Reached - 1 Requests per rolling 1 minute window');
    expect(sim.count('getTicket')).toBe(2);
  });
});

describe('the action POST is never repeated blindly', () => {
  it('posts once on a 502 and reports it ambiguous', async () => {
    const { sim, adapter } = sims.make();
    sim.setFault('addNote', { status: 502 });
    const error = (await rejection(
      adapter.addNote(TICKET, { text: '<p>x</p>', type: 'discussion' }),
    )) as PsaRequestError;
    expect(error).toMatchObject({ retryable: true, ambiguous: true });
    expect(sim.count('addNote')).toBe(1);
  });

  it('posts once when the response is lost, and the note is there to be found', async () => {
    const { sim, adapter } = sims.make();
    sim.loseResponses('addNote');
    const since = new Date(Date.now() - 1_000);
    const error = (await rejection(
      adapter.addNote(TICKET, { text: '<p>Lost answer</p>', type: 'resolution' }),
    )) as PsaRequestError;
    expect(error).toMatchObject({ retryable: true, ambiguous: true });
    expect(sim.count('addNote')).toBe(1);
    expect(await adapter.findNote(TICKET, { text: '<p>Lost answer</p>', since })).toEqual({
      id: String(sim.actions[0]?.id),
    });
  });

  it('posts once on a 503, not ambiguous: Halo refused before storing', async () => {
    const { sim, adapter } = sims.make();
    sim.setFault('addNote', { status: 503 });
    const error = (await rejection(
      adapter.addNote(TICKET, { text: '<p>x</p>', type: 'discussion' }),
    )) as PsaRequestError;
    expect(error).toMatchObject({ retryable: true, ambiguous: false });
    expect(sim.count('addNote')).toBe(1);
  });

  it('does retry a read and a status change on a 502', async () => {
    const { sim, adapter } = sims.make();
    sim.setFault('getTicket', { status: 502 }, 1);
    sim.setFault('setTicketStatus', { status: 502 }, 1);
    await adapter.getTicket(TICKET);
    await adapter.setTicketStatus(TICKET, '2');
    expect(sim.count('getTicket')).toBe(2);
    expect(sim.count('setTicketStatus')).toBe(2);
    expect(sim.tickets.get(1042)?.statusId).toBe(2);
  });
});

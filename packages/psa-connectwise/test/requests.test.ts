import type { PsaRequestError } from '@closeout/core';
import { describe, expect, it } from 'vitest';
import { rejection, TICKET, useSimulators } from './support/setup.js';

const sims = useSimulators();

/** A clock the test moves by hand. */
function manualClock(start = Date.parse('2025-03-01T10:00:00Z')) {
  let now = start;
  return { now: () => new Date(now), advance: (ms: number) => (now += ms) };
}

/** What a writeback asks of the adapter: the note, the status, then the verifying re-fetch. */
async function writeback(
  adapter: ReturnType<ReturnType<typeof useSimulators>['make']>['adapter'],
  preflight: boolean,
) {
  if (preflight) {
    const statuses = await adapter.listStatuses(TICKET);
    expect(statuses.some((s) => s.id === '13')).toBe(true);
  }
  await adapter.addNote(TICKET, { text: 'Spooler restored', type: 'resolution' });
  await adapter.setTicketStatus(TICKET, '13');
  return adapter.getTicket(TICKET);
}

describe('requests per writeback (after codebase discovery)', () => {
  it('note + status + re-fetch = 3 requests', async () => {
    const { sim, adapter } = sims.make({ codebase: 'v2025_1/' });
    const ticket = await writeback(adapter, false);
    expect(ticket.status.id).toBe('13');
    expect(sim.requests.map((r) => r.operation)).toEqual(['addNote', 'setTicketStatus', 'getTicket']);
  });

  it('with a cold preflight: 5 (the ticket for its board, the board statuses, then the 3)', async () => {
    const { sim, adapter } = sims.make({ codebase: 'v2025_1/' });
    await writeback(adapter, true);
    expect(sim.requests.map((r) => r.operation)).toEqual([
      'getTicket',
      'listStatuses',
      'addNote',
      'setTicketStatus',
      'getTicket',
    ]);
  });

  it('with a warm preflight (board statuses cached from another ticket on the board): 4', async () => {
    const { sim, adapter } = sims.make({ codebase: 'v2025_1/' });
    sim.addTicket({ id: 48300, summary: 'Another Help Desk ticket', boardId: 1, statusId: 11 });
    await adapter.listStatuses({ provider: 'connectwise', id: '48300' });
    sim.requests.length = 0;
    await writeback(adapter, true);
    expect(sim.requests.map((r) => r.operation)).toEqual([
      'getTicket',
      'addNote',
      'setTicketStatus',
      'getTicket',
    ]);
  });

  it('with the ticket’s board known from an earlier read and its statuses cached: 3', async () => {
    const { sim, adapter } = sims.make({ codebase: 'v2025_1/' });
    await writeback(adapter, true);
    sim.tickets.get(48213)!.statusId = 11;
    sim.requests.length = 0;
    await writeback(adapter, true);
    expect(sim.requests.map((r) => r.operation)).toEqual(['addNote', 'setTicketStatus', 'getTicket']);
  });
});

describe('the listStatuses cache', () => {
  it('expires after cacheTtlMs', async () => {
    const clock = manualClock();
    const { sim, adapter } = sims.make({ clock, cacheTtlMs: 60_000 });
    await adapter.listStatuses(TICKET);
    await adapter.listStatuses(TICKET);
    expect(sim.count('listStatuses')).toBe(1);
    expect(sim.count('getTicket')).toBe(1);
    clock.advance(60_000);
    await adapter.listStatuses(TICKET);
    expect(sim.count('listStatuses')).toBe(2);
    expect(sim.count('getTicket')).toBe(2);
  });

  it('follows a ticket that moved to another board once the cache expires', async () => {
    const clock = manualClock();
    const { sim, adapter } = sims.make({ clock, cacheTtlMs: 1_000 });
    expect((await adapter.listStatuses(TICKET)).map((s) => s.id)).toContain('13');
    sim.tickets.get(48213)!.boardId = 2;
    sim.tickets.get(48213)!.statusId = 21;
    clock.advance(1_000);
    expect((await adapter.listStatuses(TICKET)).map((s) => s.id)).toEqual(['21', '23']);
  });

  it('is dropped for the ticket after ConnectWise refuses a status', async () => {
    const { sim, adapter } = sims.make();
    await adapter.listStatuses(TICKET);
    // An administrator removes "Escalated" from the board.
    sim.boards.get(1)!.statuses = sim.boards.get(1)!.statuses.filter((s) => s.id !== 14);
    expect((await adapter.listStatuses(TICKET)).map((s) => s.id)).toContain('14'); // still cached
    const error = (await rejection(adapter.setTicketStatus(TICKET, '14'))) as PsaRequestError;
    expect(error.details).toMatchObject({ status: 400, connectwiseCode: 'InvalidObject' });
    expect((await adapter.listStatuses(TICKET)).map((s) => s.id)).not.toContain('14');
  });

  it('cacheTtlMs 0 reads ConnectWise every time', async () => {
    const { sim, adapter } = sims.make({ cacheTtlMs: 0 });
    await adapter.listStatuses(TICKET);
    await adapter.listStatuses(TICKET);
    expect(sim.count('listStatuses')).toBe(2);
    expect(sim.count('getTicket')).toBe(2);
  });

  it('getTicket is never cached', async () => {
    const { sim, adapter } = sims.make();
    await adapter.getTicket(TICKET);
    sim.tickets.get(48213)!.statusId = 12;
    expect((await adapter.getTicket(TICKET)).status.id).toBe('12');
    expect(sim.count('getTicket')).toBe(2);
  });
});

// What the live Autotask API does that a lenient simulator would let pass: the thread limit as a
// 500, nextPageUrl served to POST only, zone paths in any case, a zone without collection PATCH, a
// tenant missing the note labels of a kind it never posts, and the tenant-wide request budget.
import type { PsaRequestError } from '@closeout/core';
import { createCloseout } from '@closeout/core';
import { autotask } from '@closeout/psa-autotask';
import { type AutotaskSimulator, DEFAULT_NOTE_TYPES } from '@closeout/simulators/autotask';
import { memoryStorage } from '@closeout/storage-memory';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ThreadGate } from '../src/threads.js';
import { blockNetwork, caught, makeAdapter, seededSimulator, TICKET, TICKET_ID } from './support/harness.js';

let sim: AutotaskSimulator;
beforeAll(() => blockNetwork());
afterEach(() => {
  sim.close();
  expect(sim.violations, 'contract violations').toEqual([]);
});

describe('the thread limit (Itgenatr005)', () => {
  it.each([429, 500] as const)(
    'as %i: retried even for the note POST, one note stored, never a refusal',
    async (status) => {
      sim = seededSimulator({ threadLimitStatus: status }).install();
      const adapter = makeAdapter(sim);
      sim.refuseThreads('addNote', 2);
      await adapter.addNote(TICKET, { text: 'after the thread limit', type: 'discussion' });
      expect(sim.count('addNote')).toBe(3);
      expect(sim.notesOf(TICKET_ID)).toHaveLength(1);
      sim.refuseThreads('getTicket', 1);
      await adapter.getTicket(TICKET);
      expect(sim.count('getTicket')).toBe(2);
    },
  );

  it('as 500, once the retries are spent: retryable, not ambiguous, not refused', async () => {
    sim = seededSimulator({ threadLimitStatus: 500 }).install();
    sim.refuseThreads('addNote', 10);
    const e = (await caught(
      makeAdapter(sim).addNote(TICKET, { text: 'x', type: 'discussion' }),
    )) as PsaRequestError;
    expect(e).toMatchObject({ code: 'PSA_REQUEST_FAILED', retryable: true, ambiguous: false });
    expect(e.details).toMatchObject({ status: 500, reason: 'thread_limit' });
    expect(e.details.refused).toBeUndefined();
    expect(e.message).toContain('thread limit');
    expect(sim.count('addNote')).toBe(3);
    expect(sim.notesOf(TICKET_ID)).toHaveLength(0);
  });

  it('a writeback whose note POST meets the thread limit as a 500 posts the note once', async () => {
    sim = seededSimulator({ threadLimitStatus: 500 }).install();
    const acme = createCloseout({ storage: memoryStorage(), psa: makeAdapter(sim) }).account('acme-msp');
    await acme.settings.update({ resolvedStatusId: '29', escalatedStatusId: '30' });
    const created = await acme.sessions.create({ problem: 'Printer offline', ticket: TICKET });
    await acme.sessions.proposeFix(created.id, { title: 'Restart the spooler' });
    const s = await acme.sessions.recordOutcome(created.id, { status: 'success' });
    sim.refuseThreads('addNote', 1);
    await acme.resolve(s.id, { basedOnVersion: s.stateVersion });
    expect(sim.notesOf(TICKET_ID)).toHaveLength(1);
    expect(sim.ticket(TICKET_ID).status).toBe(29);
  });
});

describe('paging and zones', () => {
  it('follows nextPageUrl with POST and the query’s own filter body', async () => {
    sim = seededSimulator().install();
    const adapter = makeAdapter(sim);
    const since = new Date(Date.now() - 1000);
    for (let i = 0; i < 4; i++) await adapter.addNote(TICKET, { text: `filler ${i}`, type: 'discussion' });
    const { id } = await adapter.addNote(TICKET, { text: 'the one', type: 'discussion' });
    expect(await adapter.findNote(TICKET, { text: 'the one', since })).toEqual({ id });
    const pages = sim.requests.filter((r) => r.path.endsWith('/query/next'));
    expect(pages.length).toBeGreaterThan(1);
    const first = sim.requests.find((r) => r.path.endsWith('TicketNotes/query'));
    for (const page of pages) {
      expect(page.method).toBe('POST');
      expect(page.body).toEqual(first?.body);
      expect(page.outcome).toBe(200);
    }
  });

  it('follows a nextPageUrl whose path case differs from the zone URL’s', async () => {
    sim = seededSimulator({ zonePath: 'atservicesrest' }).install();
    const adapter = makeAdapter(sim);
    const since = new Date(Date.now() - 1000);
    for (let i = 0; i < 3; i++) await adapter.addNote(TICKET, { text: `filler ${i}`, type: 'discussion' });
    const { id } = await adapter.addNote(TICKET, { text: 'past page one', type: 'discussion' });
    expect(await adapter.findNote(TICKET, { text: 'past page one', since })).toEqual({ id });
    expect(sim.requests.some((r) => r.path.includes('/atservicesrest/'))).toBe(true);
    expect(sim.requests.some((r) => r.path.includes('/ATServicesRest/V1.0/TicketNotes/query/next'))).toBe(
      true,
    );
  });

  it('reports a collection PATCH answered with an HTML 404 as a configuration error, not a missing ticket', async () => {
    sim = seededSimulator({ collectionPatch: false }).install();
    const adapter = makeAdapter(sim);
    const e = (await caught(adapter.setTicketStatus(TICKET, '8'))) as PsaRequestError;
    expect(e).toMatchObject({ code: 'PSA_REQUEST_FAILED', retryable: false, ambiguous: false });
    expect(e.details).toMatchObject({ status: 404, reason: 'configuration' });
    expect(e.message).toContain('HTML 404');
    expect(e.message).toContain('zoneUrl');
    expect(e.message).not.toContain('no ticket');
    expect(sim.count('setTicketStatus')).toBe(1);
    // The ticket itself is there.
    expect((await adapter.getTicket(TICKET)).id).toBe(String(TICKET_ID));
  });
});

describe('note labels per kind', () => {
  it('a tenant without "Task Detail" and "Task Notes" still resolves; a discussion note is refused before posting', async () => {
    const noteTypes = DEFAULT_NOTE_TYPES.filter(
      (t) => t.label === 'Task Summary' || t.label === 'Workflow Rule',
    );
    sim = seededSimulator({ noteTypes }).install();
    const acme = createCloseout({ storage: memoryStorage(), psa: makeAdapter(sim) }).account('acme-msp');
    await acme.settings.update({ resolvedStatusId: '29', escalatedStatusId: '30' });
    const created = await acme.sessions.create({ problem: 'Printer offline', ticket: TICKET });
    await acme.sessions.proposeFix(created.id, { title: 'Restart the spooler' });
    const s = await acme.sessions.recordOutcome(created.id, { status: 'success' });
    await acme.resolve(s.id, { basedOnVersion: s.stateVersion });
    expect(sim.notesOf(TICKET_ID).map((n) => sim.noteTypeLabel(n))).toEqual(['Task Summary']);
    const e = await caught(makeAdapter(sim).addNote(TICKET, { text: 'x', type: 'discussion' }));
    expect(e.code).toBe('VALIDATION_FAILED');
    expect(JSON.stringify(e.details)).toContain('noteTypeLabels.discussion');
    expect(sim.notesOf(TICKET_ID)).toHaveLength(1);
  });

  it('a tenant without a customer publish label still escalates', async () => {
    sim = seededSimulator({
      publish: [{ value: 9, label: 'Internal Project Team' }],
      noteTypes: [{ value: 103, label: 'Task Notes' }],
    }).install();
    const acme = createCloseout({ storage: memoryStorage(), psa: makeAdapter(sim) }).account('acme-msp');
    await acme.settings.update({ resolvedStatusId: '29', escalatedStatusId: '30' });
    const created = await acme.sessions.create({ problem: 'Printer offline', ticket: TICKET });
    await acme.sessions.proposeFix(created.id, { title: 'Restart the spooler' });
    const s = await acme.sessions.recordOutcome(created.id, { status: 'failed', failureReason: 'no change' });
    await acme.escalate(s.id, { basedOnVersion: s.stateVersion });
    expect(sim.notesOf(TICKET_ID).map((n) => sim.visibility(n).label)).toEqual(['Internal Project Team']);
  });
});

describe('the tenant’s request budget', () => {
  it('reads ThresholdInformation and fails at once, sending nothing, when other integrations spent the budget', async () => {
    sim = seededSimulator({ requestThreshold: 50 }).install();
    sim.useBudget(48);
    const adapter = makeAdapter(sim, { budget: { readEveryMs: 60_000, maxWaitMs: 1_000 } });
    const e = (await caught(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(e).toMatchObject({ retryable: true, ambiguous: false });
    expect(e.details).toMatchObject({ reason: 'rate_limited', limit: 50 });
    expect(e.details.retryAfterSeconds).toBeGreaterThan(1);
    expect(sim.count('thresholdInformation')).toBe(1);
    expect(sim.count('getTicket')).toBe(0);
  });

  it('spaces calls out from slowFrom of the budget, and never hits the threshold', async () => {
    sim = seededSimulator({ requestThreshold: 1_000 }).install();
    const waits: number[] = [];
    const logger = {
      debug: (fields: { ms?: number }, message: string) => {
        if (message === 'autotask: waiting for the request budget') waits.push(fields.ms ?? 0);
      },
    };
    const adapter = makeAdapter(sim, {
      logger,
      budget: { requests: 12, windowMs: 600, slowFrom: 0.5, maxWaitMs: 5_000, readEveryMs: 0 },
    });
    for (let i = 0; i < 8; i++) await adapter.getTicket(TICKET);
    // Calls 1–6 go at once; from the 7th (6 of 12 used) each waits for its share of the window.
    expect(waits.length).toBeGreaterThanOrEqual(2);
    expect(waits.every((ms) => ms > 0)).toBe(true);
    expect(sim.requests.every((r) => r.outcome === 200)).toBe(true);
  });

  it('never retries the hourly threshold: one request, then every call fails without sending', async () => {
    sim = seededSimulator({ requestThreshold: 30 }).install();
    const adapter = makeAdapter(sim, { budget: { readEveryMs: 0, maxWaitMs: 1_000 } });
    await adapter.getTicket(TICKET);
    sim.useBudget(40);
    const e = (await caught(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(e).toMatchObject({ retryable: true, ambiguous: false });
    expect(e.details).toMatchObject({ status: 429, reason: 'rate_limited', limit: 'request_threshold' });
    expect(sim.count('getTicket')).toBe(2);
    const again = (await caught(adapter.getTicket(TICKET))) as PsaRequestError;
    expect(again.details).toMatchObject({ reason: 'rate_limited' });
    expect(sim.count('getTicket')).toBe(2);
  });

  it('shares one budget between adapters of the same API user', async () => {
    sim = seededSimulator({ requestThreshold: 1_000 }).install();
    const options = {
      budget: { requests: 6, windowMs: 60_000, slowFrom: 1, maxWaitMs: 500, readEveryMs: 0 },
    };
    const one = makeAdapter(sim, options);
    const two = autotask({ ...sim.connection(), ...options, retry: { limit: 0 } });
    await one.getTicket(TICKET);
    await two.getTicket(TICKET);
    await one.getTicket(TICKET);
    const e = (await caught(two.getTicket(TICKET))) as PsaRequestError;
    expect(e.details).toMatchObject({ reason: 'rate_limited' });
    expect(sim.count('getTicket')).toBe(3);
  });
});

describe('the thread gate', () => {
  it('lets 3 requests per endpoint through, queues the 4th until one is answered, endpoints apart', async () => {
    const gate = new ThreadGate(3);
    const held = await Promise.all([
      gate.acquire('Tickets'),
      gate.acquire('tickets'),
      gate.acquire('Tickets'),
    ]);
    let fourth = false;
    const waiting = gate.acquire('Tickets').then((release) => {
      fourth = true;
      return release;
    });
    const other = await gate.acquire('TicketNotes');
    await new Promise((r) => setTimeout(r, 10));
    expect(fourth).toBe(false);
    expect(gate.inUse('Tickets')).toBe(3);
    held[0]?.();
    held[0]?.(); // a second release gives back nothing more
    const release = await waiting;
    expect(fourth).toBe(true);
    expect(gate.inUse('Tickets')).toBe(3);
    release();
    held[1]?.();
    held[2]?.();
    other();
    expect(gate.inUse('Tickets')).toBe(0);
    expect(gate.inUse('TicketNotes')).toBe(0);
  });
});

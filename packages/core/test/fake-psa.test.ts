import { afterEach, describe, expect, it, vi } from 'vitest';
import { CloseoutError, type PsaRequestError } from '../src/errors.js';
import { fakePsa } from '../src/testing/fake-psa.js';
import { runPsaConformance } from '../src/testing/psa-conformance.js';

runPsaConformance('fakePsa', () => fakePsa().harness());
runPsaConformance('fakePsa (named provider, moved clock)', () =>
  fakePsa({ provider: 'acme-psa', clock: { now: () => new Date('2031-01-01T00:00:00Z') } }).harness(),
);

async function failure(promise: Promise<unknown>): Promise<PsaRequestError> {
  const error = await promise.then(
    () => {
      throw new Error('expected a rejection');
    },
    (e: unknown) => e,
  );
  if (!CloseoutError.isInstance(error)) throw error;
  return error as PsaRequestError;
}

describe('fakePsa', () => {
  afterEach(() => {
    vi.useRealTimers();
  });

  it('starts with a Service Desk board and creates tickets on it at New', async () => {
    const psa = fakePsa();
    expect(psa.provider).toBe('fake');
    expect(psa.boards.map((b) => b.name)).toEqual(['Service Desk', 'Projects']);
    const ref = psa.createTicket();
    expect(ref).toEqual({ provider: 'fake', id: '1001' });
    expect(await psa.getTicket(ref)).toEqual({
      id: '1001',
      status: { id: '1', name: 'New' },
      boardId: '1',
      closed: false,
    });
    expect((await psa.listStatuses(ref)).map((s) => `${s.name}${s.closed ? ' (closed)' : ''}`)).toEqual([
      'New',
      'In Progress',
      'Waiting on Customer',
      'Resolved (closed)',
      'Escalated',
    ]);
    const seeded = fakePsa({
      provider: 'cw',
      tickets: [{ id: '48213', status: 'In Progress', summary: 'Printer' }],
    });
    expect(seeded.ticket('48213')).toMatchObject({ summary: 'Printer', status: { name: 'In Progress' } });
    expect(seeded.createTicket({ boardId: '2' })).toEqual({ provider: 'cw', id: '1001' });
    expect(() => seeded.createTicket({ id: '48213' })).toThrow(TypeError);
    expect(() => seeded.statusId('Nope')).toThrow(TypeError);
  });

  it('keeps notes with their visibility and moves tickets, closing them on a closed status', async () => {
    const psa = fakePsa();
    const ref = psa.createTicket();
    await psa.addNote(ref, { text: 'For the customer', type: 'resolution' });
    await psa.addNote(ref, { text: 'For engineers', type: 'internal_analysis' });
    expect(psa.notes(ref.id).map((n) => [n.text, n.type, n.customerVisible])).toEqual([
      ['For the customer', 'resolution', true],
      ['For engineers', 'internal_analysis', false],
    ]);
    await psa.setTicketStatus(ref, psa.statusId('Resolved'));
    expect(psa.ticket(ref.id)).toMatchObject({
      status: { name: 'Resolved' },
      closed: true,
      statusHistory: ['4'],
    });
  });

  it('answers 400 InvalidObject for a status not on the board, unless told not to', async () => {
    const psa = fakePsa();
    const ref = psa.createTicket();
    const error = await failure(psa.setTicketStatus(ref, psa.statusId('Done', '2')));
    expect(error).toMatchObject({ code: 'PSA_REQUEST_FAILED', retryable: false });
    expect(error.details).toMatchObject({
      status: 400,
      psaCode: 'InvalidObject',
      errors: [{ code: 'NotFound', field: 'status/id' }],
    });
    expect(psa.ticket(ref.id).status.name).toBe('New');
    const lax = fakePsa({ rejectStatusesOffBoard: false });
    const t = lax.createTicket();
    await lax.setTicketStatus(t, lax.statusId('Done', '2'));
    expect(lax.ticket(t.id).status.name).toBe('Done');
    expect((await failure(lax.setTicketStatus(t, '404'))).details.status).toBe(400);
  });

  it('rejects a status change silently when told to: OK answer, old status', async () => {
    const psa = fakePsa();
    const ref = psa.createTicket();
    psa.inject('setTicketStatus', { type: 'silent_status_rejection' });
    await expect(psa.setTicketStatus(ref, psa.statusId('Resolved'))).resolves.toBeUndefined();
    expect((await psa.getTicket(ref)).status.name).toBe('New');
    expect(() => psa.inject('addNote', { type: 'silent_status_rejection' })).toThrow(TypeError);
    psa.clearFaults('setTicketStatus');
    await psa.setTicketStatus(ref, psa.statusId('Resolved'));
    expect((await psa.getTicket(ref)).status.name).toBe('Resolved');
  });

  it('answers 429 with Retry-After and 5xx as retryable, 4xx as not, for the given number of calls', async () => {
    const psa = fakePsa();
    const ref = psa.createTicket();
    psa.inject('getTicket', { type: 'http', status: 429, retryAfterSeconds: 30 }, { times: 2 });
    for (let i = 0; i < 2; i++) {
      const e = await failure(psa.getTicket(ref));
      expect(e).toMatchObject({ retryable: true, ambiguous: false, httpStatus: 502 });
      expect(e.details).toMatchObject({ status: 429, retryAfterSeconds: 30, operation: 'getTicket' });
      expect(e.message).toContain('429 Too Many Requests');
    }
    await expect(psa.getTicket(ref)).resolves.toMatchObject({ id: ref.id });
    psa.inject('addNote', { type: 'http', status: 500 });
    expect((await failure(psa.addNote(ref, { text: 'x', type: 'discussion' }))).retryable).toBe(true);
    expect((await failure(psa.addNote(ref, { text: 'x', type: 'discussion' }))).retryable).toBe(true);
    psa.inject('addNote', { type: 'http', status: 403 });
    expect((await failure(psa.addNote(ref, { text: 'x', type: 'discussion' }))).retryable).toBe(false);
    psa.clearFaults();
    expect(psa.notes(ref.id)).toHaveLength(0);
    expect((await failure(psa.getTicket({ provider: 'fake', id: 'nope' }))).details).toMatchObject({
      status: 404,
    });
  });

  it('loses the answer after committing: the note is stored, the call fails ambiguous', async () => {
    const psa = fakePsa();
    const ref = psa.createTicket();
    psa.inject('addNote', { type: 'lost_response' }, { times: 1 });
    const e = await failure(psa.addNote(ref, { text: 'Lost', type: 'resolution' }));
    expect(e).toMatchObject({ code: 'PSA_REQUEST_FAILED', retryable: true, ambiguous: true });
    expect(psa.notes(ref.id).map((n) => n.text)).toEqual(['Lost']);
    psa.inject('setTicketStatus', { type: 'lost_response' }, { times: 1 });
    await failure(psa.setTicketStatus(ref, psa.statusId('Escalated')));
    expect(psa.ticket(ref.id).status.name).toBe('Escalated');
  });

  it('counts calls per operation, failed ones included', async () => {
    const psa = fakePsa();
    const ref = psa.createTicket();
    psa.inject('getTicket', { type: 'http', status: 500 }, { times: 1 });
    await failure(psa.getTicket(ref));
    await psa.getTicket(ref);
    await psa.addNote(ref, { text: 'a', type: 'discussion' });
    await psa.findNote(ref, { text: 'a', since: new Date(0) });
    psa.seedNote(ref.id, { text: 'not counted', type: 'discussion' });
    psa.ticket(ref.id);
    expect(psa.calls).toEqual({
      getTicket: 2,
      addNote: 1,
      setTicketStatus: 0,
      findNote: 1,
      listStatuses: 0,
      addTimeEntry: 0,
      findTimeEntry: 0,
      getTimeEntry: 0,
      getNote: 0,
    });
    expect(psa.totalCalls).toBe(4);
    psa.resetCalls();
    expect(psa.totalCalls).toBe(0);
  });

  it('finds the newest note with the exact text, ignoring line endings and outer blanks', async () => {
    let now = Date.parse('2026-11-25T09:00:00Z');
    const psa = fakePsa({ clock: { now: () => new Date(now) } });
    const ref = psa.createTicket();
    const first = await psa.addNote(ref, { text: 'Line one\r\nLine two', type: 'resolution' });
    now += 1_000;
    const second = await psa.addNote(ref, { text: ' Line one\nLine two ', type: 'resolution' });
    expect(await psa.findNote(ref, { text: 'Line one\nLine two', since: new Date(0) })).toEqual(second);
    expect(await psa.findNote(ref, { text: 'Line one\nLine two', since: new Date(now + 1) })).toBeNull();
    expect(await psa.findNote(ref, { text: 'Line one', since: new Date(0) })).toBeNull();
    expect(first.id).not.toBe(second.id);
  });

  it('waits its latency on every call', async () => {
    vi.useFakeTimers();
    const psa = fakePsa({ latencyMs: 250 });
    const ref = psa.createTicket();
    let done = false;
    const pending = psa.getTicket(ref).then(() => {
      done = true;
    });
    await vi.advanceTimersByTimeAsync(249);
    expect(done).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    await pending;
    expect(done).toBe(true);
    psa.setLatency(0);
    await psa.getTicket(ref);
  });

  it('offers views without optional methods that share its state', async () => {
    const psa = fakePsa();
    const ref = psa.createTicket();
    const bare = psa.without('findNote', 'listStatuses');
    expect(bare.findNote).toBeUndefined();
    expect(bare.listStatuses).toBeUndefined();
    expect(typeof bare.getNote).toBe('function');
    expect(psa.without('getNote').getNote).toBeUndefined();
    expect(bare.provider).toBe('fake');
    await bare.addNote(ref, { text: 'via the view', type: 'discussion' });
    expect(psa.notes(ref.id)).toHaveLength(1);
    expect(psa.calls.addNote).toBe(1);
    expect(typeof psa.without('listStatuses').findNote).toBe('function');
  });

  it('reads a note back by id, and answers null for one the ticket does not hold', async () => {
    const psa = fakePsa();
    const ref = psa.createTicket();
    const other = psa.createTicket();
    const { id } = await psa.addNote(ref, { text: 'Internal findings', type: 'internal_analysis' });
    expect(await psa.getNote(ref, id)).toEqual({ id, text: 'Internal findings', type: 'internal_analysis' });
    expect(await psa.getNote(other, id)).toBeNull();
    expect(await psa.getNote(ref, '1')).toBeNull();
    expect(psa.calls.getNote).toBe(3);
  });

  it('stores a note with the other visibility and answers OK under wrong_visibility', async () => {
    const psa = fakePsa();
    const ref = psa.createTicket();
    psa.inject('addNote', { type: 'wrong_visibility' }, { times: 2 });
    const internal = await psa.addNote(ref, { text: 'for the team only', type: 'internal_analysis' });
    const resolution = await psa.addNote(ref, { text: 'for the customer', type: 'resolution' });
    const clean = await psa.addNote(ref, { text: 'stored right', type: 'internal_analysis' });
    const held = psa.notes(ref.id);
    expect(held.map((n) => [n.id, n.customerVisible])).toEqual([
      [internal.id, true],
      [resolution.id, false],
      [clean.id, false],
    ]);
    expect((await psa.getNote(ref, internal.id))?.type).toBe('discussion');
    expect((await psa.getNote(ref, resolution.id))?.type).toBe('internal_analysis');
    expect(() => psa.inject('getTicket', { type: 'wrong_visibility' })).toThrow(TypeError);
  });

  it('records whether the contact was e-mailed: only for a visible note that asked for it', async () => {
    const psa = fakePsa();
    const ref = psa.createTicket();
    await psa.addNote(ref, { text: 'asked', type: 'resolution', notifyContact: true });
    await psa.addNote(ref, { text: 'not asked', type: 'resolution', notifyContact: false });
    await psa.addNote(ref, { text: 'internal', type: 'internal_analysis', notifyContact: true });
    expect(psa.notes(ref.id).map((n) => n.contactEmailed)).toEqual([true, false, false]);
  });
});

// Time entries at closeout: drafted from the record, logged after the note and before the status
// change, as the technician, read back, and reported.
import { memoryStorage } from '@closeout/storage-memory';
import { describe, expect, it } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import { CloseoutError } from '../src/errors.js';
import type { SessionEvent } from '../src/history/events.js';
import {
  ACCOUNT,
  caught,
  expectPostedOnce,
  manualClock,
  NOTE,
  writebackFixture,
} from './writeback-fixture.js';

const MINUTE = 60_000;
const tech = (accountId: string, actor: string) =>
  accountId === ACCOUNT && actor === 'tech:jdoe' ? 'jdoe' : undefined;

/** A session that took 42 minutes from its creation to the recorded success. */
async function timedSession(f: Awaited<ReturnType<typeof writebackFixture>>) {
  const ticket = f.psa.createTicket();
  const s = await f.acme.sessions.create({ problem: 'Users on floor 3 cannot print', ticket });
  f.clock.advance(10 * MINUTE);
  await f.acme.sessions.proposeFix(s.id, { title: 'Restart the spooler' });
  f.clock.advance(5 * MINUTE);
  await f.acme.sessions.recordOutcome(s.id, { status: 'failed', failureReason: 'jobs still stuck' });
  await f.acme.sessions.proposeFix(s.id, { title: 'Reinstall HP UPD 7.1' });
  f.clock.advance(27 * MINUTE);
  const done = await f.acme.sessions.recordOutcome(s.id, { status: 'success' });
  f.clock.advance(30 * MINUTE); // reading the preview later does not count as work
  return done;
}

describe('previews.timeEntry', () => {
  it('drafts from the first change to the last outcome, naming the fixes and their outcomes', async () => {
    const f = await writebackFixture();
    const s = await timedSession(f);
    const draft = await f.acme.previews.timeEntry(s.id);
    expect(draft).toEqual({
      sessionId: s.id,
      stateVersion: s.stateVersion,
      start: s.createdAt,
      end: new Date(Date.parse(s.createdAt) + 42 * MINUTE).toISOString(),
      minutes: 42,
      notes: [
        'Troubleshooting: Users on floor 3 cannot print',
        '- Restart the spooler: did not work (jobs still stuck)',
        '- Reinstall HP UPD 7.1: worked',
      ].join('\n'),
      billable: true,
    });
    await f.acme.settings.update({ timeEntryBillable: false });
    expect((await f.acme.previews.timeEntry(s.id)).billable).toBe(false);
    await f.acme.settings.update({ timeEntryBillable: null });
    expect((await f.acme.previews.timeEntry(s.id)).billable).toBe(true);
    expect((await caught(f.acme.previews.timeEntry('nope'))).code).toBe('SESSION_NOT_FOUND');
  });

  it('masks secrets in its notes even when the session keeps them', async () => {
    const closeout = createCloseout({ storage: memoryStorage(), clock: manualClock(), secrets: 'keep' });
    const acme = closeout.account(ACCOUNT);
    const s = await acme.sessions.create({ problem: 'VPN login fails' });
    await acme.sessions.proposeFix(s.id, { title: 'Reset the VPN password to Hunter2!Secret99' });
    await acme.sessions.recordOutcome(s.id, {
      status: 'partial',
      partialNotes: 'password=Tr0ub4dor&3xyz works',
    });
    const draft = await acme.previews.timeEntry(s.id);
    expect(draft.notes).not.toContain('Tr0ub4dor&3xyz');
    expect(draft.notes).toContain('partly worked');
    expect(draft.minutes).toBe(1);
    expect(Date.parse(draft.end) - Date.parse(draft.start)).toBe(MINUTE);
  });
});

describe('resolve with a time entry', () => {
  it('logs exactly one entry as the technician, after the note and before the status change, read back', async () => {
    const f = await writebackFixture({ psaMember: tech });
    const s = await timedSession(f);
    const result = await f.acme.resolve(s.id, {
      text: NOTE,
      basedOnVersion: s.stateVersion,
      actor: 'tech:jdoe',
      timeEntry: {},
    });
    const ticketId = s.ticket?.id as string;
    const entries = f.psa.timeEntries(ticketId);
    expect(entries).toHaveLength(1);
    expect(entries[0]).toMatchObject({ minutes: 42, billable: true, member: 'jdoe' });
    expect(entries[0]?.notes).toContain('Reinstall HP UPD 7.1: worked');
    expect(f.psa.notes(ticketId)[0]?.member).toBe('jdoe');
    expect(result.timeEntry).toEqual({ externalId: entries[0]?.id, minutes: 42, verified: true });
    expect(f.psa.calls).toMatchObject({ addTimeEntry: 1, getTimeEntry: 1, findTimeEntry: 0 });
    const after = await expectPostedOnce(f, s);
    expect(after.finalization?.timeEntry).toEqual(result.timeEntry);

    const order = (await f.storage.getHistory(ACCOUNT, s.id)).map((e) => e.type);
    const at = (t: SessionEvent['type']) => order.indexOf(t);
    expect(at('note_posted')).toBeGreaterThan(-1);
    expect(at('note_posted')).toBeLessThan(at('time_entry_posted'));
    expect(at('time_entry_posted')).toBeLessThan(at('status_verified'));
  });

  it('logs before the status change, which would forbid it', async () => {
    const f = await writebackFixture({ psa: { timeEntryNotAllowed: ['Resolved'] } });
    const s = await f.session();
    const closed = f.psa.createTicket({ status: 'Resolved' });
    const refused = await caught(
      f.psa.addTimeEntry(closed, {
        start: new Date(0),
        end: new Date(MINUTE),
        minutes: 1,
        notes: 'x',
        billable: true,
      }),
    );
    expect(refused.details.status).toBe(400);
    const result = await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4, timeEntry: {} });
    expect(result.status?.name).toBe('Resolved');
    expect(result.timeEntry?.verified).toBe(true);
  });

  it('takes the technician edits over the draft', async () => {
    const f = await writebackFixture({ psaMember: tech });
    const s = await timedSession(f);
    const result = await f.acme.escalate(s.id, {
      text: NOTE,
      basedOnVersion: s.stateVersion,
      actor: 'tech:jdoe',
      timeEntry: { minutes: 30, notes: 'Printer triage', billable: false, member: 'asmith' },
    });
    const [entry] = f.psa.timeEntries(s.ticket?.id);
    expect(entry).toMatchObject({ minutes: 30, notes: 'Printer triage', billable: false, member: 'asmith' });
    expect(result.timeEntry?.minutes).toBe(30);
    // The note is still written as the technician.
    expect(f.psa.notes(s.ticket?.id)[0]?.member).toBe('jdoe');
  });

  it('writes as the API user when psaMember has no member for the actor', async () => {
    const f = await writebackFixture({ psaMember: tech });
    const s = await f.session();
    await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4, actor: 'tech:other', timeEntry: {} });
    expect(f.psa.notes(s.ticket?.id)[0]?.member).toBeUndefined();
    expect(f.psa.timeEntries(s.ticket?.id)[0]?.member).toBeUndefined();
  });

  it('answers VALIDATION_FAILED before posting anything when the PSA cannot log time', async () => {
    const f = await writebackFixture({ psaOption: (psa) => psa.without('addTimeEntry') });
    const s = await f.session();
    const error = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4, timeEntry: {} }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.issues).toEqual([
      { path: 'timeEntry', message: 'not supported by the fake adapter' },
    ]);
    expect(f.psa.notes(s.ticket?.id)).toEqual([]);
    expect(f.psa.totalCalls).toBe(0);
    expect((await f.acme.sessions.get(s.id)).stateVersion).toBe(4);
    expect(await f.storage.getWriteback(ACCOUNT, s.id)).toBeNull();

    const local = await f.session({ ticket: false });
    const noTicket = await caught(f.acme.resolve(local.id, { text: NOTE, basedOnVersion: 4, timeEntry: {} }));
    expect(noTicket.code).toBe('VALIDATION_FAILED');
    expect((await f.acme.sessions.get(local.id)).status).toBe('open');
  });

  it("answers the adapter's configuration error before posting anything (checkTimeEntry)", async () => {
    const f = await writebackFixture({
      psaOption: (psa) => ({
        ...psa,
        checkTimeEntry: () => {
          throw new CloseoutError('VALIDATION_FAILED', 'No role configured', {
            details: { issues: [{ path: 'timeEntryRoleId', message: 'required' }] },
          });
        },
      }),
    });
    const s = await f.session();
    const error = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4, timeEntry: {} }));
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(f.psa.totalCalls).toBe(0);
    expect(await f.storage.getWriteback(ACCOUNT, s.id)).toBeNull();
    // Without a time entry the same adapter posts as before.
    expect((await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 })).outcome).toBe('resolved');
  });

  it('refuses a time entry that ends before it starts or lasts over a day, posting nothing', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    for (const timeEntry of [
      { start: '2026-11-25T10:00:00Z', end: '2026-11-25T09:00:00Z' },
      { minutes: 1441 },
      { start: '2026-11-23T09:00:00Z', end: '2026-11-25T09:00:00Z' },
    ]) {
      const error = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4, timeEntry }));
      expect(error.code).toBe('VALIDATION_FAILED');
    }
    expect(f.psa.totalCalls).toBe(0);
  });

  it('finds the entry again after a lost answer and never logs it twice', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    f.psa.inject('addTimeEntry', { type: 'lost_response' }, { times: 1 });
    const lost = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4, timeEntry: {} }));
    expect(lost.code).toBe('PSA_REQUEST_FAILED');
    expect(lost.details.ambiguous).toBe(true);
    expect(f.psa.ticket(s.ticket?.id as string).status.name).toBe('New');

    const result = await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4, timeEntry: {} });
    const entries = f.psa.timeEntries(s.ticket?.id);
    expect(entries).toHaveLength(1);
    expect(result.timeEntry).toEqual({ externalId: entries[0]?.id, minutes: 1, verified: true });
    expect(f.psa.calls).toMatchObject({ addTimeEntry: 1, findTimeEntry: 1, addNote: 1 });
    await expectPostedOnce(f, s);
    const journal = (await f.storage.getWriteback(ACCOUNT, s.id))?.journal;
    expect(journal?.timeEntryRecovered).toBe(true);
  });

  it('without findTimeEntry, refuses to log again after a lost answer unless allowDuplicateNote', async () => {
    const f = await writebackFixture({ psaOption: (psa) => psa.without('findTimeEntry') });
    const s = await f.session();
    f.psa.inject('addTimeEntry', { type: 'lost_response' }, { times: 1 });
    await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4, timeEntry: {} }));
    const refused = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
    expect(refused.details.reason).toBe('time_entry_may_exist');
    expect(f.psa.timeEntries(s.ticket?.id)).toHaveLength(1);
    await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4, allowDuplicateNote: true });
    expect(f.psa.timeEntries(s.ticket?.id)).toHaveLength(2);
    expect(f.psa.notes(s.ticket?.id)).toHaveLength(1);
  });

  it('retries a refused time entry: the note stays, the entry is logged once the PSA takes it', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    f.psa.inject('addTimeEntry', { type: 'http', status: 400 }, { times: 1 });
    expect((await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4, timeEntry: {} }))).code).toBe(
      'PSA_REQUEST_FAILED',
    );
    // The note is on the ticket: the writeback stays pinned to it and finishes with its entry.
    const journal = (await f.storage.getWriteback(ACCOUNT, s.id))?.journal;
    expect(journal?.timeEntryAttemptedAt).toBeUndefined();
    expect(journal?.noteId).toBeDefined();
    const result = await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 });
    expect(result.timeEntry?.verified).toBe(true);
    expect(f.psa.calls).toMatchObject({ addTimeEntry: 2, findTimeEntry: 0, addNote: 1 });
    expect(f.psa.timeEntries(s.ticket?.id)).toHaveLength(1);
    await expectPostedOnce(f, s);
  });
});

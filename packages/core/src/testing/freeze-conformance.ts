import { describe, expect, it } from 'vitest';
import type { AccountScope } from '../closeout.js';
import { createCloseout } from '../closeout.js';
import { CloseoutError } from '../errors.js';
import type { Session } from '../model/session.js';
import type { PsaAdapter } from '../psa/adapter.js';
import type { StorageAdapter } from '../storage/adapter.js';
import type { WritebackJournal } from '../writeback/journal.js';
import { type FakePsa, fakePsa } from './fake-psa.js';

// The writeback freeze, as every store must provide it: a writeback's claim and the refusal of
// other writers are one atomic fact. First at the storage level (claims raced against updates),
// then end to end: changes fired at many points of a slow writeback, after which the note on the
// ticket must always describe the state the session was finalized with.

/** Settles `promise` at once, so a rejection is handled although it is inspected later. */
const settle = <T>(promise: Promise<T>): Promise<PromiseSettledResult<T>> =>
  promise.then(
    (value) => ({ status: 'fulfilled', value }),
    (reason: unknown) => ({ status: 'rejected', reason }),
  );

const codeOf = (reason: unknown) => (CloseoutError.isInstance(reason) ? reason.code : String(reason));

const addFinding =
  (text: string) =>
  (s: Session): Session => ({
    ...s,
    stateVersion: s.stateVersion + 1,
    findings: [...s.findings, { id: `fnd_${text}`, text, createdAt: new Date(0).toISOString() }],
  });

const pinnedJournal = (now: number): WritebackJournal => ({
  kind: 'resolve',
  text: 'Printer queue restored.',
  basedOnVersion: 1,
  startedAt: new Date(now).toISOString(),
  noteAttemptedAt: new Date(now).toISOString(),
});

/** The session changes a technician might make while a note is in flight, one per index. */
function change(acme: AccountScope, sessionId: string, i: number, other: { provider: string; id: string }) {
  switch (i % 5) {
    case 0:
      return acme.sessions.recordOutcome(sessionId, { status: 'failed', failureReason: `Back again ${i}` });
    case 1:
      return acme.sessions.addFinding(sessionId, { text: `Late finding ${i}` });
    case 2:
      return acme.sessions.proposeFix(sessionId, { title: `Another fix ${i}` });
    case 3:
      return acme.sessions.linkTicket(sessionId, other);
    default:
      return acme.sessions.recordDecision(sessionId, { text: `Late decision ${i}` });
  }
}

/** A PSA adapter that runs `during(operation)` inside every call, while the call is in flight. */
function interleaved(psa: FakePsa, during: (operation: string) => Promise<void>): PsaAdapter {
  const inFlight =
    <A extends unknown[], R>(operation: string, call: (...args: A) => Promise<R>) =>
    async (...args: A): Promise<R> => {
      await during(operation);
      return call(...args);
    };
  return {
    provider: psa.provider,
    getTicket: inFlight('getTicket', (ref) => psa.getTicket(ref)),
    addNote: inFlight('addNote', (ref, note) => psa.addNote(ref, note)),
    setTicketStatus: inFlight('setTicketStatus', (ref, id) => psa.setTicketStatus(ref, id)),
    findNote: inFlight('findNote', (ref, query) => psa.findNote(ref, query)),
    listStatuses: inFlight('listStatuses', (ref) => psa.listStatuses(ref)),
  };
}

/**
 * The invariant: a resolved session's note is on its ticket with the finalized text, and no
 * change committed after the state it was drafted from; an unresolved session posted nothing.
 */
function expectNoteMatchesRecord(args: {
  psa: FakePsa;
  ticketId: string;
  final: Session;
  committed: Session[];
  refused: string[];
}) {
  const { psa, ticketId, final, committed } = args;
  const notes = psa.notes();
  if (final.status !== 'resolved') {
    expect(notes).toHaveLength(0);
    return;
  }
  for (const code of args.refused) expect(['WRITEBACK_IN_PROGRESS', 'ALREADY_FINALIZED']).toContain(code);
  const f = final.finalization;
  expect(psa.notes(ticketId)).toHaveLength(1);
  expect(notes).toHaveLength(1);
  expect(notes[0]?.text).toBe(f?.text);
  expect(final.stateVersion).toBe((f?.basedOnVersion ?? Number.NaN) + 1);
  for (const s of committed) expect(s.stateVersion).toBeLessThanOrEqual(f?.basedOnVersion ?? 0);
  // The note closes the ticket over a successful fix, and the record still says so.
  expect(final.fixes.find((x) => x.id === final.activeFixId)?.status).toBe('success');
  expect(final.ticket?.id).toBe(ticketId);
}

/** Registers the freeze tests of {@link runStorageConformance}. */
export function describeWritebackFreeze(
  storageOf: () => StorageAdapter,
  freshAccount: (label: string) => string,
): void {
  describe('writeback freeze', () => {
    const seed = async (accountId: string): Promise<Session> => {
      const acme = createCloseout({ storage: storageOf() }).account(accountId);
      return acme.sessions.create({ problem: 'Printer offline' });
    };

    it('refuses updates while another token holds a live claim, lets the holder through, ends with the lease', async () => {
      const storage = storageOf();
      const a = freshAccount('freeze');
      const s = await seed(a);
      const now = Date.now();
      await storage.claimWriteback(a, s.id, { token: 'wb', now, leaseMs: 1_000 });
      const refused = await storage.updateSession(a, s.id, addFinding('x'), { now }).catch((e) => e);
      expect(codeOf(refused)).toBe('WRITEBACK_IN_PROGRESS');
      expect((refused as CloseoutError).details).toMatchObject({ reason: 'claimed' });
      expect((await storage.getSession(a, s.id))?.stateVersion).toBe(1);
      const byHolder = await storage.updateSession(a, s.id, addFinding('holder'), { now, claimToken: 'wb' });
      expect(byHolder?.stateVersion).toBe(2);
      const afterLease = await storage.updateSession(a, s.id, addFinding('late'), { now: now + 1_000 });
      expect(afterLease?.stateVersion).toBe(3);
      const next = await storage.claimWriteback(a, s.id, { token: 'wb2', now: now + 1_000, leaseMs: 1_000 });
      expect(next.acquired).toBe(true);
      await storage.releaseWriteback(a, s.id, 'wb2');
      const released = await storage.updateSession(a, s.id, addFinding('released'), { now: now + 1_000 });
      expect(released?.stateVersion).toBe(4);
    });

    it('refuses updates while a journal is pinned, unless the writer holds the claim', async () => {
      const storage = storageOf();
      const a = freshAccount('pinned');
      const s = await seed(a);
      const now = Date.now();
      await storage.claimWriteback(a, s.id, { token: 'crashed', now, leaseMs: 1_000 });
      await storage.saveWriteback(a, s.id, 'crashed', pinnedJournal(now));
      // The attempt died; its lease ran out, but the note it may have posted still pins the state.
      const refused = await storage
        .updateSession(a, s.id, addFinding('x'), { now: now + 5_000 })
        .catch((e) => e);
      expect(codeOf(refused)).toBe('WRITEBACK_IN_PROGRESS');
      expect((refused as CloseoutError).details).toMatchObject({ reason: 'unfinished' });
      const retry = await storage.claimWriteback(a, s.id, {
        token: 'retry',
        now: now + 5_000,
        leaseMs: 1_000,
      });
      expect(retry.acquired).toBe(true);
      const finalized = await storage.updateSession(a, s.id, addFinding('final'), {
        now: now + 5_000,
        claimToken: 'retry',
      });
      expect(finalized?.stateVersion).toBe(2);
      await storage.saveWriteback(a, s.id, 'retry', {
        ...pinnedJournal(now),
        noteId: '1',
        finalizedAt: new Date(now).toISOString(),
      });
      await storage.releaseWriteback(a, s.id, 'retry');
      expect((await storage.updateSession(a, s.id, addFinding('after'), { now }))?.stateVersion).toBe(3);
    });

    it('lets no update land after a claim taken while many are in flight', async () => {
      const storage = storageOf();
      for (const claimAfter of [0, 3, 12, 30]) {
        const a = freshAccount('claim-race');
        const s = await seed(a);
        const now = Date.now();
        const updates: Promise<PromiseSettledResult<Session | null>>[] = [];
        let atClaim: Promise<number> | undefined;
        for (let i = 0; i < 40; i++) {
          if (i === claimAfter) {
            atClaim = storage
              .claimWriteback(a, s.id, { token: 'wb', now, leaseMs: 60_000 })
              .then(async (claim) => {
                expect(claim.acquired).toBe(true);
                return (await storage.getSession(a, s.id))?.stateVersion ?? 0;
              });
          }
          updates.push(settle(storage.updateSession(a, s.id, addFinding(String(i)), { now })));
          // Let earlier updates reach the store at different points of their way.
          if (i % 4 === 0) await new Promise((resolve) => setImmediate(resolve));
        }
        const settled = await Promise.all(updates);
        const frozenAt = await atClaim;
        const final = await storage.getSession(a, s.id);
        expect(final?.stateVersion).toBe(frozenAt);
        expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength((frozenAt ?? 0) - 1);
        for (const r of settled)
          if (r.status === 'rejected') expect(codeOf(r.reason)).toBe('WRITEBACK_IN_PROGRESS');
      }
    });

    it('never posts a note that disagrees with the final record, whatever changes inside the PSA calls', async () => {
      const points = ['listStatuses', 'addNote', 'setTicketStatus', 'getTicket'];
      let refusedDuring = 0;
      for (const point of points) {
        for (const [index, delayMs] of [0, 1, 5].entries()) {
          const psa = fakePsa({ latencyMs: delayMs });
          const ticket = psa.createTicket();
          const other = psa.createTicket();
          const committed: Session[] = [];
          const refused: string[] = [];
          let acme!: AccountScope;
          let sessionId = '';
          let fired = false;
          const during = async (operation: string) => {
            if (operation !== point || fired) return;
            fired = true;
            // A burst of changes while the call is in flight; each must be refused.
            const burst = await Promise.allSettled(
              Array.from({ length: 5 }, (_, i) => change(acme, sessionId, i + index, other)),
            );
            for (const r of burst) {
              if (r.status === 'fulfilled') committed.push(r.value);
              else refused.push(codeOf(r.reason));
            }
          };
          const closeout = createCloseout({ storage: storageOf(), psa: interleaved(psa, during) });
          acme = closeout.account(freshAccount('note-race'));
          await acme.settings.update({ resolvedStatusId: psa.statusId('Resolved') });
          const s = await acme.sessions.create({ problem: 'Users cannot print', ticket });
          sessionId = s.id;
          await acme.sessions.proposeFix(s.id, { title: 'Reinstall the driver' });
          const ready = await acme.sessions.recordOutcome(s.id, { status: 'success' });
          const result = await acme.resolve(s.id, { basedOnVersion: ready.stateVersion });
          expect(result.outcome).toBe('resolved');
          refusedDuring += refused.length;
          expect(committed).toEqual([]);
          expectNoteMatchesRecord({
            psa,
            ticketId: ticket.id,
            final: await acme.sessions.get(s.id),
            committed,
            refused,
          });
        }
      }
      expect(refusedDuring).toBe(points.length * 3 * 5);
    });

    it('never posts a note that disagrees with the final record under a storm of concurrent changes', async () => {
      let finished = 0;
      let stale = 0;
      for (let round = 0; round < 6; round++) {
        const psa = fakePsa({ latencyMs: 2 + (round % 3) * 4 });
        const ticket = psa.createTicket();
        const other = psa.createTicket();
        const acme = createCloseout({ storage: storageOf(), psa }).account(freshAccount('note-storm'));
        await acme.settings.update({ resolvedStatusId: psa.statusId('Resolved') });
        const s = await acme.sessions.create({ problem: 'VPN drops', ticket });
        await acme.sessions.proposeFix(s.id, { title: 'Update the VPN client' });
        const ready = await acme.sessions.recordOutcome(s.id, { status: 'success' });
        const changes: Promise<PromiseSettledResult<Session>>[] = [];
        const resolving = settle(
          acme.resolve(s.id, {
            text: 'Updated the VPN client; the tunnel held for an hour.',
            basedOnVersion: ready.stateVersion,
          }),
        );
        // Changes spread over the writeback's whole span, starting later each round: the early
        // ones race the claim itself, the later ones every step after it.
        await new Promise((resolve) => setTimeout(resolve, round * 3));
        for (let i = 0; i < 24; i++) {
          changes.push(settle(change(acme, s.id, i, other)));
          await new Promise((resolve) => setTimeout(resolve, 2));
        }
        const outcome = await resolving;
        const settled = await Promise.all(changes);
        const final = await acme.sessions.get(s.id);
        if (outcome.status === 'fulfilled') finished++;
        else if (codeOf(outcome.reason) === 'STALE_PREVIEW') stale++;
        else throw outcome.reason;
        const committed = settled.flatMap((r) => (r.status === 'fulfilled' ? [r.value] : []));
        const refused = settled.flatMap((r) => (r.status === 'rejected' ? [codeOf(r.reason)] : []));
        // A session whose writeback lost to a change posted nothing and stays open to changes.
        expectNoteMatchesRecord({ psa, ticketId: ticket.id, final, committed, refused });
      }
      expect(finished + stale).toBe(6);
    });

    it('keeps a time entry through the store: logged once across a lost answer, read back, finalized', async () => {
      const psa = fakePsa();
      const ticket = psa.createTicket();
      const acme = createCloseout({
        storage: storageOf(),
        psa,
        psaMember: (_account, actor) => (actor === 'tech:jdoe' ? 'jdoe' : undefined),
      }).account(freshAccount('time-entry'));
      await acme.settings.update({ resolvedStatusId: psa.statusId('Resolved') });
      const s = await acme.sessions.create({ problem: 'Scanner to email fails', ticket });
      await acme.sessions.proposeFix(s.id, { title: 'Renew the SMTP app password' });
      const ready = await acme.sessions.recordOutcome(s.id, { status: 'success' });
      const input = {
        text: 'Renewed the SMTP app password; scans arrive again.',
        basedOnVersion: ready.stateVersion,
        actor: 'tech:jdoe',
        timeEntry: { minutes: 20, notes: 'SMTP app password renewal' },
      };
      psa.inject('addTimeEntry', { type: 'lost_response' }, { times: 1 });
      const lost = await settle(acme.resolve(s.id, input));
      expect(lost.status === 'rejected' && codeOf(lost.reason)).toBe('PSA_REQUEST_FAILED');
      const result = await acme.resolve(s.id, input);
      const entries = psa.timeEntries(ticket.id);
      expect(entries).toHaveLength(1);
      expect(entries[0]).toMatchObject({ minutes: 20, member: 'jdoe' });
      expect(result.timeEntry).toEqual({ externalId: entries[0]?.id, minutes: 20, verified: true });
      const final = await acme.sessions.get(s.id);
      expect(final.finalization?.timeEntry).toEqual(result.timeEntry);
      expect(psa.notes(ticket.id)).toHaveLength(1);
    });
  });
}

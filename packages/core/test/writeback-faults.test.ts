// The fault matrix: an attempt is stopped at every step boundary (a thrown error, or a process
// that died holding its claim) or hit by a PSA or storage fault, then retried. Every row must end
// with exactly one note, the status verified, and the session finalized once (+1 version).
import { describe, expect, it } from 'vitest';
import { CloseoutError } from '../src/errors.js';
import type { StorageAdapter } from '../src/storage/adapter.js';
import type { FakePsaFault } from '../src/testing/fake-psa-faults.js';
import type { PsaOperation } from '../src/testing/psa-harness.js';
import { DEFAULT_WRITEBACK_LEASE_MS } from '../src/writeback/service.js';
import { WRITEBACK_STEPS, type WritebackStep } from '../src/writeback/step.js';
import { holdAt } from './support/hold.js';
import {
  ACCOUNT,
  caught,
  expectPostedOnce,
  NOTE,
  type WritebackFixture,
  writebackFixture,
} from './writeback-fixture.js';

type Ending = 'result' | 'WRITEBACK_IN_PROGRESS' | 'ALREADY_FINALIZED';

// A writeback without a time entry never passes the time entry boundaries; the matrix of a
// writeback with one is in writeback-time-entry-faults.test.ts.
type NoteStep = Exclude<WritebackStep, `time_entry_${string}`>;
const NOTE_STEPS = WRITEBACK_STEPS.filter((s): s is NoteStep => !s.startsWith('time_entry_'));

/**
 * Per step boundary: the PSA calls the retry makes, whether the retry finds the session already
 * finalized, and how an attempt that stalled there (holding its claim) ends when it wakes up after
 * the retry finished.
 */
const MATRIX: Record<
  NoteStep,
  { retryCalls: Partial<Record<PsaOperation, number>>; finalized?: true; zombie: Ending }
> = {
  claimed: {
    retryCalls: { listStatuses: 1, addNote: 1, getNote: 1, setTicketStatus: 1, getTicket: 1 },
    zombie: 'WRITEBACK_IN_PROGRESS',
  },
  preflight_checked: {
    retryCalls: { listStatuses: 1, addNote: 1, getNote: 1, setTicketStatus: 1, getTicket: 1 },
    zombie: 'WRITEBACK_IN_PROGRESS',
  },
  note_attempt_recorded: {
    retryCalls: { findNote: 1, addNote: 1, getNote: 1, setTicketStatus: 1, getTicket: 1 },
    zombie: 'WRITEBACK_IN_PROGRESS',
  },
  note_posted: {
    retryCalls: { findNote: 1, getNote: 1, setTicketStatus: 1, getTicket: 1 },
    zombie: 'WRITEBACK_IN_PROGRESS',
  },
  note_recorded: {
    retryCalls: { getNote: 1, setTicketStatus: 1, getTicket: 1 },
    zombie: 'WRITEBACK_IN_PROGRESS',
  },
  note_read_back: {
    retryCalls: { getNote: 1, setTicketStatus: 1, getTicket: 1 },
    zombie: 'WRITEBACK_IN_PROGRESS',
  },
  note_verified: { retryCalls: { setTicketStatus: 1, getTicket: 1 }, zombie: 'WRITEBACK_IN_PROGRESS' },
  status_set: { retryCalls: { setTicketStatus: 1, getTicket: 1 }, zombie: 'WRITEBACK_IN_PROGRESS' },
  status_verified: { retryCalls: {}, zombie: 'ALREADY_FINALIZED' },
  finalized: { retryCalls: {}, finalized: true, zombie: 'result' },
  journal_closed: { retryCalls: {}, finalized: true, zombie: 'result' },
};

const ZERO: Record<PsaOperation, number> = {
  getTicket: 0,
  addNote: 0,
  setTicketStatus: 0,
  findNote: 0,
  listStatuses: 0,
  addTimeEntry: 0,
  findTimeEntry: 0,
  getTimeEntry: 0,
  getNote: 0,
};

function diff(f: WritebackFixture, before: Record<PsaOperation, number>): Record<PsaOperation, number> {
  const now = f.psa.calls;
  return Object.fromEntries(
    Object.keys(ZERO).map((k) => [k, now[k as PsaOperation] - before[k as PsaOperation]]),
  ) as Record<PsaOperation, number>;
}

/** Retries and checks the end state: a result, or ALREADY_FINALIZED carrying the same result. */
async function retryAndCheck(f: WritebackFixture, sessionId: string, expectFinalized: boolean) {
  const s = await f.storage.getSession(ACCOUNT, sessionId);
  const attempt = f.acme.resolve(sessionId, { text: NOTE, basedOnVersion: 4 });
  if (expectFinalized) {
    const error = await caught(attempt);
    expect(error.code).toBe('ALREADY_FINALIZED');
    expect(error.details.result).toMatchObject({
      outcome: 'resolved',
      stateVersion: 5,
      status: { verified: true },
    });
  } else {
    const result = await attempt;
    expect(result).toMatchObject({
      outcome: 'resolved',
      stateVersion: 5,
      status: { name: 'Resolved', verified: true },
    });
  }
  return s;
}

describe('writeback fault matrix: a thrown error at every step boundary, then a retry', () => {
  for (const step of NOTE_STEPS) {
    it(`crash at ${step} → the retry ends with one note, verified, finalized once`, async () => {
      const f = await writebackFixture();
      const s = await f.session();
      const crashing = f.service({
        onStep: (at) => {
          if (at === step) throw new Error(`crash at ${step}`);
        },
      });
      await expect(crashing.resolve(s.id, { text: NOTE, basedOnVersion: 4 })).rejects.toThrow(
        `crash at ${step}`,
      );
      // An error releases the claim at once: the retry needs no lease to pass.
      expect((await f.storage.getWriteback(ACCOUNT, s.id))?.claim ?? null).toBeNull();

      const before = f.psa.calls;
      await retryAndCheck(f, s.id, MATRIX[step].finalized === true);
      expect(diff(f, before)).toEqual({ ...ZERO, ...MATRIX[step].retryCalls });
      await expectPostedOnce(f, s);
    });
  }
});

describe('writeback fault matrix: a process that died at every step boundary, holding its claim', () => {
  for (const step of NOTE_STEPS) {
    it(`died at ${step} → waits for the lease, resumes, and the woken zombie changes nothing`, async () => {
      const f = await writebackFixture();
      const s = await f.session();
      const hold = holdAt(step);
      const dying = f.service({ onStep: hold.onStep });
      const zombie = dying.resolve(s.id, { text: NOTE, basedOnVersion: 4 }).then(
        (r) => ({ ok: true as const, r }),
        (e: unknown) => ({ ok: false as const, e }),
      );
      await hold.reached;

      if (MATRIX[step].finalized !== true) {
        // The claim is still held: a retry before the lease runs out is turned away.
        const early = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
        expect(early.code).toBe('WRITEBACK_IN_PROGRESS');
        // The session is frozen while the claim lives: a change is refused, and nothing moves.
        const frozen = await caught(
          f.acme.sessions.recordOutcome(s.id, { status: 'failed', failureReason: 'x' }),
        );
        expect(frozen.details).toMatchObject({ reason: 'claimed' });
        f.clock.advance(DEFAULT_WRITEBACK_LEASE_MS - 1);
        expect((await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }))).code).toBe(
          'WRITEBACK_IN_PROGRESS',
        );
        f.clock.advance(1);
        if (WRITEBACK_STEPS.indexOf(step) >= WRITEBACK_STEPS.indexOf('note_attempt_recorded')) {
          // The lease is over, but a note may be on the ticket: the state it describes stays put.
          const pinned = await caught(f.acme.sessions.addFinding(s.id, { text: 'late' }));
          expect(pinned.details).toMatchObject({ reason: 'unfinished' });
        }
        expect((await f.acme.sessions.get(s.id)).stateVersion).toBe(4);
      }
      const before = f.psa.calls;
      await retryAndCheck(f, s.id, MATRIX[step].finalized === true);
      expect(diff(f, before)).toEqual({ ...ZERO, ...MATRIX[step].retryCalls });
      await expectPostedOnce(f, s);

      // The stalled process wakes up: it must not post, move the ticket, or finalize again.
      const beforeZombie = f.psa.calls;
      hold.release();
      const outcome = await zombie;
      const zombieCalls = diff(f, beforeZombie);
      expect(zombieCalls.addNote).toBe(0);
      expect(zombieCalls.setTicketStatus).toBe(0);
      if (outcome.ok) {
        expect(MATRIX[step].zombie).toBe('result');
        expect(outcome.r).toMatchObject({ outcome: 'resolved', stateVersion: 5 });
      } else {
        expect(CloseoutError.isInstance(outcome.e), String(outcome.e)).toBe(true);
        expect((outcome.e as CloseoutError).code).toBe(MATRIX[step].zombie);
      }
      await expectPostedOnce(f, s);
    });
  }
});

describe('writeback fault matrix: PSA faults, then a retry', () => {
  const rows: Array<{
    name: string;
    operation: PsaOperation;
    fault: FakePsaFault;
    code: string;
    retryCalls: Partial<Record<PsaOperation, number>>;
  }> = [
    {
      name: 'lost response after the note was stored',
      operation: 'addNote',
      fault: { type: 'lost_response' },
      code: 'PSA_REQUEST_FAILED',
      retryCalls: { findNote: 1, getNote: 1, setTicketStatus: 1, getTicket: 1 },
    },
    {
      name: '500 on the note post',
      operation: 'addNote',
      fault: { type: 'http', status: 500 },
      code: 'PSA_REQUEST_FAILED',
      retryCalls: { findNote: 1, addNote: 1, getNote: 1, setTicketStatus: 1, getTicket: 1 },
    },
    {
      name: '429 on the note post',
      operation: 'addNote',
      fault: { type: 'http', status: 429, retryAfterSeconds: 2 },
      code: 'PSA_REQUEST_FAILED',
      retryCalls: { findNote: 1, addNote: 1, getNote: 1, setTicketStatus: 1, getTicket: 1 },
    },
    {
      name: '503 on the preflight',
      operation: 'listStatuses',
      fault: { type: 'http', status: 503 },
      code: 'PSA_REQUEST_FAILED',
      retryCalls: { listStatuses: 1, addNote: 1, getNote: 1, setTicketStatus: 1, getTicket: 1 },
    },
    {
      name: '503 on the note read-back',
      operation: 'getNote',
      fault: { type: 'http', status: 503 },
      code: 'PSA_REQUEST_FAILED',
      retryCalls: { getNote: 1, setTicketStatus: 1, getTicket: 1 },
    },
    {
      name: 'lost response after the status was set',
      operation: 'setTicketStatus',
      fault: { type: 'lost_response' },
      code: 'PSA_REQUEST_FAILED',
      retryCalls: { setTicketStatus: 1, getTicket: 1 },
    },
    {
      name: 'silent status rejection',
      operation: 'setTicketStatus',
      fault: { type: 'silent_status_rejection' },
      code: 'PSA_STATUS_VERIFICATION_FAILED',
      retryCalls: { setTicketStatus: 1, getTicket: 1 },
    },
    {
      name: '429 on the re-fetch',
      operation: 'getTicket',
      fault: { type: 'http', status: 429, retryAfterSeconds: 1 },
      code: 'PSA_REQUEST_FAILED',
      retryCalls: { setTicketStatus: 1, getTicket: 1 },
    },
  ];
  for (const row of rows) {
    it(`${row.name} → ${row.code}, then the retry ends with one note, verified, finalized once`, async () => {
      const f = await writebackFixture();
      const s = await f.session();
      f.psa.inject(row.operation, row.fault, { times: 1 });
      expect((await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }))).code).toBe(row.code);
      const before = f.psa.calls;
      await retryAndCheck(f, s.id, false);
      expect(diff(f, before)).toEqual({ ...ZERO, ...row.retryCalls });
      await expectPostedOnce(f, s);
    });
  }
});

/** Fails the `failAt`-th storage call once armed, before or after the call takes effect. */
function failingStorage(inner: StorageAdapter) {
  const control = { armed: false, count: 0, failAt: 0, after: false };
  const wrapped = new Proxy(inner, {
    get(target, property, receiver) {
      const value = Reflect.get(target, property, receiver) as unknown;
      if (typeof value !== 'function') return value;
      return async (...args: unknown[]) => {
        if (!control.armed) return (value as (...a: unknown[]) => unknown).apply(target, args);
        control.count += 1;
        const hit = control.count === control.failAt;
        if (hit && !control.after) throw new Error(`storage down at call ${control.count}`);
        const result = await (value as (...a: unknown[]) => unknown).apply(target, args);
        if (hit) throw new Error(`storage answer lost at call ${control.count}`);
        return result;
      };
    },
  });
  return { wrapped, control };
}

describe('writeback fault matrix: every storage call failing, before or after it took effect', () => {
  it('ends every time with one note, verified, finalized once', async () => {
    // Count the storage calls of one happy-path writeback first.
    let calls = 0;
    {
      let handle!: ReturnType<typeof failingStorage>;
      const f = await writebackFixture({
        wrapStorage: (s) => {
          handle = failingStorage(s);
          return handle.wrapped;
        },
      });
      const s = await f.session();
      handle.control.armed = true;
      await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 });
      calls = handle.control.count;
    }
    expect(calls).toBeGreaterThan(10);

    for (const after of [false, true]) {
      for (let failAt = 1; failAt <= calls; failAt++) {
        let handle!: ReturnType<typeof failingStorage>;
        const f = await writebackFixture({
          wrapStorage: (s) => {
            handle = failingStorage(s);
            return handle.wrapped;
          },
        });
        const s = await f.session();
        Object.assign(handle.control, { armed: true, failAt, after, count: 0 });
        const first = await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }).then(
          () => true,
          () => false,
        );
        handle.control.armed = false;
        // A failed release leaves the claim to its lease; everything else releases it at once.
        const claim = (await f.storage.getWriteback(ACCOUNT, s.id))?.claim;
        if (claim) f.clock.advance(DEFAULT_WRITEBACK_LEASE_MS);
        const finalized = (await f.storage.getSession(ACCOUNT, s.id))?.status === 'resolved';
        if (!first || !finalized) await retryAndCheck(f, s.id, finalized);
        await expectPostedOnce(f, s);
      }
    }
  });
});

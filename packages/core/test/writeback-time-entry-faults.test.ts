// The fault matrix of a writeback with a time entry: an attempt is stopped at every step boundary
// (a thrown error, or a process that died holding its claim), then retried. Every row must end
// with one note, one time entry read back, the status verified, and the session finalized once.
import { describe, expect, it } from 'vitest';
import { CloseoutError } from '../src/errors.js';
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

const INPUT = { text: NOTE, basedOnVersion: 4, actor: 'tech:jdoe', timeEntry: {} } as const;
const psaMember = (_account: string, actor: string) => (actor === 'tech:jdoe' ? 'jdoe' : undefined);
const FINALIZED: readonly WritebackStep[] = ['finalized', 'journal_closed'];

/** Retries, then checks one entry, as the technician, reported by the result (or ALREADY_FINALIZED's). */
async function retryAndCheck(f: WritebackFixture, sessionId: string, step: WritebackStep) {
  const attempt = f.acme.resolve(sessionId, INPUT);
  const result = FINALIZED.includes(step)
    ? ((await caught(attempt)).details.result as { timeEntry?: unknown })
    : await attempt;
  const s = await f.acme.sessions.get(sessionId);
  const entries = f.psa.timeEntries(s.ticket?.id);
  expect(entries).toHaveLength(1);
  expect(entries[0]?.member).toBe('jdoe');
  expect(result.timeEntry).toEqual({ externalId: entries[0]?.id, minutes: 1, verified: true });
  await expectPostedOnce(f, { ...s, stateVersion: 4 });
  // Logged once across both attempts, never again.
  expect(f.psa.calls.addTimeEntry).toBe(1);
  expect(f.psa.calls.addNote).toBe(1);
}

describe('time entry fault matrix: a thrown error at every step boundary, then a retry', () => {
  for (const step of WRITEBACK_STEPS) {
    it(`crash at ${step} → one note, one time entry, verified, finalized once`, async () => {
      const f = await writebackFixture({ psaMember });
      const s = await f.session();
      const crashing = f.service({
        onStep: (at) => {
          if (at === step) throw new Error(`crash at ${step}`);
        },
      });
      await expect(crashing.resolve(s.id, INPUT)).rejects.toThrow(`crash at ${step}`);
      await retryAndCheck(f, s.id, step);
    });
  }
});

describe('time entry fault matrix: a process that died at every step boundary, holding its claim', () => {
  for (const step of WRITEBACK_STEPS) {
    it(`died at ${step} → the retry after the lease finishes, and the woken zombie logs nothing`, async () => {
      const f = await writebackFixture({ psaMember });
      const s = await f.session();
      const hold = holdAt(step);
      const zombie = f
        .service({ onStep: hold.onStep })
        .resolve(s.id, INPUT)
        .then(
          () => null,
          (e: unknown) => e,
        );
      await hold.reached;
      if (!FINALIZED.includes(step)) {
        expect((await caught(f.acme.resolve(s.id, INPUT))).code).toBe('WRITEBACK_IN_PROGRESS');
        f.clock.advance(DEFAULT_WRITEBACK_LEASE_MS);
      }
      await retryAndCheck(f, s.id, step);

      hold.release();
      const outcome = await zombie;
      if (outcome !== null) expect(CloseoutError.isInstance(outcome), String(outcome)).toBe(true);
      expect(f.psa.calls.addTimeEntry).toBe(1);
      expect(f.psa.timeEntries(s.ticket?.id)).toHaveLength(1);
      expect((await f.storage.getWriteback(ACCOUNT, s.id))?.journal?.timeEntryId).toBeDefined();
    });
  }
});

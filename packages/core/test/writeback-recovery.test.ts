// recoverWritebacks: what a dead process left unfinished is finished once, across accounts and
// instances, with the journal's exactly-once rules.
import { describe, expect, it } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import type { WritebackStep } from '../src/writeback/step.js';
import { expectPostedOnce, NOTE, writebackFixture } from './writeback-fixture.js';

const LEASE_OVER = 61_000;

/** Starts a resolve that dies at `at`: the promise never settles and its claim is never released. */
function dieAt(f: Awaited<ReturnType<typeof writebackFixture>>, at: WritebackStep) {
  return (sessionId: string, basedOnVersion: number) => {
    let reached!: () => void;
    const there = new Promise<void>((r) => {
      reached = r;
    });
    const service = f.service({
      onStep: (step) => {
        if (step !== at) return;
        reached();
        return new Promise<void>(() => {});
      },
    });
    void service.resolve(sessionId, { text: NOTE, basedOnVersion });
    return there;
  };
}

describe('recoverWritebacks', () => {
  for (const at of [
    'note_attempt_recorded',
    'note_posted',
    'note_recorded',
    'note_verified',
    'status_set',
  ] as const) {
    it(`finishes a writeback that died at ${at} once its lease is over, on two instances at once, with one note`, async () => {
      const f = await writebackFixture();
      const s = await f.session();
      await dieAt(f, at)(s.id, s.stateVersion);
      // The lease is still on: nothing to recover yet.
      expect(await f.closeout.recoverWritebacks()).toEqual({ finished: [], failed: [] });
      f.clock.advance(LEASE_OVER);
      const other = createCloseout({ storage: f.storage, clock: f.clock, psa: f.psa });
      const [one, two] = await Promise.all([f.closeout.recoverWritebacks(), other.recoverWritebacks()]);
      const finished = [...one.finished, ...two.finished];
      expect(finished).toHaveLength(1);
      expect([...one.failed, ...two.failed]).toEqual([]);
      expect(finished[0]).toMatchObject({ outcome: 'resolved', sessionId: s.id, note: { verified: true } });
      await expectPostedOnce(f, s);
      const history = await f.acme.sessions.history(s.id);
      expect(history.find((e) => e.type === 'finalized')?.actor).toBe('closeout:recovery');
      // Nothing is left for a later run.
      expect(await other.recoverWritebacks()).toEqual({ finished: [], failed: [] });
    });
  }

  it('finishes across accounts, reports what it could not finish, and respects limit', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    await dieAt(f, 'note_recorded')(s.id, s.stateVersion);
    // A second account on the same storage, whose note the PSA stored customer-visible.
    const beta = f.closeout.account('beta-msp');
    await beta.settings.update({ escalatedStatusId: f.psa.statusId('Escalated') });
    const t = f.psa.createTicket();
    const b = await beta.sessions.create({ problem: 'VPN drops', ticket: t });
    f.psa.inject('addNote', { type: 'wrong_visibility' }, { times: 1 });
    await beta.escalate(b.id, { text: NOTE, basedOnVersion: b.stateVersion }).catch(() => undefined);
    f.clock.advance(LEASE_OVER);

    const first = await f.closeout.recoverWritebacks({ limit: 1 });
    expect(first.finished.length + first.failed.length).toBe(1);
    const rest = await f.closeout.recoverWritebacks();
    const all = {
      finished: [...first.finished, ...rest.finished],
      failed: [...first.failed, ...rest.failed],
    };
    expect(all.finished.map((r) => r.sessionId)).toEqual([s.id]);
    expect(all.failed).toEqual([
      { accountId: 'beta-msp', sessionId: b.id, code: 'PSA_NOTE_VERIFICATION_FAILED' },
    ]);
    // The failed one was not posted twice and stays unfinished for a person to look at.
    expect(f.psa.notes(t.id)).toHaveLength(1);
    expect((await beta.sessions.get(b.id)).status).toBe('open');
    await expect(f.closeout.recoverWritebacks({ limit: 0 })).rejects.toMatchObject({
      code: 'VALIDATION_FAILED',
    });
  });
});

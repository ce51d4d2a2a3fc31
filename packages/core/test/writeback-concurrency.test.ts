import { describe, expect, it } from 'vitest';
import { createCloseout } from '../src/closeout.js';
import { CloseoutError } from '../src/errors.js';
import { holdAt } from './support/hold.js';
import { ACCOUNT, caught, expectPostedOnce, NOTE, writebackFixture } from './writeback-fixture.js';

const codes = (settled: PromiseSettledResult<unknown>[]) =>
  settled.flatMap((r) =>
    r.status === 'rejected' ? [CloseoutError.isInstance(r.reason) ? r.reason.code : String(r.reason)] : [],
  );

describe('writeback: concurrent posts of one session', () => {
  it('20 concurrent resolves from two closeout instances leave exactly one note', async () => {
    const f = await writebackFixture({ psa: { latencyMs: 1 } });
    // A second instance over the same storage and PSA stands for a second process.
    const twin = createCloseout({ storage: f.storage, clock: f.clock, psa: f.psa }).account(ACCOUNT);
    const s = await f.session();
    const settled = await Promise.allSettled(
      Array.from({ length: 20 }, (_, i) =>
        (i % 2 === 0 ? f.acme : twin).resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion }),
      ),
    );
    expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const losers = codes(settled);
    expect(losers).toHaveLength(19);
    for (const code of losers) expect(['WRITEBACK_IN_PROGRESS', 'ALREADY_FINALIZED']).toContain(code);
    expect(f.psa.calls.addNote).toBe(1);
    await expectPostedOnce(f, s);
  });

  it('answers WRITEBACK_IN_PROGRESS while one is in flight and ALREADY_FINALIZED after it', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    const hold = holdAt('note_posted');
    const held = f.service({ onStep: hold.onStep });
    const winner = held.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion });
    await hold.reached;

    const during = await Promise.allSettled(
      Array.from({ length: 19 }, (_, i) =>
        i % 3 === 0
          ? f.acme.escalate(s.id, { text: 'Escalation', basedOnVersion: s.stateVersion })
          : f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion }),
      ),
    );
    expect(codes(during)).toEqual(Array.from({ length: 19 }, () => 'WRITEBACK_IN_PROGRESS'));
    const inProgress = (during[0] as PromiseRejectedResult).reason as CloseoutError;
    expect(inProgress.httpStatus).toBe(409);
    expect(inProgress.details).toMatchObject({ reason: 'claimed', expiresAt: '2026-11-25T09:01:00.000Z' });

    hold.release();
    const result = await winner;
    expect(result.outcome).toBe('resolved');

    const after = await Promise.allSettled(
      Array.from({ length: 19 }, () => f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion })),
    );
    expect(codes(after)).toEqual(Array.from({ length: 19 }, () => 'ALREADY_FINALIZED'));
    expect(f.psa.calls.addNote).toBe(1);
    await expectPostedOnce(f, s);
  });

  it('lets a resolve and an escalate race: one wins, one note, one outcome', async () => {
    const f = await writebackFixture({ psa: { latencyMs: 1 } });
    const s = await f.session();
    const settled = await Promise.allSettled([
      f.acme.escalate(s.id, { text: 'Escalation', basedOnVersion: s.stateVersion }),
      f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion }),
    ]);
    expect(settled.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    expect(f.psa.notes(s.ticket?.id)).toHaveLength(1);
    expect((await f.acme.sessions.get(s.id)).stateVersion).toBe(s.stateVersion + 1);
    expect((await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 5 }))).code).toBe(
      'ALREADY_FINALIZED',
    );
  });
});

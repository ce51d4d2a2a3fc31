// A note POST the PSA refused outright stored nothing: the writeback must not stay pinned to that
// very request. Ambiguous failures still pin, and a retry looks the note up first.
import { describe, expect, it } from 'vitest';
import { PsaRequestError } from '../src/errors.js';
import { holdAt } from './support/hold.js';
import { caught, expectPostedOnce, NOTE, writebackFixture } from './writeback-fixture.js';

describe('writeback: a definitive refusal unpins', () => {
  it.each([400, 403, 404, 409, 422])(
    'after a %i to the note POST, a retry may send other text or escalate instead',
    async (status) => {
      const f = await writebackFixture();
      const s = await f.session();
      f.psa.inject('addNote', { type: 'http', status }, { times: 1 });
      const error = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
      expect(error).toMatchObject({ code: 'PSA_REQUEST_FAILED', retryable: false, ambiguous: false });
      const journal = (await f.storage.getWriteback(f.acme.accountId, s.id))?.journal;
      expect(journal?.noteAttemptedAt).toBeUndefined();
      expect(journal?.noteRefused).toMatchObject({ status, code: 'PSA_REQUEST_FAILED' });
      // Nothing pins the session: it takes changes again, and another kind of writeback.
      const changed = await f.acme.sessions.addFinding(s.id, { text: 'The PSA refused the note' });
      const result = await f.acme.escalate(s.id, { text: 'Escalating instead', basedOnVersion: 5 });
      expect(result.outcome).toBe('escalated');
      expect(changed.stateVersion).toBe(5);
      expect(f.psa.notes(s.ticket?.id).map((n) => n.text)).toEqual(['Escalating instead']);
    },
  );

  it.each([
    ['a vendor validation 500', { status: 500 }],
    ['a refusal made before anything was sent', {}],
  ])('unpins after %s marked refused: true', async (_, extra) => {
    let refuseOnce = true;
    const f = await writebackFixture({
      psaOption: (psa) => {
        const view = psa.without();
        return {
          ...view,
          addNote: async (ref, note) => {
            if (!refuseOnce) return view.addNote(ref, note);
            refuseOnce = false;
            throw new PsaRequestError('The PSA refused the note', {
              retryable: false,
              details: { operation: 'addNote', refused: true, ...extra },
            });
          },
        };
      },
    });
    const s = await f.session();
    await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
    const result = await f.acme.escalate(s.id, { text: 'Escalating instead', basedOnVersion: 4 });
    expect(result.outcome).toBe('escalated');
    expect(f.psa.notes(s.ticket?.id).map((n) => n.text)).toEqual(['Escalating instead']);
  });

  it('accepts edited text on the same kind after a refusal', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    f.psa.inject('addNote', { type: 'http', status: 400 }, { times: 1 });
    await caught(f.acme.resolve(s.id, { text: `${NOTE} <script>`, basedOnVersion: 4 }));
    await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 });
    const after = await expectPostedOnce(f, s);
    expect(after.finalization?.text).toBe(NOTE);
    expect(f.psa.calls.findNote).toBe(0);
  });

  it.each([
    ['408', { type: 'http', status: 408 }],
    ['429', { type: 'http', status: 429, retryAfterSeconds: 1 }],
    ['500', { type: 'http', status: 500 }],
    ['a lost response', { type: 'lost_response' }],
  ] as const)(
    'stays pinned after %s: other text is refused and the retry looks the note up',
    async (_, fault) => {
      const f = await writebackFixture();
      const s = await f.session();
      f.psa.inject('addNote', fault, { times: 1 });
      await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
      const other = await caught(f.acme.resolve(s.id, { text: `${NOTE} (edited)`, basedOnVersion: 4 }));
      expect(other.code).toBe('WRITEBACK_IN_PROGRESS');
      expect((await caught(f.acme.sessions.addFinding(s.id, { text: 'x' }))).code).toBe(
        'WRITEBACK_IN_PROGRESS',
      );
      await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 });
      expect(f.psa.calls.findNote).toBe(1);
      await expectPostedOnce(f, s);
    },
  );

  it('unpins a retry refused outright once findNote showed the earlier attempt stored nothing', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    f.psa.inject('addNote', { type: 'http', status: 503 }, { times: 1 });
    await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
    f.psa.inject('addNote', { type: 'http', status: 400 }, { times: 1 });
    await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
    expect(f.psa.calls.findNote).toBe(1);
    const result = await f.acme.escalate(s.id, { text: 'Escalating instead', basedOnVersion: 4 });
    expect(result.outcome).toBe('escalated');
  });

  it('stays pinned after a refusal when an earlier note may exist and could not be looked up', async () => {
    const f = await writebackFixture({ psaOption: (psa) => psa.without('findNote') });
    const s = await f.session();
    f.psa.inject('addNote', { type: 'lost_response' }, { times: 1 });
    await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
    f.psa.inject('addNote', { type: 'http', status: 400 }, { times: 1 });
    await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: 4, allowDuplicateNote: true }));
    const other = await caught(f.acme.escalate(s.id, { text: 'Escalating instead', basedOnVersion: 4 }));
    expect(other.code).toBe('WRITEBACK_IN_PROGRESS');
    expect(f.psa.notes(s.ticket?.id)).toHaveLength(1);
  });
});

describe('writeback: an attempt that outlived its lease', () => {
  it.each(['claimed', 'preflight_checked'] as const)(
    'stalled at %s: a change lands after the lease, and the attempt withholds its note and unpins',
    async (stallAt) => {
      const f = await writebackFixture();
      const s = await f.session();
      const hold = holdAt(stallAt);
      const slow = f.service({ leaseMs: 1_000, onStep: hold.onStep });
      const attempt = caught(slow.resolve(s.id, { text: NOTE, basedOnVersion: 4 }));
      await hold.reached;
      expect((await caught(f.acme.sessions.addFinding(s.id, { text: 'too early' }))).code).toBe(
        'WRITEBACK_IN_PROGRESS',
      );
      f.clock.advance(1_000);
      const changed = await f.acme.sessions.recordOutcome(s.id, { status: 'failed', failureReason: 'Back' });
      hold.release();
      const error = await attempt;
      expect(error.code).toBe('STALE_PREVIEW');
      expect(f.psa.calls.addNote).toBe(0);
      expect(
        (await f.storage.getWriteback(f.acme.accountId, s.id))?.journal?.noteAttemptedAt,
      ).toBeUndefined();
      // The session goes on from the change; the next resolve must be confirmed over the failure.
      const next = await f.acme.resolve(s.id, {
        text: 'Not fixed yet; we keep working on it.',
        basedOnVersion: changed.stateVersion,
        confirmUnresolved: true,
      });
      expect(next.outcome).toBe('resolved');
      expect(f.psa.notes(s.ticket?.id).map((n) => n.text)).toEqual(['Not fixed yet; we keep working on it.']);
    },
  );
});

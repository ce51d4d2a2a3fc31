// The note receipt: every posted note is read back by id before the status changes, and a note the
// PSA stored with the wrong visibility or text is never reported as a success.
import { describe, expect, it } from 'vitest';
import { PSANoteVerificationError, type PSAStatusVerificationError } from '../src/errors.js';
import { caught, expectPostedOnce, NOTE, writebackFixture } from './writeback-fixture.js';

describe('writeback note receipt', () => {
  it('reads the posted note back and reports note.verified', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    const result = await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion });
    expect(result.note).toEqual({
      type: 'resolution',
      externalId: f.psa.notes(s.ticket?.id)[0]?.id,
      verified: true,
    });
    expect(f.psa.calls.getNote).toBe(1);
    const types = (await f.acme.sessions.history(s.id)).map((e) => e.type);
    expect(types.slice(-4)).toEqual(['note_posted', 'note_verified', 'status_verified', 'finalized']);
  });

  for (const [kind, expectedType, actualType] of [
    ['escalate', 'internal_analysis', 'discussion'],
    ['resolve', 'resolution', 'internal_analysis'],
  ] as const) {
    it(`${kind}: a note stored with the other visibility fails PSA_NOTE_VERIFICATION_FAILED before any status change`, async () => {
      const f = await writebackFixture();
      const s = await f.session();
      const ticketId = s.ticket?.id as string;
      const before = f.psa.ticket(ticketId).status;
      f.psa.inject('addNote', { type: 'wrong_visibility' }, { times: 1 });
      const error = await caught(f.acme[kind](s.id, { text: NOTE, basedOnVersion: s.stateVersion }));
      expect(error).toBeInstanceOf(PSANoteVerificationError);
      const e = error as PSANoteVerificationError;
      expect(e.code).toBe('PSA_NOTE_VERIFICATION_FAILED');
      expect(e.httpStatus).toBe(502);
      const [note] = f.psa.notes(ticketId);
      expect(e.details).toMatchObject({ noteId: note?.id, expectedType, actualType, reason: 'visibility' });
      expect(f.psa.calls.setTicketStatus).toBe(0);
      expect(f.psa.ticket(ticketId).status).toEqual(before);
      const failed = (await f.acme.sessions.history(s.id)).filter(
        (e) => e.type === 'note_verification_failed',
      );
      expect(failed.map((e) => e.details)).toEqual([
        { noteId: note?.id, expectedType, actualType, reason: 'visibility' },
      ]);
      expect((await f.acme.sessions.get(s.id)).status).toBe('open');

      // A retry reads the same note again: still wrong, still no status change, never a second note.
      const again = await caught(f.acme[kind](s.id, { basedOnVersion: s.stateVersion }));
      expect(again).toBeInstanceOf(PSANoteVerificationError);
      expect(f.psa.notes(ticketId)).toHaveLength(1);
      expect(f.psa.calls.addNote).toBe(1);
      expect(f.psa.calls.setTicketStatus).toBe(0);
    });
  }

  it('finishes on the retry once the note was corrected in the PSA, with the one note', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    const ticketId = s.ticket?.id as string;
    f.psa.inject('addNote', { type: 'wrong_visibility' }, { times: 1 });
    await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion }));
    // Someone fixes the note's visibility by hand: the PSA now holds it as posted.
    const note = f.psa.notes(ticketId)[0];
    f.psa.deleteNote(ticketId, note?.id as string);
    f.psa.seedNote(ticketId, { text: NOTE, type: 'resolution', id: note?.id });
    const result = await f.acme.resolve(s.id, { basedOnVersion: s.stateVersion });
    expect(result.note.verified).toBe(true);
    await expectPostedOnce(f, s);
  });

  it('a note gone from the ticket or holding other text fails, naming why', async () => {
    for (const reason of ['missing', 'text'] as const) {
      const f = await writebackFixture();
      const s = await f.session();
      const ticketId = s.ticket?.id as string;
      f.psa.inject('getNote', { type: 'http', status: 503 }, { times: 1 });
      await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion }));
      const note = f.psa.notes(ticketId)[0];
      f.psa.deleteNote(ticketId, note?.id as string);
      if (reason === 'text')
        f.psa.seedNote(ticketId, { text: `${NOTE.slice(0, 40)}…`, type: 'resolution', id: note?.id });
      const error = await caught(f.acme.resolve(s.id, { basedOnVersion: s.stateVersion }));
      expect(error).toBeInstanceOf(PSANoteVerificationError);
      expect((error as PSANoteVerificationError).details).toMatchObject({
        reason,
        actualType: reason === 'missing' ? null : 'resolution',
      });
      expect(f.psa.calls.addNote).toBe(1);
      expect(f.psa.calls.setTicketStatus).toBe(0);
    }
  });

  it('an adapter without getNote posts as before, and the result does not claim a receipt', async () => {
    const f = await writebackFixture({ psaOption: (psa) => psa.without('getNote') });
    const s = await f.session();
    const result = await f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion });
    expect(result.note.verified).toBeUndefined();
    expect(result.status?.verified).toBe(true);
  });

  it('sends the account setting notifyContact with the note: off by default, on when asked', async () => {
    const f = await writebackFixture();
    const quiet = await f.session();
    await f.acme.resolve(quiet.id, { text: NOTE, basedOnVersion: quiet.stateVersion });
    expect(f.psa.notes(quiet.ticket?.id)[0]?.contactEmailed).toBe(false);
    await f.acme.settings.update({ notifyContact: true });
    expect((await f.acme.settings.get()).notifyContact).toBe(true);
    const loud = await f.session();
    await f.acme.resolve(loud.id, { text: NOTE, basedOnVersion: loud.stateVersion });
    expect(f.psa.notes(loud.ticket?.id)[0]?.contactEmailed).toBe(true);
    // An escalation is internal: the contact never hears of it.
    const internal = await f.session();
    await f.acme.escalate(internal.id, { text: NOTE, basedOnVersion: internal.stateVersion });
    expect(f.psa.notes(internal.ticket?.id)[0]?.contactEmailed).toBe(false);
    await f.acme.settings.update({ notifyContact: null });
    expect((await f.acme.settings.get()).notifyContact).toBeUndefined();
  });

  it('names the expected status in a verification failure, also on the retry of a pinned writeback', async () => {
    const f = await writebackFixture();
    const s = await f.session();
    f.psa.inject('setTicketStatus', { type: 'silent_status_rejection' });
    const first = await caught(f.acme.resolve(s.id, { text: NOTE, basedOnVersion: s.stateVersion }));
    const retry = await caught(f.acme.resolve(s.id, { basedOnVersion: s.stateVersion }));
    for (const error of [first, retry]) {
      expect((error as PSAStatusVerificationError).details.expected).toEqual({
        id: f.psa.statusId('Resolved'),
        name: 'Resolved',
      });
    }
  });
});

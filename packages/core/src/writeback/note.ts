import { CloseoutError, PsaRequestError } from '../errors.js';
import type { NoteType } from '../model/session.js';
import { log } from '../util/logger.js';
import type { WritebackAttempt } from './attempt.js';
import { noteMayExist } from './errors.js';
import type { WritebackJournal } from './journal.js';
import { isDefinitiveRefusal } from './refusal.js';

/**
 * Makes sure the note is on the ticket exactly once and returns the journal holding its id.
 *
 * - Its id is journaled → nothing to do.
 * - An earlier POST may have landed (`noteAttemptedAt` without `noteId`) → look it up with
 *   `findNote` first; without `findNote`, refuse unless `allowDuplicateNote`.
 * - Otherwise journal the attempt, then POST.
 *
 * When the ticket is known to hold no note of this writeback (this attempt journaled the POST, or
 * `findNote` found none) and the POST is then refused outright ({@link isDefinitiveRefusal}), or
 * the session changed while this attempt's lease had run out, the journal is unpinned: nothing
 * was stored, so a retry may send other text or the other kind.
 */
export async function ensureNote(
  attempt: WritebackAttempt,
  journal: WritebackJournal,
  args: { type: NoteType; allowDuplicateNote: boolean; lookupMarginMs: number },
): Promise<WritebackJournal & { noteId: string }> {
  const { psa, ticket, claim } = attempt;
  if (journal.noteId !== undefined) return { ...journal, noteId: journal.noteId };

  let current = journal;
  // Whether a note of an earlier attempt may be on the ticket although none was found.
  let earlierMayExist = false;
  if (current.noteAttemptedAt !== undefined) {
    if (psa.findNote !== undefined) {
      // The margin covers a PSA clock running behind ours: its createdAt may precede our timestamp.
      const since = new Date(Date.parse(current.noteAttemptedAt) - args.lookupMarginMs);
      const found = await psa.findNote(ticket, { text: current.text, since });
      if (found !== null) {
        const saved = await claim.save({ ...current, noteId: String(found.id), noteRecovered: true });
        await attempt.step('note_recorded');
        return { ...saved, noteId: String(found.id) };
      }
    } else if (!args.allowDuplicateNote) {
      throw noteMayExist(attempt.sessionId, ticket.id, current.noteAttemptedAt);
    } else {
      earlierMayExist = true;
    }
  } else {
    current = await claim.save({ ...current, noteAttemptedAt: attempt.ctx.nowIso() });
  }
  await attempt.step('note_attempt_recorded');

  let posted: { id: string };
  try {
    await claim.guard(current.basedOnVersion);
    posted = await psa.addNote(ticket, { text: current.text, type: args.type });
  } catch (error) {
    const stale = CloseoutError.hasCode(error, 'STALE_PREVIEW');
    if (!earlierMayExist && (stale || isDefinitiveRefusal(error))) await unpin(attempt, current, error);
    throw error;
  }
  // Adapters type the id as a string; a PSA with numeric ids may still hand one through.
  const raw: unknown = posted?.id;
  const noteId = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
  if (noteId === '') {
    throw new PsaRequestError('The PSA accepted the note but answered without its id', {
      retryable: true,
      ambiguous: true,
      details: { ticketId: ticket.id },
    });
  }
  await attempt.step('note_posted');
  const saved = await claim.save({ ...current, noteId });
  await attempt.step('note_recorded');
  return { ...saved, noteId };
}

/**
 * Records that the ticket holds no note of this writeback. Best effort: when the save fails the
 * journal stays pinned, which is the safe side (the next attempt looks the note up first).
 */
async function unpin(attempt: WritebackAttempt, journal: WritebackJournal, cause: unknown): Promise<void> {
  const { noteAttemptedAt: _attempted, ...rest } = journal;
  const status = CloseoutError.isInstance(cause) ? cause.details.status : undefined;
  try {
    await attempt.claim.save({
      ...rest,
      noteRefused: {
        at: attempt.ctx.nowIso(),
        ...(typeof status === 'number' ? { status } : {}),
        code: CloseoutError.isInstance(cause) ? cause.code : 'UNKNOWN',
      },
    });
  } catch (error) {
    log(attempt.ctx.logger, 'warn', 'writeback journal not unpinned', {
      sessionId: attempt.sessionId,
      error: CloseoutError.isInstance(error) ? error.code : 'unknown',
    });
  }
}

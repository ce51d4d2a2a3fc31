import { PSANoteVerificationError } from '../errors.js';
import { sessionEvent } from '../history/events.js';
import { renderNote } from '../psa/note-format.js';
import { isCustomerVisible, sameNoteText } from '../psa/text.js';
import { log } from '../util/logger.js';
import type { WritebackJournal } from './journal.js';
import { type JournaledWrite, writeOnce } from './once.js';
import type { WritebackWrite, WriteContext } from './writes.js';

/**
 * The note receipt row of `WRITEBACK_WRITES`, between the note and the status change: the note is
 * read back by its journaled id (`getNote`) and must show the visibility asked and the text posted.
 * A PSA may answer 201 and store an internal note customer-visible (or the reverse), or drop the
 * write: the status is never changed over such a note. Runs only when the adapter has `getNote`.
 *
 * It reads, so repeating it is harmless: a retry after a failed receipt reads the same note again
 * (the note is on the ticket, its id journaled, so no second note is posted) and goes on once
 * someone has corrected it in the PSA.
 */
export const noteReceipt: WritebackWrite = {
  span: 'verify note',
  applies: (w) => w.attempt.psa.getNote !== undefined,
  done: (journal) => journal.noteVerified === true,
  run: (w, journal) => writeOnce(w.attempt, journal, receiptOnce(w)),
  attributes: (w) => ({ 'closeout.note.type': w.spec.noteType }),
};

function receiptOnce(w: WriteContext): JournaledWrite<true> {
  const { attempt } = w;
  const { psa, ticket } = attempt;
  const expectedType = w.spec.noteType;
  return {
    steps: { answered: 'note_read_back', recorded: 'note_verified' },
    async send(journal) {
      const noteId = journal.noteId ?? '';
      const note = (await psa.getNote?.(ticket, noteId)) ?? null;
      const fail = async (reason: 'missing' | 'visibility' | 'text') => {
        // Nothing else is stored for a failed receipt, so its entry is appended on its own.
        const failed = [
          sessionEvent(
            'note_verification_failed',
            journal.basedOnVersion,
            attempt.ctx.nowIso(),
            attempt.actor,
            {
              noteId,
              expectedType,
              actualType: note?.type ?? null,
              reason,
            },
          ),
        ];
        await attempt.ctx.storage.appendHistory(attempt.ctx.accountId, attempt.sessionId, failed);
        attempt.ctx.emit(attempt.sessionId, failed);
        log(attempt.ctx.logger, 'warn', 'writeback note verification failed', {
          sessionId: attempt.sessionId,
          ticketId: ticket.id,
          noteId,
          reason,
        });
        return new PSANoteVerificationError({
          noteId,
          expectedType,
          actualType: note?.type ?? null,
          reason,
          ticketId: ticket.id,
        });
      };
      if (note === null) throw await fail('missing');
      if (isCustomerVisible(note.type) !== isCustomerVisible(expectedType)) throw await fail('visibility');
      // The PSA got the note rendered in its own format; that is the text it must hold.
      if (!sameNoteText(note.text, renderNote(journal.text, psa.noteFormat ?? 'markdown')))
        throw await fail('text');
      return true;
    },
    done: (journal: WritebackJournal) => ({
      journal: { ...journal, noteVerified: true },
      history: [
        sessionEvent('note_verified', journal.basedOnVersion, attempt.ctx.nowIso(), attempt.actor, {
          noteId: journal.noteId ?? '',
          noteType: expectedType,
        }),
      ],
    }),
  };
}

import { CloseoutError, PsaRequestError } from '../errors.js';
import { type SessionEvent, sessionEvent } from '../history/events.js';
import type { NoteType } from '../model/session.js';
import { renderNote } from '../psa/note-format.js';
import type { WritebackAttempt } from './attempt.js';
import { noteMayExist } from './errors.js';
import type { WritebackJournal } from './journal.js';
import { type JournaledWrite, writeOnce } from './once.js';
import type { WritebackWrite, WriteContext } from './writes.js';

/** The history entry of a note on the ticket: posted now, or found there after a lost answer. */
function notePosted(
  attempt: WritebackAttempt,
  journal: WritebackJournal,
  type: NoteType,
  noteId: string,
  recovered: boolean,
): SessionEvent[] {
  return [
    sessionEvent('note_posted', journal.basedOnVersion, attempt.ctx.nowIso(), attempt.actor, {
      kind: journal.kind,
      noteId,
      noteType: type,
      ticket: { provider: attempt.ticket.provider, id: attempt.ticket.id },
      ...(recovered ? { recovered: true } : {}),
    }),
  ];
}

/**
 * The note row of `WRITEBACK_WRITES`: the note is on the ticket exactly once, and its id journaled.
 *
 * - Its id is journaled → done, nothing to do.
 * - An earlier POST may have landed (`noteAttemptedAt` without `noteId`) → look it up with
 *   `findNote` first; without `findNote`, refuse unless `allowDuplicateNote`.
 * - Otherwise journal the attempt, then POST.
 *
 * When the ticket is known to hold no note of this writeback (this attempt journaled the POST, or
 * `findNote` found none) and the POST is then refused outright (`isDefinitiveRefusal`), or
 * the session changed while this attempt's lease had run out, the journal is unpinned: nothing
 * was stored, so a retry may send other text or the other kind.
 */
export const noteWrite: WritebackWrite = {
  span: 'post note',
  applies: () => true,
  done: (journal) => journal.noteId !== undefined,
  run: (w, journal) => writeOnce(w.attempt, journal, noteOnce(w)),
  resultAttributes: (journal) => ({
    'closeout.note.id': journal.noteId,
    'closeout.note.recovered': journal.noteRecovered ?? false,
  }),
};

function noteOnce(w: WriteContext): JournaledWrite<string> {
  const { attempt } = w;
  const { psa, ticket } = attempt;
  const type = w.spec.noteType;
  // The journal keeps the markdown the technician confirmed; the PSA gets it in its own format,
  // rendered deterministically so a lookup compares the very text that was posted.
  const posted = (journal: WritebackJournal) => renderNote(journal.text, psa.noteFormat ?? 'markdown');
  const findNote = psa.findNote?.bind(psa);
  return {
    steps: { attempted: 'note_attempt_recorded', answered: 'note_posted', recorded: 'note_recorded' },
    attempt: {
      at: (journal) => journal.noteAttemptedAt,
      mark: (journal, at) => ({ ...journal, noteAttemptedAt: at }),
      find:
        findNote === undefined
          ? undefined
          : async (journal) => {
              // The margin covers a PSA clock running behind ours: its createdAt may precede our timestamp.
              const since = new Date(Date.parse(journal.noteAttemptedAt ?? '') - w.lookupMarginMs);
              const found = await findNote(ticket, { text: posted(journal), since });
              return found === null ? null : String(found.id);
            },
      cannotFind: (journal) => {
        if (!w.allowDuplicateNote) {
          throw noteMayExist(attempt.sessionId, ticket.id, journal.noteAttemptedAt ?? '');
        }
      },
      refused: (journal, cause) => {
        const { noteAttemptedAt: _attempted, ...rest } = journal;
        const status = CloseoutError.isInstance(cause) ? cause.details.status : undefined;
        return {
          ...rest,
          noteRefused: {
            at: attempt.ctx.nowIso(),
            ...(typeof status === 'number' ? { status } : {}),
            code: CloseoutError.isInstance(cause) ? cause.code : 'UNKNOWN',
          },
        };
      },
    },
    async send(journal) {
      // The contact flag is always sent, so no PSA default decides who gets an e-mail.
      const answer = await psa.addNote(ticket, {
        text: posted(journal),
        type,
        notifyContact: w.notifyContact,
        ...(journal.member === undefined ? {} : { member: journal.member }),
      });
      // Adapters type the id as a string; a PSA with numeric ids may still hand one through.
      const raw: unknown = answer?.id;
      const noteId = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
      if (noteId === '') {
        throw new PsaRequestError('The PSA accepted the note but answered without its id', {
          retryable: true,
          ambiguous: true,
          details: { ticketId: ticket.id },
        });
      }
      return noteId;
    },
    done: (journal, noteId, recovered) => ({
      journal: recovered ? { ...journal, noteId, noteRecovered: true } : { ...journal, noteId },
      history: notePosted(attempt, journal, type, noteId, recovered),
    }),
  };
}

import { CloseoutError, PsaRequestError } from '../errors.js';
import { type SessionEvent, sessionEvent } from '../history/events.js';
import type { PsaAdapter, PsaTimeEntry, PsaTimeEntryInput } from '../psa/adapter.js';
import { normalizeNoteText } from '../psa/text.js';
import type { WritebackAttempt } from './attempt.js';
import type { JournaledTimeEntry, WritebackJournal } from './journal.js';
import { type JournaledWrite, writeOnce } from './once.js';
import type { WritebackWrite, WriteContext } from './writes.js';

/** What proves a time entry logged: its id and the minutes the PSA reports. */
interface LoggedTime {
  id: string;
  minutes: number;
}

/**
 * The time entry row of `WRITEBACK_WRITES`: the entry is on the ticket exactly once, read back,
 * and its id journaled. It runs after the note and before the status change, since a status may
 * forbid time entries (ConnectWise `timeEntryNotAllowed`). The journal rule is the note's: an
 * entry whose POST may have landed is looked up with `findTimeEntry` before it is sent again.
 */
export const timeEntryWrite: WritebackWrite = {
  span: 'log time',
  applies: (_w, journal) => journal.timeEntry !== undefined,
  done: (journal) => journal.timeEntryId !== undefined,
  run: (w, journal) => writeOnce(w.attempt, journal, timeEntryOnce(w)),
  resultAttributes: (journal) => ({
    'closeout.time_entry.id': journal.timeEntryId,
    'closeout.time_entry.recovered': journal.timeEntryRecovered ?? false,
  }),
};

/** The adapter input of a journaled entry. */
export function timeEntryInput(entry: JournaledTimeEntry): PsaTimeEntryInput {
  return {
    start: new Date(entry.start),
    end: new Date(entry.end),
    minutes: entry.minutes,
    notes: entry.notes,
    billable: entry.billable,
    ...(entry.workType === undefined ? {} : { workType: entry.workType }),
    ...(entry.member === undefined ? {} : { member: entry.member }),
  };
}

function timeEntryOnce(w: WriteContext): JournaledWrite<LoggedTime> {
  const { attempt } = w;
  const { psa, ticket } = attempt;
  const entryOf = (journal: WritebackJournal): JournaledTimeEntry => {
    if (journal.timeEntry === undefined) throw new TypeError('the journal holds no time entry');
    return journal.timeEntry;
  };
  const findTimeEntry = psa.findTimeEntry?.bind(psa);
  return {
    steps: {
      attempted: 'time_entry_attempt_recorded',
      answered: 'time_entry_posted',
      recorded: 'time_entry_recorded',
    },
    attempt: {
      at: (journal) => journal.timeEntryAttemptedAt,
      mark: (journal, at) => ({ ...journal, timeEntryAttemptedAt: at }),
      find:
        findTimeEntry === undefined
          ? undefined
          : async (journal) => {
              const since = new Date(Date.parse(journal.timeEntryAttemptedAt ?? '') - w.lookupMarginMs);
              const found = await findTimeEntry(ticket, { notes: entryOf(journal).notes, since });
              if (found === null) return null;
              return proven(attempt, entryOf(journal), await readTimeEntry(psa, attempt, String(found.id)));
            },
      cannotFind: (journal) => {
        if (!w.allowDuplicateNote) {
          throw timeEntryMayExist(attempt.sessionId, ticket.id, journal.timeEntryAttemptedAt ?? '');
        }
      },
      // The note is on the ticket already, so the journal stays pinned; only the mark goes.
      refused: ({ timeEntryAttemptedAt: _attempted, ...rest }) => rest,
    },
    async send(journal) {
      const addTimeEntry = psa.addTimeEntry;
      if (addTimeEntry === undefined) throw timeEntriesUnsupported(psa.provider);
      const answer = await addTimeEntry.call(psa, ticket, timeEntryInput(entryOf(journal)));
      const raw: unknown = answer?.id;
      const id = typeof raw === 'string' || typeof raw === 'number' ? String(raw) : '';
      if (id === '') {
        throw new PsaRequestError('The PSA accepted the time entry but answered without its id', {
          retryable: true,
          ambiguous: true,
          details: { ticketId: ticket.id },
        });
      }
      return { id, minutes: entryOf(journal).minutes };
    },
    readBack: async (journal, answer) =>
      proven(attempt, entryOf(journal), await readTimeEntry(psa, attempt, answer.id)),
    done: (journal, logged, recovered) => ({
      journal: {
        ...journal,
        timeEntryId: logged.id,
        timeEntryMinutes: logged.minutes,
        ...(recovered ? { timeEntryRecovered: true } : {}),
      },
      history: timeEntryPosted(attempt, journal, logged, recovered),
    }),
  };
}

async function readTimeEntry(psa: PsaAdapter, attempt: WritebackAttempt, id: string): Promise<PsaTimeEntry> {
  if (psa.getTimeEntry === undefined) throw timeEntriesUnsupported(psa.provider);
  return psa.getTimeEntry(attempt.ticket, id);
}

/**
 * Checks the entry read back is the one asked for: on this ticket, the same minutes (a PSA storing
 * decimal hours may round to the minute), the same notes, and the member it was written as when
 * the PSA reports one. A mismatch is not retried: the entry is on the ticket and needs a human look.
 */
function proven(attempt: WritebackAttempt, wanted: JournaledTimeEntry, actual: PsaTimeEntry): LoggedTime {
  const problems: string[] = [];
  if (String(actual.ticketId) !== attempt.ticket.id) problems.push('ticket');
  if (Math.abs(actual.minutes - wanted.minutes) > 1) problems.push('minutes');
  if (normalizeNoteText(actual.notes) !== normalizeNoteText(wanted.notes)) problems.push('notes');
  if (wanted.member !== undefined && actual.member !== undefined && actual.member !== wanted.member) {
    problems.push('member');
  }
  if (problems.length > 0) {
    throw new PsaRequestError(
      `The PSA stored time entry ${actual.id} on ticket ${attempt.ticket.id} with other ${problems.join(', ')} than were sent`,
      {
        retryable: false,
        details: {
          ticketId: attempt.ticket.id,
          timeEntryId: String(actual.id),
          mismatched: problems,
          expected: {
            minutes: wanted.minutes,
            ...(wanted.member === undefined ? {} : { member: wanted.member }),
          },
          actual: {
            minutes: actual.minutes,
            ...(actual.member === undefined ? {} : { member: actual.member }),
          },
        },
      },
    );
  }
  return { id: String(actual.id), minutes: Math.round(actual.minutes) };
}

function timeEntryPosted(
  attempt: WritebackAttempt,
  journal: WritebackJournal,
  logged: LoggedTime,
  recovered: boolean,
): SessionEvent[] {
  return [
    sessionEvent('time_entry_posted', journal.basedOnVersion, attempt.ctx.nowIso(), attempt.actor, {
      kind: journal.kind,
      timeEntryId: logged.id,
      minutes: logged.minutes,
      ticket: { provider: attempt.ticket.provider, id: attempt.ticket.id },
      ...(journal.timeEntry?.member === undefined ? {} : { member: journal.timeEntry.member }),
      ...(recovered ? { recovered: true } : {}),
    }),
  ];
}

/** `VALIDATION_FAILED`: a time entry was asked for and the PSA adapter cannot log or read one. Nothing was posted. */
export function timeEntriesUnsupported(provider: string): CloseoutError {
  return new CloseoutError(
    'VALIDATION_FAILED',
    `The PSA adapter "${provider}" cannot log time entries (addTimeEntry and getTimeEntry); nothing was posted`,
    { details: { issues: [{ path: 'timeEntry', message: `not supported by the ${provider} adapter` }] } },
  );
}

/** `VALIDATION_FAILED`: a time entry was asked for on a session without a PSA ticket. Nothing was posted. */
export function timeEntryWithoutTicket(sessionId: string): CloseoutError {
  return new CloseoutError(
    'VALIDATION_FAILED',
    `Session ${sessionId} has no PSA ticket to log time on; nothing was posted`,
    { details: { issues: [{ path: 'timeEntry', message: 'needs a session linked to a PSA ticket' }] } },
  );
}

/**
 * An earlier time entry POST failed or lost its answer, and the adapter cannot look entries up:
 * logging again could count the time twice. `allowDuplicateNote: true` overrides.
 */
function timeEntryMayExist(sessionId: string, ticketId: string, attemptedAt: string): PsaRequestError {
  return new PsaRequestError(
    `An earlier attempt to log time on ticket ${ticketId} may have succeeded and this PSA adapter ` +
      'cannot look time entries up; check the ticket, then retry with allowDuplicateNote: true to log it again',
    {
      retryable: false,
      ambiguous: true,
      details: { sessionId, ticketId, timeEntryAttemptedAt: attemptedAt, reason: 'time_entry_may_exist' },
    },
  );
}

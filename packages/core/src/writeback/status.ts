import { PSAStatusVerificationError } from '../errors.js';
import { sessionEvent } from '../history/events.js';
import { log } from '../util/logger.js';
import type { WritebackAttempt } from './attempt.js';
import { statusNotOnBoard } from './errors.js';
import { type JournaledWrite, writeOnce } from './once.js';
import type { WritebackWrite, WriteContext } from './writes.js';

/**
 * Checks the target status against the ticket's board before anything is posted, when the adapter
 * can list the board's statuses. Returns the status's name for messages, or `undefined` when the
 * adapter cannot tell.
 */
export async function preflightStatus(
  attempt: WritebackAttempt,
  target: { setting: string; statusId: string },
): Promise<string | undefined> {
  const { psa, ticket } = attempt;
  if (psa.listStatuses === undefined) return undefined;
  const statuses = await psa.listStatuses(ticket);
  const match = statuses.find((s) => String(s.id) === target.statusId);
  if (match === undefined) {
    throw statusNotOnBoard({ ...target, ticketId: ticket.id, boardStatuses: statuses });
  }
  await attempt.step('preflight_checked');
  return match.name;
}

/**
 * The status row of `WRITEBACK_WRITES`: moves the ticket to the target status and proves it took
 * by re-reading the ticket, since a PSA may answer 200 and keep the old status. Setting a status
 * again is harmless, so an unfinished change is simply made again; the verified status is
 * journaled, and a retry never re-does it. Runs only when the kind's status setting is set.
 */
export const statusWrite: WritebackWrite = {
  span: 'verify status',
  applies: (w) => w.status !== undefined,
  async preflight(w) {
    if (w.status === undefined) return w;
    const name = await preflightStatus(w.attempt, { setting: w.spec.setting, statusId: w.status.id });
    return { ...w, status: { ...w.status, name } };
  },
  done: (journal) => journal.verifiedStatus !== undefined,
  run: (w, journal) => writeOnce(w.attempt, journal, statusOnce(w)),
  attributes: (w) => ({ 'closeout.status.expected_id': w.status?.id }),
};

function statusOnce(w: WriteContext): JournaledWrite<{ id: string; name: string }> {
  const { attempt } = w;
  const { psa, ticket } = attempt;
  const target = w.status ?? { id: '', name: undefined };
  return {
    steps: { answered: 'status_set', recorded: 'status_verified' },
    async send() {
      await psa.setTicketStatus(ticket, target.id);
      return { id: target.id, name: target.name ?? '' };
    },
    async readBack(journal) {
      const reread = await psa.getTicket(ticket);
      const actual = { id: String(reread.status.id), name: reread.status.name };
      if (actual.id === target.id) return actual;
      const noteId = journal.noteId ?? '';
      // The error names the status the technician expected, not only its id: a retry of a pinned
      // writeback skipped the preflight that learnt the name, so it is looked up now.
      const name = target.name ?? (await statusName(w, target.id));
      const expected = { id: target.id, ...(name === undefined ? {} : { name }) };
      const failed = [
        sessionEvent(
          'status_verification_failed',
          journal.basedOnVersion,
          attempt.ctx.nowIso(),
          attempt.actor,
          {
            noteId,
            expected,
            actual,
          },
        ),
      ];
      // Nothing else is stored for a failed verification, so the entry is appended on its own.
      await attempt.ctx.storage.appendHistory(attempt.ctx.accountId, attempt.sessionId, failed);
      attempt.ctx.emit(attempt.sessionId, failed);
      log(attempt.ctx.logger, 'warn', 'writeback status verification failed', {
        sessionId: attempt.sessionId,
        ticketId: ticket.id,
        expectedStatusId: target.id,
        actualStatusId: actual.id,
      });
      throw new PSAStatusVerificationError({ expected, actual, noteId, ticketId: ticket.id });
    },
    done: (journal, verifiedStatus) => ({
      journal: { ...journal, verifiedStatus },
      history: [
        sessionEvent('status_verified', journal.basedOnVersion, attempt.ctx.nowIso(), attempt.actor, {
          noteId: journal.noteId ?? '',
          status: verifiedStatus,
        }),
      ],
    }),
  };
}

/** The name of a status on the ticket's board, or `undefined` when the adapter cannot tell. */
async function statusName(w: WriteContext, statusId: string): Promise<string | undefined> {
  const { psa, ticket } = w.attempt;
  if (psa.listStatuses === undefined) return undefined;
  try {
    return (await psa.listStatuses(ticket)).find((s) => String(s.id) === statusId)?.name;
  } catch {
    // Only the message's wording depends on it; the verification failure is what matters.
    return undefined;
  }
}

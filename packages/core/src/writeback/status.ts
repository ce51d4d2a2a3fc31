import { PSAStatusVerificationError } from '../errors.js';
import { log } from '../util/logger.js';
import type { WritebackAttempt } from './attempt.js';
import { statusNotOnBoard } from './errors.js';
import type { WritebackJournal } from './journal.js';

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
 * Moves the ticket to the target status and proves it took by re-reading the ticket: a PSA may
 * answer 200 and keep the old status. Journals the verified status, which a retry never re-does.
 */
export async function transitionAndVerify(
  attempt: WritebackAttempt,
  journal: WritebackJournal & { noteId: string },
  target: { statusId: string; name: string | undefined },
): Promise<WritebackJournal & { verifiedStatus: { id: string; name: string } }> {
  const { psa, ticket, claim } = attempt;
  await claim.guard(journal.basedOnVersion);
  await psa.setTicketStatus(ticket, target.statusId);
  await attempt.step('status_set');
  const reread = await psa.getTicket(ticket);
  const actual = { id: String(reread.status.id), name: reread.status.name };
  if (actual.id !== target.statusId) {
    log(attempt.ctx.logger, 'warn', 'writeback status verification failed', {
      sessionId: attempt.sessionId,
      ticketId: ticket.id,
      expectedStatusId: target.statusId,
      actualStatusId: actual.id,
    });
    throw new PSAStatusVerificationError({
      expected: { id: target.statusId, ...(target.name === undefined ? {} : { name: target.name }) },
      actual,
      noteId: journal.noteId,
      ticketId: ticket.id,
    });
  }
  const verifiedStatus = { id: actual.id, name: actual.name };
  const saved = await claim.save({ ...journal, verifiedStatus });
  await attempt.step('status_verified');
  return { ...saved, noteId: journal.noteId, verifiedStatus };
}

import type { Session, TicketRef } from '../model/session.js';
import { outcomeNotResolved, stalePreview, writebackInProgress } from './errors.js';
import type { WritebackJournal, WritebackKind } from './journal.js';

/** What an attempt will do, decided from the session, the journal and the caller's input. */
export type WritebackPlan =
  /** Nothing has left the process yet: start over with the caller's text (or the preview's). */
  | { pinned: false; ticket: TicketRef | null; text: string | undefined; basedOnVersion: number }
  /** An earlier attempt may have posted the note: finish it with its text, on its ticket. */
  | {
      pinned: true;
      ticket: TicketRef | null;
      text: string;
      basedOnVersion: number;
      journal: WritebackJournal;
    };

/**
 * Decides between a fresh writeback and resuming an unfinished one. Pure; throws `STALE_PREVIEW`,
 * `WRITEBACK_IN_PROGRESS` (reason `unfinished`) or `OUTCOME_NOT_RESOLVED`.
 *
 * A journal with a note attempt pins the writeback: the PSA may hold that note, so a retry must be
 * of the same kind, text and `basedOnVersion`, and its staleness is judged against the version the
 * note was written for, not the session's current one (a finding added after the note was posted
 * must not leave the note orphaned on the ticket with the session never finalized).
 */
export function planWriteback(
  kind: WritebackKind,
  session: Session,
  journal: WritebackJournal | null,
  input: { text?: string | undefined; basedOnVersion: number; confirmUnresolved?: boolean | undefined },
): WritebackPlan {
  const plan = choosePlan(kind, session, journal, input);
  if (kind === 'resolve' && input.confirmUnresolved !== true && !isResolvedOutcome(session)) {
    throw outcomeNotResolved(session);
  }
  return plan;
}

/** True when the session's active fix is recorded as a success: a resolution note may close. */
export function isResolvedOutcome(session: Session): boolean {
  return session.fixes.find((f) => f.id === session.activeFixId)?.status === 'success';
}

function choosePlan(
  kind: WritebackKind,
  session: Session,
  journal: WritebackJournal | null,
  input: { text?: string | undefined; basedOnVersion: number },
): WritebackPlan {
  if (journal?.noteAttemptedAt !== undefined && journal.finalizedAt === undefined) {
    const same =
      journal.kind === kind &&
      journal.basedOnVersion === input.basedOnVersion &&
      (input.text === undefined || input.text === journal.text);
    if (!same) throw writebackInProgress(session.id, 'unfinished', { journal });
    return {
      pinned: true,
      ticket: journal.ticket ?? session.ticket,
      text: journal.text,
      basedOnVersion: journal.basedOnVersion,
      journal,
    };
  }
  if (input.basedOnVersion !== session.stateVersion) {
    throw stalePreview(session.id, input.basedOnVersion, session.stateVersion);
  }
  return { pinned: false, ticket: session.ticket, text: input.text, basedOnVersion: input.basedOnVersion };
}

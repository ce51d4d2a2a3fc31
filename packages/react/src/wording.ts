import type { Preview, Session, WritebackResult } from '@closeout/client';
import { type NotePreviewMessages, reasonKeyOf } from './messages.js';
import type { NoteKind, NoteProblem, ReportedStatus } from './use-note-preview.js';

// Every state of the step in words a technician can act on: what happened, and what to do next.
// The words come from the resolved messages table; this module only picks and fills them.

const statusName = (s: ReportedStatus) => `“${s.name ?? s.id}”`;

function ticketOf(m: NotePreviewMessages, session: Session | null): string {
  return session?.ticket ? m.ticket({ id: session.ticket.id }) : m.theTicket;
}

/** The heading of the step. */
export function headingOf(m: NotePreviewMessages, kind: NoteKind): string {
  return kind === 'resolve' ? m.headingResolve : m.headingEscalate;
}

/** What the outcome region announces once the note is posted or kept locally. */
export function outcomeMessage(
  m: NotePreviewMessages,
  result: WritebackResult,
  session: Session | null,
): string {
  if (result.outcome === 'resolved_local' || result.outcome === 'escalated_local') {
    return session === null || session.ticket === null ? m.savedNoTicket : m.savedNoPsa;
  }
  const logged =
    result.timeEntry === undefined ? '' : ` ${m.timeEntryLogged({ minutes: result.timeEntry.minutes })}`;
  if (result.status !== undefined) {
    return `${m.verified({ status: result.status.name, ticket: ticketOf(m, session) })}${logged === '' ? '' : `.${logged}`}`;
  }
  return `${m.postedStatusUnchanged({ ticket: ticketOf(m, session) })}${logged}`;
}

/**
 * What the alert says about a problem. Never the server's own message: that one is written for
 * developers (it names fields and points at the docs); the code goes to the host in a data attribute.
 */
export function problemMessage(
  m: NotePreviewMessages,
  problem: NoteProblem,
  kind: NoteKind,
  session: Session | null,
): string {
  switch (problem.kind) {
    case 'stale':
      return m.stale;
    case 'verification_failed':
      return m.verificationFailed({
        ticket: ticketOf(m, session),
        expected: statusName(problem.expected),
        actual: statusName(problem.actual),
      });
    case 'note_verification_failed': {
      const ticket = ticketOf(m, session);
      const { noteId, expectedType, actualType } = problem;
      if (actualType === null) return m.noteMissing({ ticket, noteId });
      // Another type on the same side of internal/customer-visible is only a label: the text is what differs.
      if (actualType !== expectedType && isInternal(actualType) !== isInternal(expectedType)) {
        return m.noteVisibilityDiffers({
          ticket,
          noteId,
          actual: visibilityOf(m, actualType),
          expected: visibilityOf(m, expectedType),
        });
      }
      return m.noteTextDiffers({ ticket, noteId });
    }
    case 'unfinished':
      return m.unfinished({ kind: problem.noteKind, ticket: ticketOf(m, session), noteId: problem.noteId });
    case 'outcome_not_resolved':
      return m.outcomeNotResolved;
    case 'in_progress':
      return kind === 'resolve' ? m.inProgressNote : m.inProgressPackage;
    case 'load_failed':
      return `${m.loadFailed} ${m[reasonKeyOf(problem.code)]}`;
    case 'post_failed':
      return `${m.postFailed} ${m[reasonKeyOf(problem.code)]}`;
  }
}

const isInternal = (type: string) => type === 'internal_analysis';

/** A note type as the technician reads it. */
function visibilityOf(m: NotePreviewMessages, type: string): string {
  return isInternal(type) ? m.visibilityInternal : m.visibilityCustomer;
}

/** What the step says after the technician stopped with a note on the ticket. */
export function stoppedMessage(m: NotePreviewMessages, session: Session | null): string {
  return m.stopped({ ticket: ticketOf(m, session) });
}

/** Before posting: whether the ticket's contact will be e-mailed about the note ('' when unknown). */
export function contactEmailMessage(
  m: NotePreviewMessages,
  contactEmail: Preview['contactEmail'] | undefined,
): string {
  switch (contactEmail) {
    case 'yes':
      return m.contactEmailYes;
    case 'no':
      return m.contactEmailNo;
    case 'psa_rules':
      return m.contactEmailPsaRules;
    default:
      return '';
  }
}

/**
 * What the step says when the draft is the fallback's: the configured AI writer could not give a
 * faithful draft, so this one was written from the record by the offline template. The code and
 * the generator id stay in data attributes for the host.
 */
export function fallbackMessage(m: NotePreviewMessages, fallback: NonNullable<Preview['fallback']>): string {
  const why =
    fallback.reason === 'output_invalid'
      ? fallback.violations.some((v) => v.code === 'resolution_claim')
        ? m.fallbackWhyClaim
        : m.fallbackWhyMismatch
      : m.fallbackWhyUnreachable;
  return m.fallbackIntro({ why });
}

/** The error code behind a problem, for the host (`data-error-code`), or undefined. */
export function codeOf(problem: NoteProblem): string | undefined {
  switch (problem.kind) {
    case 'load_failed':
    case 'post_failed':
      return problem.code ?? undefined;
    case 'stale':
      return 'STALE_PREVIEW';
    case 'verification_failed':
      return 'PSA_STATUS_VERIFICATION_FAILED';
    case 'note_verification_failed':
      return 'PSA_NOTE_VERIFICATION_FAILED';
    case 'outcome_not_resolved':
      return 'OUTCOME_NOT_RESOLVED';
    case 'unfinished':
    case 'in_progress':
      return 'WRITEBACK_IN_PROGRESS';
  }
}

import type { Preview, Session, WritebackResult } from '@closeout/client';
import type { NoteKind, NoteProblem, ReportedStatus } from './use-note-preview.js';

// Every state of the step in words a technician can act on: what happened, and what to do next.

const statusName = (s: ReportedStatus) => `“${s.name ?? s.id}”`;
const ticketOf = (session: Session | null) =>
  session?.ticket ? `ticket #${session.ticket.id}` : 'the ticket';

/** The heading of the step. */
export function headingOf(kind: NoteKind): string {
  return kind === 'resolve' ? 'Resolution note' : 'Escalation package (internal)';
}

/** What the outcome region announces once the note is posted or kept locally. */
export function outcomeMessage(result: WritebackResult, session: Session | null): string {
  if (result.outcome === 'resolved_local' || result.outcome === 'escalated_local') {
    const why =
      session?.ticket === null || session === null
        ? 'this session has no linked ticket'
        : 'no PSA is connected for this account';
    return `Saved in closeout only: nothing was posted to the PSA, because ${why}.`;
  }
  if (result.status !== undefined) {
    return `${result.status.name} — verified by re-reading ${ticketOf(session)}`;
  }
  const reason = result.statusTransitionSkippedReason ?? 'no target status is set';
  return `Posted to ${ticketOf(session)}; its status was left unchanged (${reason}).`;
}

/** What the alert says about a problem. */
export function problemMessage(problem: NoteProblem, kind: NoteKind, session: Session | null): string {
  switch (problem.kind) {
    case 'stale':
      return (
        'The session changed after this draft was written, so it may leave out what happened since. ' +
        'Reload the draft to include the changes (your edits will be replaced).'
      );
    case 'verification_failed':
      return (
        `The note was posted, but ${ticketOf(session)} still shows ${statusName(problem.actual)} instead of ` +
        `${statusName(problem.expected)} after re-reading it. The PSA may have refused the change (a ` +
        'workflow rule, or a status not on the ticket’s board). Retry the status change, or stop and check the ticket.'
      );
    case 'note_verification_failed':
      return problem.actualType === null
        ? `The note was posted, but ${ticketOf(session)} no longer holds it (note ${problem.noteId}). The status ` +
            'was not changed. Check the ticket, then retry, or stop.'
        : problem.actualType !== problem.expectedType &&
            (problem.actualType === 'internal_analysis') !== (problem.expectedType === 'internal_analysis')
          ? `The note was posted to ${ticketOf(session)}, but the PSA stored it ${visibilityOf(problem.actualType)} ` +
            `instead of ${visibilityOf(problem.expectedType)} (note ${problem.noteId}). The status was not changed. ` +
            'Correct the note’s visibility in the PSA, then retry; no second note is posted.'
          : `The note was posted to ${ticketOf(session)}, but its text there differs from what was sent ` +
            `(note ${problem.noteId}). The status was not changed. Check the note, then retry, or stop.`;
    case 'unfinished':
      return (
        `An earlier ${problem.noteKind === 'resolve' ? 'resolution' : 'escalation'} post of this session ` +
        `${problem.noteId === null ? 'may have put its note on' : `put its note (${problem.noteId}) on`} ` +
        `${ticketOf(session)} and stopped before the status change. That is what is left: finish it with ` +
        'the text it posted, or stop. Nothing new is posted.'
      );
    case 'outcome_not_resolved':
      return (
        'The active fix is not recorded as successful, so this note would close a ticket whose problem may ' +
        'not be fixed. Record the outcome first, or resolve anyway if you are sure.'
      );
    case 'in_progress':
      return `Another post of this ${kind === 'resolve' ? 'note' : 'package'} is under way. Wait a moment, then check again.`;
    case 'load_failed':
      return `The draft could not be loaded: ${problem.message}`;
    case 'post_failed':
      return `Nothing was confirmed as posted: ${problem.message}`;
  }
}

/** A note type as the technician reads it. */
function visibilityOf(type: string): string {
  return type === 'internal_analysis' ? 'as internal (hidden from the customer)' : 'visible to the customer';
}

/** The labels of the actions offered once a note is on the ticket. */
export const ON_TICKET_LABELS = {
  retryStatus: 'Retry the status change',
  retryReceipt: 'Check the note again',
  finish: 'Finish the earlier post',
  stop: 'Stop here',
} as const;

/** The note as it stands on the ticket, shown read-only once it was posted. */
export const POSTED_NOTE_LABEL = 'Note on the ticket (posted, read-only)';

/** What the step says after the technician stopped with a note on the ticket. */
export function stoppedMessage(session: Session | null): string {
  return (
    `Stopped. The note stays on ${ticketOf(session)} and its status was not changed. Open this step again ` +
    'to finish; the note will not be posted twice.'
  );
}

/** Before posting: whether the ticket's contact will be e-mailed about the note. */
export function contactEmailMessage(contactEmail: 'yes' | 'no' | 'psa_rules' | undefined): string {
  switch (contactEmail) {
    case 'yes':
      return 'Posting e-mails the ticket’s contact.';
    case 'no':
      return 'The ticket’s contact is not e-mailed.';
    case 'psa_rules':
      return 'Whether the contact is e-mailed is up to the PSA’s own rules (this PSA takes no per-note setting).';
    default:
      return '';
  }
}
/**
 * What the step says when the draft is the fallback's: the configured AI writer could not give a
 * faithful draft, so this one was written from the record by the offline template. The code and
 * the generator id stay in data attributes for the host.
 */
export function fallbackMessage(fallback: NonNullable<Preview['fallback']>): string {
  const why =
    fallback.reason === 'output_invalid'
      ? fallback.violations.some((v) => v.code === 'resolution_claim')
        ? 'its draft said the problem was fixed, which the session does not record'
        : 'its draft did not match what the session records'
      : 'it could not be reached';
  return (
    `This draft was written from the session record by the standard template, because the AI writer was not used: ${why}. ` +
    'Read it through and edit it as you would any draft.'
  );
}

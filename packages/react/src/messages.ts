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
  const logged =
    result.timeEntry === undefined ? '' : ` ${TIME_ENTRY_MESSAGES.logged(result.timeEntry.minutes)}`;
  if (result.status !== undefined) {
    return `${result.status.name} — verified by re-reading ${ticketOf(session)}${logged === '' ? '' : `.${logged}`}`;
  }
  const reason = result.statusTransitionSkippedReason ?? 'no target status is set';
  return `Posted to ${ticketOf(session)}; its status was left unchanged (${reason}).${logged}`;
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
        'workflow rule, or a status not on the ticket’s board). Retry the status change, or check the ticket.'
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

/** The words of the time entry beside the note (`<NotePreview timeEntry>`). */
export const TIME_ENTRY_MESSAGES = {
  legend: 'Time entry',
  minutes: 'Time spent (minutes)',
  billable: 'Billable',
  drafting: 'Drafting the time entry…',
  draftFailed: (message: string) => `The time entry could not be drafted: ${message}`,
  logged: (minutes: number) => `${minutes} min logged on the ticket.`,
} as const;

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

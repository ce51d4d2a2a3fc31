import { CloseoutError, PsaRequestError } from '../errors.js';
import type { Session } from '../model/session.js';
import type { PsaStatus } from '../psa/adapter.js';
import type { WritebackJournal } from './journal.js';
import { writebackResultOf } from './result.js';

// The errors a writeback raises on purpose, built in one place so their codes, messages and
// details stay consistent with docs/writeback.md.

/**
 * `ALREADY_FINALIZED`. `details.result` is the writeback that finalized the session, so a caller
 * retrying after a lost answer can tell its own success from someone else's.
 */
export function alreadyFinalized(session: Session): CloseoutError {
  return new CloseoutError('ALREADY_FINALIZED', `Session ${session.id} is already ${session.status}`, {
    details: { sessionId: session.id, status: session.status, result: writebackResultOf(session) },
  });
}

/** `STALE_PREVIEW`: the text was reviewed against another state than the one being written back. */
export function stalePreview(
  sessionId: string,
  basedOnVersion: number,
  currentVersion: number,
): CloseoutError {
  return new CloseoutError(
    'STALE_PREVIEW',
    `The preview was based on version ${basedOnVersion} of session ${sessionId}, which is now at ` +
      `version ${currentVersion}; review the current preview and post again`,
    { details: { sessionId, basedOnVersion, currentVersion } },
  );
}

/** Why a writeback answered `WRITEBACK_IN_PROGRESS`. */
export type InProgressReason =
  /** Another attempt holds the claim now. */
  | 'claimed'
  /** This attempt stalled past its lease and another one took over. */
  | 'taken_over'
  /** An earlier attempt may have posted a note of another kind or text; finish that one first. */
  | 'unfinished';

/** `WRITEBACK_IN_PROGRESS`. */
export function writebackInProgress(
  sessionId: string,
  reason: InProgressReason,
  extra: { expiresAt?: number; journal?: WritebackJournal } = {},
): CloseoutError {
  const messages: Record<InProgressReason, string> = {
    claimed: `Another writeback of session ${sessionId} is in progress`,
    taken_over: `Another attempt took over the writeback of session ${sessionId}`,
    unfinished:
      `An unfinished ${extra.journal?.kind ?? ''} writeback of session ${sessionId} may already have ` +
      'posted its note; retry it with the same kind, text and basedOnVersion',
  };
  return new CloseoutError('WRITEBACK_IN_PROGRESS', messages[reason], {
    details: {
      sessionId,
      reason,
      ...(extra.expiresAt === undefined ? {} : { expiresAt: new Date(extra.expiresAt).toISOString() }),
      ...(extra.journal === undefined
        ? {}
        : {
            unfinished: {
              kind: extra.journal.kind,
              basedOnVersion: extra.journal.basedOnVersion,
              noteAttemptedAt: extra.journal.noteAttemptedAt,
              noteId: extra.journal.noteId,
            },
          }),
    },
  });
}

/**
 * An earlier note POST failed or lost its answer, and the adapter cannot look notes up: posting
 * again could leave two notes. Not retryable as is; `allowDuplicateNote: true` overrides.
 */
export function noteMayExist(sessionId: string, ticketId: string, noteAttemptedAt: string): PsaRequestError {
  return new PsaRequestError(
    `An earlier attempt to post the note on ticket ${ticketId} may have succeeded and this PSA adapter ` +
      'cannot look notes up; check the ticket, then retry with allowDuplicateNote: true to post again',
    {
      retryable: false,
      ambiguous: true,
      details: { sessionId, ticketId, noteAttemptedAt, reason: 'note_may_exist' },
    },
  );
}

/** `VALIDATION_FAILED`: the configured status is not one the ticket's board allows. Nothing was posted. */
export function statusNotOnBoard(args: {
  setting: string;
  statusId: string;
  ticketId: string;
  boardStatuses: PsaStatus[];
}): CloseoutError {
  const listed = args.boardStatuses.map((s) => `${s.id} "${s.name}"`).join(', ');
  return new CloseoutError(
    'VALIDATION_FAILED',
    `Setting ${args.setting} is status ${args.statusId}, which is not on the board of ticket ` +
      `${args.ticketId}; nothing was posted. The board's statuses: ${listed || '(none)'}`,
    {
      details: {
        issues: [{ path: args.setting, message: `status ${args.statusId} is not on the ticket's board` }],
        setting: args.setting,
        statusId: args.statusId,
        ticketId: args.ticketId,
        boardStatuses: args.boardStatuses,
      },
    },
  );
}

/** `VALIDATION_FAILED`: the session's ticket lives in another PSA than the account's adapter. */
export function providerMismatch(ticketProvider: string, psaProvider: string): CloseoutError {
  return new CloseoutError(
    'VALIDATION_FAILED',
    `The session's ticket is in "${ticketProvider}" but the account's PSA adapter is "${psaProvider}"; ` +
      'nothing was posted',
    {
      details: {
        issues: [{ path: 'ticket.provider', message: `expected "${psaProvider}"` }],
        ticketProvider,
        psaProvider,
      },
    },
  );
}

/** `VALIDATION_FAILED`: a note may be on a ticket but the account has no PSA adapter to finish with. */
export function psaGone(sessionId: string, ticketId: string): CloseoutError {
  return new CloseoutError(
    'VALIDATION_FAILED',
    `An unfinished writeback of session ${sessionId} posted to ticket ${ticketId}, but the account ` +
      'has no PSA adapter now; configure it and retry',
    {
      details: { issues: [{ path: 'psa', message: 'no PSA adapter for the account' }], sessionId, ticketId },
    },
  );
}

/**
 * `OUTCOME_NOT_RESOLVED`: a resolve of a session whose active fix is not a recorded `success`.
 * The note would tell the customer the issue is still open while the ticket closes; the caller
 * must ask the technician and send `confirmUnresolved: true` to close anyway.
 */
export function outcomeNotResolved(session: Session): CloseoutError {
  const fix = session.fixes.find((f) => f.id === session.activeFixId);
  const activeFix = fix === undefined ? null : { id: fix.id, title: fix.title, status: fix.status };
  const what =
    activeFix === null
      ? 'has no fix'
      : `has the active fix "${activeFix.title}" recorded as ${activeFix.status}`;
  return new CloseoutError(
    'OUTCOME_NOT_RESOLVED',
    `Session ${session.id} ${what}, not a success; resolving would close the ticket over a note ` +
      'that says the issue is still open. Ask the technician, then resolve with confirmUnresolved: true ' +
      'to close anyway, or escalate',
    { details: { sessionId: session.id, activeFix } },
  );
}

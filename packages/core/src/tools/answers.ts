import type { CloseoutError, ErrorCode } from '../errors.js';
import type { Fix, Session } from '../model/session.js';

/**
 * What a tool answers: a few lines a model can act on, and the same facts as structured data (MCP's
 * `structuredContent`, or JSON beside the text in an LLM SDK's tool result). `isError` marks a
 * refused call: `data.error` then holds the `CloseoutError`'s `{code, message, details}`.
 */
export interface ToolAnswer {
  text: string;
  data: Record<string, unknown>;
  isError?: true;
}

/** Where a session stands, as every session tool reports it. */
export interface SessionState {
  sessionId: string;
  status: Session['status'];
  stateVersion: number;
  ticket: Session['ticket'];
  activeFix: Pick<Fix, 'id' | 'title' | 'status' | 'failureReason' | 'partialNotes'> | null;
  fixes: number;
  findings: number;
  decisions: number;
  /** What is still missing before `closeout_post_note` with kind `resolve` can succeed; empty when nothing is. */
  missingBeforeResolve: string[];
}

const activeFixOf = (session: Session): Fix | undefined =>
  session.fixes.find((f) => f.id === session.activeFixId);

/** The steps a resolve still needs, in words a model can follow. */
export function missingBeforeResolve(session: Session): string[] {
  if (session.status !== 'open') return [`nothing: the session is finalized (${session.status})`];
  const missing: string[] = [];
  const active = activeFixOf(session);
  if (active === undefined) missing.push('propose a fix (closeout_propose_fix) and record its outcome');
  else if (active.status === 'proposed')
    missing.push(`record the outcome of the active fix "${active.title}" (closeout_record_outcome)`);
  else if (active.status !== 'success')
    missing.push(
      `a fix that worked: the active fix "${active.title}" is ${active.status}; propose another and record success, ` +
        'escalate instead, or resolve with confirmUnresolved only if the technician says so',
    );
  if (session.ticket === null) missing.push('a ticket: without one the note is kept in closeout, not posted');
  return missing;
}

/** The state of a session, as data. */
export function sessionState(session: Session): SessionState {
  const active = activeFixOf(session);
  return {
    sessionId: session.id,
    status: session.status,
    stateVersion: session.stateVersion,
    ticket: session.ticket,
    activeFix:
      active === undefined
        ? null
        : {
            id: active.id,
            title: active.title,
            status: active.status,
            ...(active.failureReason === undefined ? {} : { failureReason: active.failureReason }),
            ...(active.partialNotes === undefined ? {} : { partialNotes: active.partialNotes }),
          },
    fixes: session.fixes.length,
    findings: session.findings.length,
    decisions: session.decisions.length,
    missingBeforeResolve: session.status === 'open' ? missingBeforeResolve(session) : [],
  };
}

/** The state of a session in a few lines, led by what the call did. */
export function stateText(done: string, state: SessionState): string {
  const lines = [
    `${done} Session ${state.sessionId} is ${state.status} at state version ${state.stateVersion}.`,
  ];
  const fix = state.activeFix;
  if (fix !== null) {
    const why = fix.failureReason ?? fix.partialNotes;
    lines.push(
      `Active fix: "${fix.title}" (${fix.id}), ${fix.status}${why === undefined ? '' : `: ${why}`}.`,
    );
  } else lines.push('No fix proposed yet.');
  if (state.status === 'open') {
    lines.push(
      state.missingBeforeResolve.length === 0
        ? 'Ready to resolve: preview the note (closeout_preview_note), then post it (closeout_post_note) for the technician to confirm.'
        : `Before a resolve: ${state.missingBeforeResolve.join('; ')}.`,
    );
  }
  return lines.join('\n');
}

// Codes refused before anything is written. A PSA failure during a post may come after the note
// reached the ticket, so the model is not told that nothing changed then.
const NOTHING_CHANGED = new Set<ErrorCode>([
  'VALIDATION_FAILED',
  'SESSION_NOT_FOUND',
  'VERSION_CONFLICT',
  'STALE_PREVIEW',
  'ALREADY_FINALIZED',
  'WRITEBACK_IN_PROGRESS',
  'OUTCOME_NOT_RESOLVED',
  'CONFIRMATION_REQUIRED',
]);

/** A refused call: the error's code first, so a model can branch on it. */
export function errorAnswer(error: CloseoutError): ToolAnswer {
  const after = NOTHING_CHANGED.has(error.code)
    ? 'Nothing was changed.'
    : 'Tell the technician before trying again (a repeated closeout_post_note resumes a post, never doubles it).';
  return {
    text: `${error.code}: ${error.message}\n${after}`,
    data: { error: error.toJSON() },
    isError: true,
  };
}

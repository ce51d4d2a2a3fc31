import { LIMITS } from '../model/limits.js';
import type { AccountSettings, Fix, Session } from '../model/session.js';
import { redact } from '../redaction/redact.js';

/**
 * The time entry a writeback logs unless the technician edits it: drafted from the record, with
 * no generator involved, so it is the same for the same state version.
 */
export interface TimeEntryDraft {
  sessionId: string;
  /** The state version it was drafted from; pass it as `basedOnVersion` when posting. */
  stateVersion: number;
  /** The session's first change (its creation), ISO 8601. */
  start: string;
  /** The last recorded outcome of a fix (or the last change when none was recorded), ISO 8601. */
  end: string;
  /** Whole minutes from `start` to `end`, at least 1 and at most 1440. */
  minutes: number;
  /** The fixes applied and their outcomes, one a line, with secrets masked. */
  notes: string;
  /** The account's `timeEntryBillable` setting (default true). */
  billable: boolean;
}

const OUTCOME_WORDS: Record<Exclude<Fix['status'], 'proposed'>, string> = {
  success: 'worked',
  partial: 'partly worked',
  failed: 'did not work',
};

/** When a fix's outcome was recorded: verified, or else applied. */
const outcomeAt = (fix: Fix): string | undefined => fix.verifiedAt ?? fix.appliedAt;

/** Drafts the time entry of `session`. Pure. */
export function draftTimeEntry(session: Session, settings: AccountSettings): TimeEntryDraft {
  const applied = session.fixes.filter((f) => f.status !== 'proposed');
  const outcomes = applied.map(outcomeAt).filter((at): at is string => at !== undefined);
  const start = session.createdAt;
  const end = outcomes.length > 0 ? latest(outcomes) : session.updatedAt;
  const elapsed = Math.round((Date.parse(end) - Date.parse(start)) / 60_000);
  const minutes = Math.min(LIMITS.timeEntryMinutes, Math.max(1, elapsed));
  return {
    sessionId: session.id,
    stateVersion: session.stateVersion,
    start,
    // A PSA needs the end after the start; a session finished within a minute still logs one.
    end:
      Date.parse(end) - Date.parse(start) >= 60_000
        ? end
        : new Date(Date.parse(start) + 60_000).toISOString(),
    minutes,
    notes: draftNotes(session, applied),
    billable: settings.timeEntryBillable ?? true,
  };
}

function latest(times: readonly string[]): string {
  return times.reduce((a, b) => (Date.parse(b) > Date.parse(a) ? b : a));
}

/** One line for the problem, one per applied fix with its outcome; masked, then cut to the PSA's limit. */
function draftNotes(session: Session, applied: readonly Fix[]): string {
  const lines = [`Troubleshooting: ${session.problem.trim()}`];
  if (applied.length === 0) lines.push('No fix was applied.');
  for (const fix of applied) {
    const status = fix.status as Exclude<Fix['status'], 'proposed'>;
    const detail =
      fix.status === 'failed' ? fix.failureReason : fix.status === 'partial' ? fix.partialNotes : undefined;
    lines.push(`- ${fix.title.trim()}: ${OUTCOME_WORDS[status]}${detail ? ` (${detail.trim()})` : ''}`);
  }
  const text = redact(lines.join('\n'));
  return text.length <= LIMITS.timeEntryNotes ? text : `${text.slice(0, LIMITS.timeEntryNotes - 1)}…`;
}

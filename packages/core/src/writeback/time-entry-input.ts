import type { z } from 'zod';
import { validationError } from '../errors.js';
import { LIMITS } from '../model/limits.js';
import type { TimeEntryDraft } from '../previews/time-entry.js';
import type { JournaledTimeEntry } from './journal.js';
import type { TimeEntryInputSchema } from './result.js';

const MINUTE = 60_000;

/**
 * The entry a writeback logs: the draft with the caller's edits over it. `minutes` alone keeps the
 * drafted end and moves the start back; `start` or `end` alone re-measures the time between them.
 * `member` falls back to `psaMember`'s answer for the actor. Throws `VALIDATION_FAILED` for an
 * entry that ends before it starts or lasts outside 1 to 1440 minutes.
 */
export function resolveTimeEntry(
  draft: TimeEntryDraft,
  edits: z.output<typeof TimeEntryInputSchema>,
  member: string | undefined,
): JournaledTimeEntry {
  const iso = (at: string) => new Date(at).toISOString();
  const end = iso(edits.end ?? draft.end);
  const start = iso(
    edits.start ??
      (edits.minutes !== undefined
        ? new Date(Date.parse(end) - edits.minutes * MINUTE).toISOString()
        : draft.start),
  );
  if (Date.parse(end) <= Date.parse(start)) {
    throw validationError('Invalid time entry', [{ path: 'timeEntry.end', message: 'must be after start' }]);
  }
  const measured = Math.round((Date.parse(end) - Date.parse(start)) / MINUTE);
  const edited = edits.start !== undefined || edits.end !== undefined;
  const minutes = edits.minutes ?? (edited ? measured : draft.minutes);
  if (minutes < 1 || minutes > LIMITS.timeEntryMinutes) {
    throw validationError('Invalid time entry', [
      { path: 'timeEntry.minutes', message: `must be from 1 to ${LIMITS.timeEntryMinutes} minutes` },
    ]);
  }
  const who = edits.member ?? member;
  return {
    start,
    end,
    minutes,
    notes: edits.notes ?? draft.notes,
    billable: edits.billable ?? draft.billable,
    ...(edits.workType === undefined ? {} : { workType: edits.workType }),
    ...(who === undefined ? {} : { member: who }),
  };
}

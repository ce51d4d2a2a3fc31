import { z } from 'zod';
import { ActorSchema } from '../history/events.js';
import { LIMITS } from '../model/limits.js';
import { type Finalization, type NoteType, type Session, Timestamp } from '../model/session.js';

/** How a writeback ended: posted to the PSA, or kept in closeout only (`*_local`). */
export type WritebackOutcome = Finalization['outcome'];

/** What `resolve` and `escalate` return once the session is finalized. */
export interface WritebackResult {
  outcome: WritebackOutcome;
  sessionId: string;
  /** The session's state version after finalization (the writeback's own +1). */
  stateVersion: number;
  /**
   * The note: its type, the PSA's id for it when it was posted, and `verified: true` when it was
   * read back by id with the visibility and text posted (the adapter has `getNote`).
   */
  note: { type: NoteType; externalId?: string; verified?: true };
  /** The status the ticket now has, proven by re-reading the ticket after the change. */
  status?: { id: string; name: string; verified: true };
  /** Why the ticket's status was left alone (the status setting is missing). */
  statusTransitionSkippedReason?: string;
  /** The time entry logged on the ticket, proven by reading it back (when `timeEntry` was asked for). */
  timeEntry?: { externalId: string; minutes: number; verified: true };
}

/** The text of a note: trimmed, not empty, at most `LIMITS.noteText` characters. */
export const NoteTextSchema = z.string().trim().min(1).max(LIMITS.noteText);

/**
 * The time entry of a writeback: each field overrides the drafted one (`previews.timeEntry`).
 * `minutes` alone keeps the drafted end and moves the start; `start` and `end` alone log the time
 * between them.
 */
export const TimeEntryInputSchema = z
  .object({
    start: Timestamp.optional(),
    end: Timestamp.optional(),
    minutes: z.number().int().min(1).max(LIMITS.timeEntryMinutes).optional(),
    notes: z.string().trim().min(1).max(LIMITS.timeEntryNotes).optional(),
    billable: z.boolean().optional(),
    /** The PSA's work type id (ConnectWise `workType`). */
    workType: z.string().trim().min(1).max(LIMITS.id).optional(),
    /** The PSA member to log the time as; default `createCloseout({ psaMember })` for the actor. */
    member: z.string().trim().min(1).max(LIMITS.id).optional(),
  })
  .refine((t) => t.start === undefined || t.end === undefined || Date.parse(t.end) > Date.parse(t.start), {
    message: 'end must be after start',
    path: ['end'],
  });
/** The time entry of a writeback. */
export type TimeEntryInput = z.input<typeof TimeEntryInputSchema>;

/** Input of `resolve` and `escalate`. */
export const WritebackInputSchema = z.object({
  /** The technician's edited text; absent → the current preview of the session. */
  text: NoteTextSchema.optional(),
  /** The state version the technician reviewed (`preview.stateVersion`); anything else is `STALE_PREVIEW`. */
  basedOnVersion: z.number().int().positive(),
  /**
   * Resolve although the active fix is not recorded as `success` (none, proposed, failed or
   * partial): the technician chose to close the ticket anyway. Without it such a resolve answers
   * `OUTCOME_NOT_RESOLVED`. Escalations need no confirmation.
   */
  confirmUnresolved: z.boolean().optional(),
  /**
   * Post the note (or the time entry) again although an earlier attempt may have posted it and the
   * PSA adapter cannot look it up (`findNote`, `findTimeEntry`). Check the ticket first: this may
   * leave two.
   */
  allowDuplicateNote: z.boolean().optional(),
  /**
   * Log time on the ticket too, after the note and before the status change: `{}` logs the drafted
   * entry (`previews.timeEntry`), fields override it. Needs a PSA adapter with `addTimeEntry`
   * (else `VALIDATION_FAILED`, nothing posted). A retry of an unfinished writeback logs the entry
   * its first attempt journaled.
   */
  timeEntry: TimeEntryInputSchema.optional(),
  /** Who posted it (e.g. `tech:jdoe`), recorded in the session's history and its events. */
  actor: ActorSchema.optional(),
});
/** Input of `resolve` and `escalate`. */
export type WritebackInput = z.input<typeof WritebackInputSchema>;

/** The result a finalized session stands for; `undefined` for a session that is not finalized. */
export function writebackResultOf(session: Session): WritebackResult | undefined {
  const f = session.finalization;
  if (f === null) return undefined;
  return {
    outcome: f.outcome,
    sessionId: session.id,
    stateVersion: session.stateVersion,
    note: { ...f.note },
    ...(f.status === undefined ? {} : { status: { ...f.status } }),
    ...(f.statusTransitionSkippedReason === undefined
      ? {}
      : { statusTransitionSkippedReason: f.statusTransitionSkippedReason }),
    ...(f.timeEntry === undefined ? {} : { timeEntry: { ...f.timeEntry } }),
  };
}

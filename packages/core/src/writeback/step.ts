/**
 * The boundaries between a writeback's steps, in order. A writeback reports each one it passes to
 * the `onStep` hook of its options, which tests use to stop an attempt there as if it crashed.
 *
 * The boundaries of the PSA writes come in the order of `WRITEBACK_WRITES` (`writes.ts`); each row
 * names its own (attempt journaled, PSA answered, result journaled). A new row adds its
 * boundaries here, at its place.
 */
export const WRITEBACK_STEPS = [
  /** The claim is held; nothing else happened yet. */
  'claimed',
  /** The target status was found on the ticket's board (`listStatuses`). */
  'preflight_checked',
  /** The journal says a note POST is about to go out. */
  'note_attempt_recorded',
  /** The PSA answered the note POST; its id is not journaled yet. */
  'note_posted',
  /** The note id is journaled. */
  'note_recorded',
  /** The note was read back by id (`getNote`); the receipt is not journaled yet. */
  'note_read_back',
  /** The note showed the visibility and text posted, and the journal says so. */
  'note_verified',
  /** The journal says a time entry POST is about to go out. */
  'time_entry_attempt_recorded',
  /** The PSA answered the time entry POST; its id is not journaled yet. */
  'time_entry_posted',
  /** The time entry, read back, is journaled. */
  'time_entry_recorded',
  /** The PSA answered the status change; the ticket has not been re-read yet. */
  'status_set',
  /** The re-read ticket shows the target status, and the journal says so. */
  'status_verified',
  /** The session is finalized (+1 version). */
  'finalized',
  /** The journal is marked complete; only releasing the claim is left. */
  'journal_closed',
] as const;

/** A boundary between two writeback steps. */
export type WritebackStep = (typeof WRITEBACK_STEPS)[number];

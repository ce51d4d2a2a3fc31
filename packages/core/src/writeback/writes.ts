import type { SpanAttributes } from '../telemetry/tracer.js';
import type { WritebackAttempt } from './attempt.js';
import type { WritebackJournal, WritebackKind } from './journal.js';
import type { WritebackKindSpec } from './kinds.js';
import { noteWrite } from './note.js';
import { noteReceipt } from './note-receipt.js';
import { statusWrite } from './status.js';
import { timeEntryWrite } from './time-entry.js';

/** What the writes of one attempt know about it besides the journal. */
export interface WriteContext {
  readonly attempt: WritebackAttempt;
  readonly kind: WritebackKind;
  readonly spec: WritebackKindSpec;
  /** The caller accepts a second note when an earlier one cannot be looked up. */
  readonly allowDuplicateNote: boolean;
  /** How far before a journaled attempt time a lookup (`findNote`, …) searches. */
  readonly lookupMarginMs: number;
  /** The account's `notifyContact` setting, sent with the note (default `false`). */
  readonly notifyContact: boolean;
  /**
   * The status the ticket moves to, read from the settings on every attempt; `undefined` when the
   * kind's status setting is not set. `name` is known once a preflight found it on the board.
   */
  readonly status: { id: string; name: string | undefined } | undefined;
}

/**
 * One row of {@link WRITEBACK_WRITES}: a write to the PSA (or a read proving one), with the journal
 * fields that record it.
 */
export interface WritebackWrite {
  /** The span the write runs in, a child of the writeback's span. */
  readonly span: string;
  /**
   * Whether this writeback makes the write at all (a status only when its setting is set, a time
   * entry only when the journal holds one).
   */
  applies(w: WriteContext, journal: WritebackJournal): boolean;
  /**
   * Checks made before anything is posted, on a writeback that has not posted yet (a pinned one
   * skips them: its writes are already under way). May throw; returns the context the write
   * runs with.
   */
  preflight?(w: WriteContext): Promise<WriteContext>;
  /** True when the journal proves the write done: a retry skips it. */
  done(journal: WritebackJournal): boolean;
  /** Makes the write under the journal rule (`writeOnce`) and returns the journal proving it. */
  run(w: WriteContext, journal: WritebackJournal): Promise<WritebackJournal>;
  /** Span attributes known before the write. */
  attributes?(w: WriteContext): SpanAttributes;
  /** Span attributes of the journal the write returned. */
  resultAttributes?(journal: WritebackJournal): SpanAttributes;
}

/**
 * The writeback's PSA writes, in the order they are made. The service runs every row that
 * `applies` and is not `done`, one after the other, and then finalizes the session; every row
 * follows the one journal rule of `writeOnce` (attempted → found again or done).
 *
 * To add a write:
 * 1. add its journal fields to {@link WritebackJournal} (e.g. `…AttemptedAt`, `…Id`);
 * 2. add its `onStep` boundaries to `WRITEBACK_STEPS`, in the same order as this table;
 * 3. write the row in its own module: a `JournaledWrite` handed to `writeOnce`, calling
 *    its `PsaAdapter` method (see `noteWrite` for a write that must land once, `statusWrite` for
 *    a repeatable write proven by a re-read);
 * 4. insert the row here. The service's control flow does not change.
 *
 * | row              | done when                     | adapter methods                                                       |
 * | ---------------- | ----------------------------- | --------------------------------------------------------------------- |
 * | `noteWrite`      | `noteId` is journaled         | `addNote`, `findNote`                                                 |
 * | `noteReceipt`    | `noteVerified` is journaled   | `getNote` (only when the adapter has it)                              |
 * | `timeEntryWrite` | `timeEntryId` is journaled    | `addTimeEntry`, `findTimeEntry`, `getTimeEntry` (read back)           |
 * | `statusWrite`    | `verifiedStatus` is journaled | `listStatuses` (preflight), `setTicketStatus`, `getTicket` (re-read)  |
 *
 * The note is proven before anything else is written: a note the PSA stored with the wrong
 * visibility must stop the writeback. The time entry comes before the status: a status may forbid
 * time entries (ConnectWise `timeEntryNotAllowed`), and a closed ticket may refuse them.
 */
export const WRITEBACK_WRITES: readonly WritebackWrite[] = [
  noteWrite,
  noteReceipt,
  timeEntryWrite,
  statusWrite,
];

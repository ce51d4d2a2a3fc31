import type { TicketRef } from '../model/session.js';

/** Which writeback a journal records. */
export type WritebackKind = 'resolve' | 'escalate';

/** A time entry as a journal keeps it: plain JSON, times in ISO 8601. */
export interface JournaledTimeEntry {
  start: string;
  end: string;
  minutes: number;
  notes: string;
  billable: boolean;
  workType?: string;
  member?: string;
}

/**
 * Progress of one writeback, saved in storage between steps so a retry after a crash or a lost
 * response resumes where the last attempt stopped.
 *
 * A journal is first saved just before the note is posted: until then nothing has left the
 * process, so an attempt that stops earlier leaves nothing to resume. Once `noteAttemptedAt` is set
 * the writeback is pinned: retries must be of the same kind and post the same text to the same
 * ticket, because the PSA may already hold that note.
 */
export interface WritebackJournal {
  kind: WritebackKind;
  /** The text being posted (after the technician's edits). */
  text: string;
  /** The state version the text was written against. */
  basedOnVersion: number;
  startedAt: string;
  /** The ticket the note goes to; a retry keeps posting there even if the session was re-linked. */
  ticket?: TicketRef;
  /**
   * A fresh value on every save. A claimant that renews its claim and finds another revision than
   * the one it last wrote knows another attempt took over while it was stalled, and stops.
   */
  revision?: string;
  /** Set just before the first note POST; with no `noteId` it means the PSA may hold the note already. */
  noteAttemptedAt?: string;
  /**
   * Set when a note POST was refused outright (a 4xx other than 408/429) or withheld because the
   * session changed, and the ticket is known to hold no note of this writeback: the journal is no
   * longer pinned, so a retry may post other text or the other kind.
   */
  noteRefused?: { at: string; status?: number; code: string };
  /** The PSA's id for the posted note. */
  noteId?: string;
  /** True when the note was found on the ticket (`findNote`) after an attempt whose answer was lost. */
  noteRecovered?: boolean;
  /** True once the note was read back by id (`getNote`) with the visibility and text posted. */
  noteVerified?: boolean;
  /**
   * Who the note and the time entry are written as (`createCloseout({ psaMember })`), resolved
   * when the journal starts so a retry writes as the same person.
   */
  member?: string;
  /** The time entry to log, as resolved from the draft and the caller's edits. */
  timeEntry?: JournaledTimeEntry;
  /** Set just before the first time entry POST; with no `timeEntryId` the PSA may hold it already. */
  timeEntryAttemptedAt?: string;
  /** The PSA's id for the logged time entry. */
  timeEntryId?: string;
  /** The minutes the PSA reported when the entry was read back. */
  timeEntryMinutes?: number;
  /** True when the entry was found on the ticket (`findTimeEntry`) after an attempt whose answer was lost. */
  timeEntryRecovered?: boolean;
  /** The status the ticket was moved to and re-read with. */
  verifiedStatus?: { id: string; name: string };
  /** When the session was finalized; the journal is complete. */
  finalizedAt?: string;
}

/** Which writeback a journal records. */
export type WritebackKind = 'resolve' | 'escalate';

/**
 * Progress of one writeback, saved in storage between steps so a retry after a crash or a lost
 * response resumes where the last attempt stopped.
 */
export interface WritebackJournal {
  kind: WritebackKind;
  /** The text being posted (after the technician's edits). */
  text: string;
  basedOnVersion: number;
  startedAt: string;
  /** Set just before the note POST; with no `noteId` it means the PSA may hold the note already. */
  noteAttemptedAt?: string;
  /** The PSA's id for the posted note. */
  noteId?: string;
  /** The status the ticket was moved to and re-read with. */
  verifiedStatus?: { id: string; name: string };
}

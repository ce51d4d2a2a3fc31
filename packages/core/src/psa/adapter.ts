import type { NoteType, TicketRef } from '../model/session.js';
import type { NoteFormat } from './note-format.js';

/** A ticket as a PSA reports it: only what closeout reads. */
export interface PsaTicket {
  id: string;
  status: { id: string; name: string };
  /** The board (queue) the ticket is on; its statuses are the ones it may move to. */
  boardId?: string;
  closed?: boolean;
}

/** A status a ticket may take, as listed for its board. */
export interface PsaStatus {
  id: string;
  name: string;
  closed: boolean;
}

/** A note to post. `resolution` and `discussion` can reach the customer; `internal_analysis` never does. */
export interface PsaNoteInput {
  text: string;
  type: NoteType;
  /**
   * The PSA member (ConnectWise member identifier, Autotask resource id, Halo agent id) to write the
   * note as, from `createCloseout({ psaMember })`. An adapter whose PSA cannot attribute a write
   * to another person ignores it; absent → the API user.
   */
  member?: string;
  /**
   * Whether the PSA should e-mail the ticket's contact about this note (the account setting
   * `notifyContact`). Core always sends it; an adapter maps it to its PSA's flag (ConnectWise
   * `processNotifications`, HaloPSA `sendemail`) on every note, so nothing is left to the PSA's
   * default. An internal note never e-mails the contact, whatever it says.
   */
  notifyContact?: boolean;
}

/** Time worked on a ticket, to log as a PSA time entry. */
export interface PsaTimeEntryInput {
  /** When the work started. */
  start: Date;
  /** When it ended; `end - start` may exceed `minutes` when the work had pauses. */
  end: Date;
  /** Minutes worked, 1 to 1440. */
  minutes: number;
  /** What was done: plain text, with secrets already masked. */
  notes: string;
  billable: boolean;
  /** The PSA's work type id (ConnectWise `workType`), when the account uses one. */
  workType?: string;
  /** Who did the work, as {@link PsaNoteInput.member}. Autotask needs one (its `resourceID`). */
  member?: string;
}

/** A time entry as the PSA reports it when read back. */
export interface PsaTimeEntry {
  id: string;
  /** The ticket it is charged to. */
  ticketId: string;
  /** Minutes worked, as the PSA stored them (rounded to a whole minute). */
  minutes: number;
  notes: string;
  /** Who the PSA says wrote it, when it tells. */
  member?: string;
  billable?: boolean;
}

/** A note as the PSA holds it, read back by id: what core's note receipt compares with what it posted. */
export interface PsaNote {
  id: string;
  /** The text as stored (the PSA may have changed line endings or trimmed it). */
  text: string;
  /** The type its visibility says it is: a customer-visible note is never `internal_analysis`. */
  type: NoteType;
}

/**
 * How a PSA decides whether posting a note e-mails the ticket's contact:
 * - `flag`: the adapter sends a per-note flag, so the account's `notifyContact` decides;
 * - `psa_rules`: the PSA has no such flag, and its own rules (Autotask's workflow rules) decide.
 */
export type ContactNotification = 'flag' | 'psa_rules';

/**
 * What closeout needs from a PSA. Implement it for a new PSA and run `runPsaConformance` from
 * `@closeout/core/testing` against it.
 *
 * Adapters never verify a status change: core always re-fetches the ticket after
 * `setTicketStatus`. Failures are thrown as `PsaRequestError` (`PSA_REQUEST_FAILED`) with
 * `retryable`, and `ambiguous` when a write may have landed although no answer came back.
 */
export interface PsaAdapter {
  /** The provider name tickets are linked with, e.g. `connectwise`. */
  readonly provider: string;
  getTicket(ref: TicketRef): Promise<PsaTicket>;
  addNote(ref: TicketRef, note: PsaNoteInput): Promise<{ id: string }>;
  setTicketStatus(ref: TicketRef, statusId: string): Promise<void>;
  /** Finds a note with exactly this text created at or after `since`; lets a retried writeback avoid a duplicate. */
  findNote?(ref: TicketRef, query: { text: string; since: Date }): Promise<{ id: string } | null>;
  /**
   * Logs time on the ticket. Without it a writeback asked for a time entry answers
   * `VALIDATION_FAILED` before anything is posted. Check what is missing from the configuration
   * (an Autotask role, …) before sending, and throw a `PsaRequestError` with `refused: true`.
   */
  addTimeEntry?(ref: TicketRef, entry: PsaTimeEntryInput): Promise<{ id: string }>;
  /**
   * Finds the newest time entry on the ticket with exactly these notes, entered at or after
   * `since`: how a retried writeback whose answer was lost avoids logging the time twice.
   */
  findTimeEntry?(ref: TicketRef, query: { notes: string; since: Date }): Promise<{ id: string } | null>;
  /**
   * Checks, writing nothing, that the adapter as configured can log `entry` on the ticket (Autotask
   * needs a role and a licensed resource). Core calls it before a writeback posts anything, so a
   * configuration error refuses the whole call; throw `VALIDATION_FAILED` naming the missing option.
   */
  checkTimeEntry?(ref: TicketRef, entry: PsaTimeEntryInput): void | Promise<void>;
  /** Reads a time entry back, so core proves what it logged. */
  getTimeEntry?(ref: TicketRef, id: string): Promise<PsaTimeEntry>;
  /** The statuses of the ticket's board; lets core check a configured status before posting anything. */
  listStatuses?(ref: TicketRef): Promise<PsaStatus[]>;
  /**
   * The note with this id on the ticket, or `null` when the PSA holds none (deleted, or on another
   * ticket). Core re-reads every note it posted with it (the note receipt) and refuses to change
   * the status over a note stored with the wrong visibility or text.
   */
  getNote?(ref: TicketRef, id: string): Promise<PsaNote | null>;
  /** See {@link ContactNotification}; absent means `psa_rules` (core cannot promise either way). */
  readonly contactNotification?: ContactNotification;
  /**
   * The text format the PSA takes notes in (default `markdown`). Core renders the note in it before
   * `addNote` and `findNote` (see `renderNote` in `@closeout/core/psa`), so no adapter parses
   * markdown: Autotask takes `text`, Halo `html`.
   */
  readonly noteFormat?: NoteFormat;
}

/** A PSA adapter, or a per-account resolver for platforms where each MSP has its own PSA credentials. */
export type PsaOption =
  | PsaAdapter
  | ((accountId: string) => PsaAdapter | undefined | Promise<PsaAdapter | undefined>);

/**
 * Maps the technician who asks for a writeback (its `actor`, e.g. `tech:jdoe`) to the PSA member
 * the note and time entry are written as: a ConnectWise member identifier, an Autotask resource
 * id, a HaloPSA agent id. `undefined` → written as the API user.
 */
export type PsaMemberOption = (accountId: string, actor: string) => string | undefined;

/** Resolves the PSA adapter for an account, if any. */
export async function resolvePsa(
  option: PsaOption | undefined,
  accountId: string,
): Promise<PsaAdapter | undefined> {
  if (option === undefined) return undefined;
  if (typeof option === 'function') return (await option(accountId)) ?? undefined;
  return option;
}

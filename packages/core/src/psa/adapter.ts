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
   * Whether the PSA should e-mail the ticket's contact about this note (the account setting
   * `notifyContact`). Core always sends it; an adapter maps it to its PSA's flag (ConnectWise
   * `processNotifications`, HaloPSA `sendemail`) on every note, so nothing is left to the PSA's
   * default. An internal note never e-mails the contact, whatever it says.
   */
  notifyContact?: boolean;
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

/** Resolves the PSA adapter for an account, if any. */
export async function resolvePsa(
  option: PsaOption | undefined,
  accountId: string,
): Promise<PsaAdapter | undefined> {
  if (option === undefined) return undefined;
  if (typeof option === 'function') return (await option(accountId)) ?? undefined;
  return option;
}

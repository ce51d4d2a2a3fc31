import type { NoteType, TicketRef } from '../model/session.js';
import type { PsaAdapter } from '../psa/adapter.js';

/** A note as the PSA itself holds it, read behind the adapter's back to check what really landed. */
export interface PsaHeldNote {
  id: string;
  text: string;
  type: NoteType;
  /** Whether the customer can see it (resolution and discussion notes can; internal analysis never). */
  customerVisible: boolean;
  createdAt: Date;
  /** Who the PSA says wrote it (member, resource or agent id), when the harness can tell. */
  member?: string;
  /** Whether the PSA e-mailed (or would have e-mailed) the ticket's contact about it, when it can tell. */
  contactEmailed?: boolean;
}

/** A time entry as the PSA itself holds it. */
export interface PsaHeldTimeEntry {
  id: string;
  minutes: number;
  notes: string;
  billable: boolean;
  /** Who the PSA says logged it, when the harness can tell. */
  member?: string;
  createdAt: Date;
}

/** Every operation of a `PsaAdapter`, in a stable order. */
export const PSA_OPERATIONS = [
  'getTicket',
  'addNote',
  'setTicketStatus',
  'findNote',
  'listStatuses',
  'addTimeEntry',
  'findTimeEntry',
  'getTimeEntry',
  'getNote',
] as const;

/** Operations whose failures a harness can inject. */
export type PsaOperation = (typeof PSA_OPERATIONS)[number];

/** A failure the PSA answers with: an HTTP status, for 429 the Retry-After seconds, and its message. */
export interface PsaFault {
  status: number;
  retryAfterSeconds?: number;
  /**
   * What the PSA's error body says instead of its usual message, in the vendor's error shape: for
   * testing how an adapter handles an error that echoes its request (credentials included).
   */
  message?: string;
}

/**
 * What {@link runPsaConformance} needs to exercise an adapter: the adapter, a ticket it may change,
 * and a back door into the PSA (real sandbox or simulator) to read and seed state.
 *
 * Against a live sandbox there is no back door for faults or back-dated notes: leave out
 * `seedNote`, `setFault` and `loseNextResponse`, and the tests that need them skip themselves
 * with the reason.
 */
export interface PsaConformanceHarness {
  adapter: PsaAdapter;
  /** A ticket that exists and may be changed. */
  ticket: TicketRef;
  /** Two different status ids on the ticket's board, neither its current status. */
  statusIds: readonly [string, string];
  /** The ticket's notes as the PSA holds them. */
  notes(): Promise<PsaHeldNote[]>;
  /**
   * Optional: stores a note directly in the PSA with the given creation time (for `findNote`
   * `since` and newest-match checks).
   */
  seedNote?(note: { text: string; type: NoteType; createdAt: Date }): Promise<{ id: string }>;
  /** Optional: makes every call of `operation` fail with `fault` until cleared with `null`. */
  setFault?(operation: PsaOperation, fault: PsaFault | null): void;
  /**
   * Optional: the next note POST takes effect in the PSA but its answer never arrives (a reset
   * connection). The adapter must then throw an `ambiguous`, retryable error, never post again.
   */
  loseNextResponse?(operation: 'addNote' | 'addTimeEntry'): void;
  /** Optional: the ticket's time entries as the PSA holds them; the time entry tests need it. */
  timeEntries?(): Promise<PsaHeldTimeEntry[]>;
  /**
   * Optional: a PSA member (ConnectWise member identifier, Autotask resource id, Halo agent id)
   * writes may be attributed to. When given, the suite checks that a note and a time entry
   * written as that member are held as written by it.
   */
  member?: string;
  /**
   * Optional: the next note POST is stored with the other visibility (internal ↔ customer-visible)
   * and answered as a success, the fault the note receipt exists for. When given, the suite checks
   * that `getNote` reports the visibility the PSA really stored.
   */
  misstoreNextNote?(): void;
  /**
   * Optional: a status id the PSA knows that is not on the ticket's board. When given, the suite
   * checks that setting it fails (not retryable) and leaves the ticket's status alone.
   */
  foreignStatusId?: string;
  /**
   * Optional: the credentials the adapter was built with. The suite checks that none of them
   * appears in any error the adapter throws (message, details or JSON).
   */
  secrets?: readonly string[];
  /** Called after the suite. */
  close?(): Promise<void> | void;
}

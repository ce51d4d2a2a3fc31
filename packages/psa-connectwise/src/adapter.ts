import type {
  PsaAdapter,
  PsaNote,
  PsaNoteInput,
  PsaStatus,
  PsaTicket,
  PsaTimeEntry,
  PsaTimeEntryInput,
  TicketRef,
} from '@closeout/core';
import {
  checkNoteId,
  checkNoteInput,
  checkNoteQuery,
  checkTimeEntryInput,
  checkTimeEntryQuery,
  type normalizeNoteText,
  TtlCache,
} from '@closeout/core/psa';
import { createAuth } from './auth.js';
import { ConnectWiseHttp } from './http.js';
import { PROVIDER, parseId, ticketIdOf } from './ids.js';
import { noteBody, postNote, readNote, searchNote } from './notes.js';
import { type ConnectWiseOptions, resolveOptions } from './options.js';
import { fetchBoardStatuses } from './statuses.js';
import { fetchTicket, patchStatus, toPsaTicket } from './tickets.js';
import { postTimeEntry, readTimeEntry, searchTimeEntry, timeEntryBody } from './time-entries.js';

/** A `PsaAdapter` for ConnectWise PSA (Manage); `findNote` and `listStatuses` are always present. */
export interface ConnectWiseAdapter extends PsaAdapter {
  readonly provider: 'connectwise';
  /** `GET /service/tickets/{id}?fields=id,status,board,closedFlag`; never cached. */
  getTicket(ref: TicketRef): Promise<PsaTicket>;
  /** `POST /service/tickets/{id}/notes` with the note type's flag; resolves to ConnectWise's note id. */
  addNote(ref: TicketRef, note: PsaNoteInput): Promise<{ id: string }>;
  /**
   * `PATCH /service/tickets/{id}` replacing `status/id`; does not verify (core re-fetches). The id
   * may be given as text (`'13'`) or as ConnectWise's own number (`13`).
   */
  setTicketStatus(ref: TicketRef, statusId: string | number): Promise<void>;
  /**
   * The newest note of the ticket whose normalized text (see {@link normalizeNoteText}) equals
   * `text`, created at or after `since` taken to the whole second; every page is read.
   */
  findNote(ref: TicketRef, query: { text: string; since: Date }): Promise<{ id: string } | null>;
  /** The active statuses of the ticket's board, every page; cached per board for `cacheTtlMs`. */
  listStatuses(ref: TicketRef): Promise<PsaStatus[]>;
  /**
   * `GET /service/tickets/{id}/notes/{noteId}`: the note with the type its flags say
   * (`internalAnalysisFlag` → `internal_analysis`), or `null` when the ticket holds no such note.
   */
  getNote(ref: TicketRef, id: string): Promise<PsaNote | null>;
  /** `processNotifications` is sent on every note: the account's `notifyContact` decides. */
  readonly contactNotification: 'flag';
  /**
   * `POST /time/entries` charged to the ticket (`chargeToType: 'ServiceTicket'`), as `member`
   * (a member identifier) when given, `billableOption` `Billable` or `DoNotBill`, `workType` when
   * given; the notes go to no ticket note and nobody is e-mailed.
   */
  addTimeEntry(ref: TicketRef, entry: PsaTimeEntryInput): Promise<{ id: string }>;
  /** The newest entry on the ticket with these notes entered at or after `since`; every page is read. */
  findTimeEntry(ref: TicketRef, query: { notes: string; since: Date }): Promise<{ id: string } | null>;
  /** `GET /time/entries/{id}`: minutes from `actualHours`, the member's identifier. */
  getTimeEntry(ref: TicketRef, id: string): Promise<PsaTimeEntry>;
}

/**
 * A ConnectWise PSA adapter for closeout, on the REST API (3.0) with an API member's keys.
 *
 * ```ts
 * const psa = connectwise({
 *   site: 'api-na.myconnectwise.net',
 *   companyId: 'acme',
 *   publicKey: process.env.CW_PUBLIC_KEY!,
 *   privateKey: process.env.CW_PRIVATE_KEY!,
 *   clientId: process.env.CW_CLIENT_ID!,
 * });
 * const closeout = createCloseout({ storage, psa });
 * ```
 *
 * - Ticket and status ids are strings at the interface and positive integers on the wire; a
 *   malformed one is `VALIDATION_FAILED` before any request.
 * - Notes: `resolution` → `resolutionFlag`, `internal_analysis` → `internalAnalysisFlag` (never
 *   customer-visible), `discussion` → `detailDescriptionFlag`. Written as `member` (a member
 *   identifier) when given, so the ticket shows the technician rather than the API member.
 *   `notifyContact` is sent as `processNotifications` (else the `processNotifications` option), always
 *   `false` on an internal note; `getNote` reads a note back with the type its flags say.
 * - Time entries: `time/entries` charged to the ticket, as the technician when a member is given.
 * - Failures are `PsaRequestError` (`PSA_REQUEST_FAILED`) with `retryable`, and `ambiguous` when a
 *   note POST may have stored the note although no answer came back.
 * - `listStatuses` reuses a board's statuses and a ticket's board id for `cacheTtlMs`, so a warm
 *   preflight costs at most one request; `getTicket` always reads ConnectWise.
 *
 * Credentials stay inside the adapter: no error, error property or log line carries them.
 *
 * @throws CloseoutError `VALIDATION_FAILED` when an option is missing or malformed.
 */
export function connectwise(options: ConnectWiseOptions): ConnectWiseAdapter {
  const resolved = resolveOptions(options);
  const auth = createAuth({
    companyId: resolved.companyId,
    publicKey: resolved.publicKey,
    privateKey: resolved.privateKey,
    clientId: resolved.clientId,
    apiVersion: resolved.apiVersion,
  });
  const http = new ConnectWiseHttp(resolved, auth);
  const boardOfTicket = new TtlCache<number, number>(resolved.cacheTtlMs, resolved.clock);
  const statusesOfBoard = new TtlCache<number, PsaStatus[]>(resolved.cacheTtlMs, resolved.clock);

  const learnBoard = (ticketId: number, boardId: number | undefined) => {
    if (boardId !== undefined) boardOfTicket.set(ticketId, boardId);
  };

  return Object.freeze({
    provider: PROVIDER,
    contactNotification: 'flag' as const,

    async getTicket(ref: TicketRef): Promise<PsaTicket> {
      const ticketId = ticketIdOf(ref);
      const wire = await fetchTicket(http, ticketId);
      learnBoard(ticketId, wire.board?.id);
      return toPsaTicket(wire);
    },

    async addNote(ref: TicketRef, note: PsaNoteInput): Promise<{ id: string }> {
      const ticketId = ticketIdOf(ref);
      checkNoteInput(note);
      const id = await postNote(
        http,
        ticketId,
        noteBody(note.text, note.type, note.notifyContact ?? resolved.processNotifications, note.member),
      );
      return { id: String(id) };
    },

    async setTicketStatus(ref: TicketRef, statusId: string | number): Promise<void> {
      const ticketId = ticketIdOf(ref);
      const status = parseId(statusId, 'statusId', 'status');
      try {
        learnBoard(ticketId, await patchStatus(http, ticketId, status));
      } catch (error) {
        // After a refusal (typically a status not on the board) the cached board is suspect.
        const board = boardOfTicket.get(ticketId);
        boardOfTicket.delete(ticketId);
        if (board !== undefined) statusesOfBoard.delete(board);
        throw error;
      }
    },

    async findNote(ref: TicketRef, query: { text: string; since: Date }): Promise<{ id: string } | null> {
      const ticketId = ticketIdOf(ref);
      checkNoteQuery(query);
      const id = await searchNote(http, ticketId, query.text, query.since);
      return id === null ? null : { id: String(id) };
    },

    async getNote(ref: TicketRef, id: string): Promise<PsaNote | null> {
      const ticketId = ticketIdOf(ref);
      return readNote(http, ticketId, parseId(checkNoteId(id), 'noteId', 'note'));
    },

    async addTimeEntry(ref: TicketRef, entry: PsaTimeEntryInput): Promise<{ id: string }> {
      const ticketId = ticketIdOf(ref);
      checkTimeEntryInput(entry);
      const workType =
        entry.workType === undefined ? undefined : parseId(entry.workType, 'timeEntry.workType', 'work type');
      const id = await postTimeEntry(http, ticketId, timeEntryBody(ticketId, entry, workType));
      return { id: String(id) };
    },

    async findTimeEntry(
      ref: TicketRef,
      query: { notes: string; since: Date },
    ): Promise<{ id: string } | null> {
      const ticketId = ticketIdOf(ref);
      checkTimeEntryQuery(query);
      const id = await searchTimeEntry(http, ticketId, query.notes, query.since);
      return id === null ? null : { id: String(id) };
    },

    async getTimeEntry(ref: TicketRef, id: string): Promise<PsaTimeEntry> {
      const ticketId = ticketIdOf(ref);
      return readTimeEntry(http, ticketId, parseId(id, 'timeEntryId', 'time entry'));
    },

    async listStatuses(ref: TicketRef): Promise<PsaStatus[]> {
      const ticketId = ticketIdOf(ref);
      let boardId = boardOfTicket.get(ticketId);
      if (boardId === undefined) {
        const wire = await fetchTicket(http, ticketId);
        boardId = wire.board?.id;
        if (boardId === undefined) return [];
        learnBoard(ticketId, boardId);
      }
      const cached = statusesOfBoard.get(boardId);
      if (cached) return cached.map((s) => ({ ...s }));
      const statuses = await fetchBoardStatuses(http, boardId, ticketId);
      statusesOfBoard.set(boardId, statuses);
      return statuses.map((s) => ({ ...s }));
    },
  });
}

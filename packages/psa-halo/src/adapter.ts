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
  adapterLog,
  checkNoteId,
  checkNoteInput,
  checkNoteQuery,
  checkTimeEntryInput,
  checkTimeEntryQuery,
  positiveIntId,
  TtlCache,
} from '@closeout/core/psa';
import { HaloHttp } from './http.js';
import { PROVIDER, statusIdOf, ticketIdOf, VENDOR } from './ids.js';
import { actionBody, postAction, readAction, searchAction } from './notes.js';
import { type HaloOptions, resolveOptions } from './options.js';
import { outcomeCheck, outcomeFor, sameLabel } from './outcomes.js';
import { fetchStatuses, fetchTicket, postStatus, toPsaTicket } from './tickets.js';
import { postTimeAction, readTimeAction, searchTimeAction, timeActionBody } from './time-entries.js';
import type { StatusWire, TicketWire } from './wire.js';

/** A `PsaAdapter` for HaloPSA: notes in HTML, and `findNote` and `listStatuses` always present. */
export interface HaloAdapter extends PsaAdapter {
  readonly provider: 'halopsa';
  readonly noteFormat: 'html';
  findNote: NonNullable<PsaAdapter['findNote']>;
  listStatuses: NonNullable<PsaAdapter['listStatuses']>;
  /** `GET /api/Actions/{id}`: the action with the visibility Halo stored (`hiddenfromuser`). */
  getNote(ref: TicketRef, id: string): Promise<PsaNote | null>;
  /** `sendemail` is sent on every action: the account's `notifyContact` decides. */
  readonly contactNotification: 'flag';
  /** Refuses, sending nothing, a time entry without an outcome for private actions. */
  checkTimeEntry(ref: TicketRef, entry: PsaTimeEntryInput): void;
  /**
   * A private action with `timetaken` (hours) and the notes, added with the `internal_analysis`
   * outcome, by `actionby_agent_id` when the entry names the technician's agent.
   */
  addTimeEntry(ref: TicketRef, entry: PsaTimeEntryInput): Promise<{ id: string }>;
  /** The newest time action with these notes from `since`: `GET /api/Actions?timeentriesonly=true`. */
  findTimeEntry(ref: TicketRef, query: { notes: string; since: Date }): Promise<{ id: string } | null>;
  /** `GET /api/Actions/{id}`: minutes from `timetaken`, the member as the agent id. */
  getTimeEntry(ref: TicketRef, id: string): Promise<PsaTimeEntry>;
}

/**
 * A HaloPSA adapter for closeout, on the Halo API with an API application's client credentials.
 *
 * ```ts fragment
 * const psa = halo({
 *   url: 'https://acme.halopsa.com',
 *   clientId: process.env.HALO_CLIENT_ID!,
 *   clientSecret: process.env.HALO_CLIENT_SECRET!,
 *   outcomes: { resolution: 10, internal_analysis: 7 },
 * });
 * const closeout = createCloseout({ storage, psa });
 * ```
 *
 * - `getTicket` reads `GET /api/Tickets/{id}` (`closed` is Halo's `hasbeenclosed`, never cached);
 *   `setTicketStatus` posts `[{id, status_id}]` to `/api/Tickets` and never verifies (core re-reads).
 * - Notes are actions (`POST /api/Actions [{ticket_id, outcome_id, note_html, hiddenfromuser,
 *   sendemail}]`): `internal_analysis` is added `hiddenfromuser: true` (never customer-visible),
 *   `resolution` and `discussion` visible; `sendemail` is the note's `notifyContact` (never on a
 *   hidden note). `getNote` reads an action back by id with the visibility Halo stored. Each kind's outcome comes from `outcomes` (or `outcomeId`);
 *   a missing one is `VALIDATION_FAILED` and one the agent may not run a `PsaRequestError`, both
 *   before anything is posted. An outcome may move the ticket by itself; core re-reads it anyway.
 * - `findNote` lists the ticket's actions from `since` (to the second) and compares their HTML
 *   client-side, reading an action whole (`GET /api/Actions/{id}`) when the list left its HTML out; `listStatuses` lists the statuses of the ticket's type, cached for `cacheTtlMs`,
 *   `closed` from `closedStatusIds` or from what re-read tickets showed.
 * - The access token is cached until shortly before it expires and renewed once on a 401.
 * - Calls are budgeted against Halo's rolling window (300 per five minutes by default); a 429 waits
 *   for room instead of a fixed backoff. The action POST is never repeated after it may have
 *   reached Halo: the failure is `ambiguous` and the writeback looks the note up instead.
 *
 * Credentials and tokens stay inside the adapter: no error, error property or log line carries them.
 *
 * @throws CloseoutError `VALIDATION_FAILED` when an option is missing or malformed.
 */
export function halo(options: HaloOptions): HaloAdapter {
  const o = resolveOptions(options);
  const http = new HaloHttp(o, adapterLog(o.logger, PROVIDER));
  const outcomes = outcomeCheck(http, o.cacheTtlMs, o.clock);
  const statusesOf = new TtlCache<number, StatusWire[]>(o.cacheTtlMs, o.clock);
  const configuredClosed = new Set(o.closedStatusIds);
  // What re-read tickets showed: a status a closed ticket sat in is a closed status.
  const seenClosed = new Map<number, boolean>();
  const learn = (wire: TicketWire) => {
    if (typeof wire.hasbeenclosed === 'boolean') seenClosed.set(wire.status_id, wire.hasbeenclosed);
  };
  const isClosed = (id: number) => configuredClosed.has(id) || seenClosed.get(id) === true;

  return Object.freeze({
    provider: PROVIDER,
    noteFormat: 'html',
    contactNotification: 'flag',

    async getTicket(ref: TicketRef): Promise<PsaTicket> {
      const wire = await fetchTicket(http, ticketIdOf(ref));
      learn(wire);
      return toPsaTicket(wire);
    },

    async addNote(ref: TicketRef, note: PsaNoteInput): Promise<{ id: string }> {
      const ticketId = ticketIdOf(ref);
      checkNoteInput(note);
      const outcome = await outcomes.check(note.type, outcomeFor(o, note.type), ticketId);
      const id = await postAction(http, actionBody(ticketId, outcome.id, note, o.sendEmail)).catch(
        (error) => {
          // Halo refused an outcome it listed: the agent's rights changed, so list them again next time.
          if (error?.details?.reason === 'outcome_not_available') outcomes.forget();
          throw error;
        },
      );
      return { id: String(id) };
    },

    checkTimeEntry(ref: TicketRef, entry: PsaTimeEntryInput): void {
      ticketIdOf(ref);
      checkTimeEntryInput(entry);
      outcomeFor(o, 'internal_analysis');
    },

    async addTimeEntry(ref: TicketRef, entry: PsaTimeEntryInput): Promise<{ id: string }> {
      const ticketId = ticketIdOf(ref);
      checkTimeEntryInput(entry);
      // Time is logged as a private action: the internal analysis outcome.
      const outcome = await outcomes.check('internal_analysis', outcomeFor(o, 'internal_analysis'), ticketId);
      const id = await postTimeAction(http, timeActionBody(ticketId, outcome.id, entry));
      return { id: String(id) };
    },

    async findTimeEntry(
      ref: TicketRef,
      query: { notes: string; since: Date },
    ): Promise<{ id: string } | null> {
      const ticketId = ticketIdOf(ref);
      checkTimeEntryQuery(query);
      const id = await searchTimeAction(http, ticketId, query.notes, query.since);
      return id === null ? null : { id: String(id) };
    },

    async getTimeEntry(ref: TicketRef, id: string): Promise<PsaTimeEntry> {
      const ticketId = ticketIdOf(ref);
      const actionId = positiveIntId(id, { path: 'timeEntryId', vendor: 'HaloPSA', what: 'action' });
      return readTimeAction(http, ticketId, actionId);
    },

    async setTicketStatus(ref: TicketRef, statusId: string): Promise<void> {
      await postStatus(http, ticketIdOf(ref), statusIdOf(statusId));
    },

    async findNote(ref: TicketRef, query: { text: string; since: Date }): Promise<{ id: string } | null> {
      const ticketId = ticketIdOf(ref);
      checkNoteQuery(query);
      const id = await searchAction(http, ticketId, query.text, query.since);
      return id === null ? null : { id: String(id) };
    },

    async getNote(ref: TicketRef, id: string): Promise<PsaNote | null> {
      const ticketId = ticketIdOf(ref);
      const actionId = positiveIntId(checkNoteId(id), { path: 'noteId', vendor: VENDOR, what: 'action' });
      // A visible action added with the resolution outcome (by id or label) reads as a resolution.
      let resolution: ReturnType<typeof outcomeFor> | undefined;
      try {
        resolution = outcomeFor(o, 'resolution');
      } catch {
        resolution = undefined;
      }
      return readAction(http, ticketId, actionId, (action) =>
        resolution === undefined
          ? false
          : typeof resolution === 'number'
            ? action.outcome_id === resolution
            : typeof action.outcome === 'string' && sameLabel(action.outcome, resolution.label),
      );
    },

    async listStatuses(ref: TicketRef): Promise<PsaStatus[]> {
      const ticketId = ticketIdOf(ref);
      let statuses = statusesOf.get(ticketId);
      if (statuses === undefined) {
        statuses = await fetchStatuses(http, ticketId);
        statusesOf.set(ticketId, statuses);
      }
      // `closed` is worked out on every call: a ticket read since may have taught more.
      return statuses.map((s) => ({ id: String(s.id), name: s.name ?? '', closed: isClosed(s.id) }));
    },
  });
}

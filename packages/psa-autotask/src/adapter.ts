import type {
  NoteFormat,
  NoteType,
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
  validationError,
} from '@closeout/core/psa';
import { createAuth } from './auth.js';
import { AutotaskHttp } from './http.js';
import { PROVIDER, parseId, ticketIdOf } from './ids.js';
import { NOTE_MAX, postNote, readNote, searchNote } from './notes.js';
import { type AutotaskOptions, resolveOptions } from './options.js';
import { COMPLETE_STATUS, Picklists } from './picklists.js';
import { appendResolution, fetchTicket, patchStatus } from './tickets.js';
import {
  postTimeEntry,
  readTimeEntry,
  searchTimeEntry,
  timeEntryAuthor,
  timeEntryBody,
} from './time-entries.js';

/** A `PsaAdapter` for Autotask PSA; `findNote` and `listStatuses` are always present. */
export interface AutotaskAdapter extends PsaAdapter {
  readonly provider: 'autotask';
  /** Autotask notes are plain text: core renders the note as text before posting it. */
  readonly noteFormat: NoteFormat;
  /** `GET /Tickets/{id}`, the status named from the status picklist; never cached. */
  getTicket(ref: TicketRef): Promise<PsaTicket>;
  /**
   * `POST /Tickets/{id}/Notes` with title, description, and the note type and publish ids resolved
   * by label. A `resolution` also appends its text to the ticket's `resolution` field first
   * (`resolutionField: 'append'`, the default).
   */
  addNote(ref: TicketRef, note: PsaNoteInput): Promise<{ id: string }>;
  /** `PATCH /Tickets {id, status}`; does not verify (core re-fetches). */
  setTicketStatus(ref: TicketRef, statusId: string): Promise<void>;
  /** The newest note with this text created at or after `since`, through `POST /TicketNotes/query`. */
  findNote(ref: TicketRef, query: { text: string; since: Date }): Promise<{ id: string } | null>;
  /**
   * The active statuses of the status picklist (Autotask has no per-queue statuses); `closed` for
   * Complete and `closedStatuses`. Note labels are not required here: a note checks its own kind's
   * labels before anything is posted, so a tenant without a kind's label can still post the others.
   */
  listStatuses(ref: TicketRef): Promise<PsaStatus[]>;
  /**
   * `GET /TicketNotes/{id}`: the note with the type its `publish` value says (anything but the
   * customer-visible label is internal), or `null` when the ticket holds no such note.
   */
  getNote(ref: TicketRef, id: string): Promise<PsaNote | null>;
  /**
   * Autotask's TicketNotes take no notification flag: whether a note e-mails the contact is up to
   * the tenant's workflow rules, so `notifyContact` cannot be sent and previews say so.
   */
  readonly contactNotification: 'psa_rules';
  /**
   * Refuses, sending nothing, a time entry the adapter cannot log: no `timeEntryRoleId`, or no
   * resource (neither the entry's member nor `timeEntryResourceId`).
   */
  checkTimeEntry(ref: TicketRef, entry: PsaTimeEntryInput): void;
  /**
   * `POST /TimeEntries` for the ticket: `resourceID` the entry's member (impersonated, so Autotask
   * shows the technician) or `timeEntryResourceId`, `roleID` `timeEntryRoleId`, `hoursWorked`,
   * `summaryNotes`, `isNonBillable`, `billingCodeID` from `workType`.
   */
  addTimeEntry(ref: TicketRef, entry: PsaTimeEntryInput): Promise<{ id: string }>;
  /** The newest entry with these notes created at or after `since`, through `POST /TimeEntries/query`. */
  findTimeEntry(ref: TicketRef, query: { notes: string; since: Date }): Promise<{ id: string } | null>;
  /** `GET /TimeEntries/{id}`: minutes from `hoursWorked`, the member as the resource id. */
  getTimeEntry(ref: TicketRef, id: string): Promise<PsaTimeEntry>;
}

/**
 * An Autotask PSA adapter for closeout, on the REST API (v1.0) with an API-only user.
 *
 * ```ts
 * const psa = autotask({
 *   username: 'closeout-api@acme.example',
 *   secret: process.env.AUTOTASK_SECRET!,
 *   integrationCode: process.env.AUTOTASK_INTEGRATION_CODE!,
 * });
 * const closeout = createCloseout({ storage, psa });
 * ```
 *
 * - The zone comes from `zoneInformation` (once per adapter) unless `zoneUrl` is given.
 * - Notes: `resolution` and `discussion` are published to `All Autotask Users` (customer-visible),
 *   `internal_analysis` to `Internal Project Team`; both publish values and the note types are
 *   found by label, never by id, and a missing label of the note's own kind is `VALIDATION_FAILED`
 *   before anything is posted (a label of another kind is never needed).
 * - A resolution is a customer-visible note and, appended once, the ticket's `resolution` field.
 * - Attribution: a note or time entry with a `member` (a resource id, from `psaMember`) is sent
 *   with `ImpersonationResourceId`, so Autotask records the technician as its creator.
 * - Time entries: `POST /TimeEntries` with `timeEntryRoleId` and the member (or
 *   `timeEntryResourceId`); without them the adapter refuses before anything is posted.
 * - Failures are `PsaRequestError`; Autotask's validation answers (HTTP 500 with `errors`) are not
 *   retryable and name Autotask's message. Reads, queries and the status PATCH are retried on
 *   429/502/503/504; the note POST only on the thread limit (Itgenatr005, as 429 or as 500), which
 *   refuses before storing anything. An HTML 404 is a configuration error (`reason: 'configuration'`).
 * - Every call is counted in the tenant's request budget (`budget`), read from `ThresholdInformation`:
 *   calls are spaced out from half of it, and the hourly threshold, once hit, is never retried.
 *
 * Credentials stay inside the adapter: no error, error property or log line carries them.
 *
 * @throws CloseoutError `VALIDATION_FAILED` when an option is missing or malformed.
 */
export function autotask(options: AutotaskOptions): AutotaskAdapter {
  const resolved = resolveOptions(options);
  const auth = createAuth({
    username: resolved.username,
    secret: resolved.secret,
    integrationCode: resolved.integrationCode,
    impersonationResourceId: resolved.impersonationResourceId,
  });
  const http = new AutotaskHttp(resolved, auth);
  const picklists = new Picklists(http, resolved);
  const log = adapterLog(resolved.logger, PROVIDER);

  return Object.freeze({
    provider: PROVIDER,
    noteFormat: 'text' as const,
    contactNotification: 'psa_rules' as const,

    async getTicket(ref: TicketRef): Promise<PsaTicket> {
      const ticketId = ticketIdOf(ref);
      const wire = await fetchTicket(http, ticketId);
      const status = await picklists.status(wire.status);
      return {
        id: String(wire.id),
        status: { id: String(wire.status), name: status?.name ?? `Status ${wire.status}` },
        ...(wire.queueID === null || wire.queueID === undefined ? {} : { boardId: String(wire.queueID) }),
        closed: status?.closed ?? wire.status === COMPLETE_STATUS,
      };
    },

    async addNote(ref: TicketRef, note: PsaNoteInput): Promise<{ id: string }> {
      const ticketId = ticketIdOf(ref);
      checkNoteInput(note);
      if (note.text.length > NOTE_MAX) {
        throw validationError('An Autotask note holds at most 32,000 characters', [
          { path: 'note.text', message: `must be at most ${NOTE_MAX} characters` },
        ]);
      }
      // Labels first: a missing one fails before anything reaches the ticket.
      const ids = await picklists.noteIds(note.type);
      if (note.type === 'resolution' && resolved.resolutionField === 'append') {
        const written = await appendResolution(http, ticketId, note.text);
        if (!written) log('debug', 'autotask: resolution field kept', { ticketId });
      }
      const impersonate =
        note.member === undefined ? undefined : parseId(note.member, 'note.member', 'resource');
      const id = await postNote(
        http,
        {
          ticketID: ticketId,
          title: resolved.noteTitles[note.type],
          description: note.text,
          noteType: ids.noteType,
          publish: ids.publish,
        },
        impersonate,
      );
      return { id: String(id) };
    },

    checkTimeEntry(ref: TicketRef, entry: PsaTimeEntryInput): void {
      ticketIdOf(ref);
      checkTimeEntryInput(entry);
      timeEntryAuthor(entry, resolved);
    },

    async addTimeEntry(ref: TicketRef, entry: PsaTimeEntryInput): Promise<{ id: string }> {
      const ticketId = ticketIdOf(ref);
      checkTimeEntryInput(entry);
      const author = timeEntryAuthor(entry, resolved);
      const body = timeEntryBody(ticketId, entry, author);
      const id = await postTimeEntry(http, body, entry.member === undefined ? undefined : author.resourceID);
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
      return readTimeEntry(http, ticketIdOf(ref), parseId(id, 'timeEntryId', 'time entry'));
    },

    async setTicketStatus(ref: TicketRef, statusId: string): Promise<void> {
      const ticketId = ticketIdOf(ref);
      await patchStatus(http, ticketId, parseId(statusId, 'statusId', 'status'));
    },

    async findNote(ref: TicketRef, query: { text: string; since: Date }): Promise<{ id: string } | null> {
      const ticketId = ticketIdOf(ref);
      checkNoteQuery(query);
      const id = await searchNote(http, ticketId, query.text, query.since, resolved.pageSize);
      return id === null ? null : { id: String(id) };
    },

    async getNote(ref: TicketRef, id: string): Promise<PsaNote | null> {
      const ticketId = ticketIdOf(ref);
      const noteId = parseId(checkNoteId(id), 'noteId', 'note');
      // A tenant may lack some labels; the receipt reads with whichever it has.
      const ids = (type: NoteType) => picklists.noteIds(type).catch(() => undefined);
      const [resolution, discussion, internal] = await Promise.all([
        ids('resolution'),
        ids('discussion'),
        ids('internal_analysis'),
      ]);
      return readNote(http, ticketId, noteId, {
        customerPublish: resolution?.publish ?? discussion?.publish,
        internalPublish: internal?.publish,
        resolutionNoteType: resolution?.noteType,
      });
    },

    async listStatuses(ref: TicketRef): Promise<PsaStatus[]> {
      ticketIdOf(ref);
      // Each note checks its own kind's labels before it is posted: a resolve needs no label of the
      // internal kind, an escalation none of the customer kinds. Missing ones are only logged here.
      const missing = await picklists.missingNoteLabels();
      if (missing.length > 0)
        log('warn', 'autotask: note labels missing on the tenant', { options: missing });
      return picklists.statuses();
    },
  });
}

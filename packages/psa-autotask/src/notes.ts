import type { NoteType, PsaNote } from '@closeout/core';
import { normalizeNoteText } from '@closeout/core/psa';
import type { AutotaskHttp } from './http.js';
import { ItemIdWire, NoteItemWire, NotePageWire, type NoteWire } from './wire.js';

/** Autotask's limit on a note's `description`, in characters. */
export const NOTE_MAX = 32_000;

/** The body of `POST /Tickets/{id}/Notes`. */
export interface TicketNoteBody {
  ticketID: number;
  title: string;
  description: string;
  noteType: number;
  publish: number;
}

/**
 * Posts the note through the ticket's child URL (the root `POST /TicketNotes` does not exist) and
 * returns its id, written as `impersonate` (a resource id) when given. There is no idempotency key: a lost answer is settled by `findNote`, never by a
 * second POST.
 */
export async function postNote(
  http: AutotaskHttp,
  body: TicketNoteBody,
  impersonate?: number,
): Promise<number> {
  const { itemId } = await http.json(
    { operation: 'addNote', method: 'POST', ticketId: body.ticketID },
    {
      method: 'POST',
      path: `Tickets/${body.ticketID}/Notes`,
      json: body,
      ...(impersonate === undefined ? {} : { impersonate }),
    },
    ItemIdWire,
  );
  return itemId;
}

/** Text as `findNote` compares it: the toolkit's normalisation, then any run of whitespace as one space. */
export const comparable = (text: string) => normalizeNoteText(text).replace(/\s+/g, ' ');

/** `createDateTime` is compared at whole seconds: a note stored in the same second as `since` counts. */
const floorSecond = (d: Date) => new Date(Math.floor(d.getTime() / 1000) * 1000);

// A guard against a server whose nextPageUrl never stops.
const MAX_PAGES = 200;

/**
 * The newest note of the ticket whose text equals `text` (see {@link comparable}) created at or
 * after `since`: `POST /TicketNotes/query` on `ticketID` and `createDateTime`, following
 * `nextPageUrl` page after page. Autotask cannot filter on the text, so it is compared here.
 */
export async function searchNote(
  http: AutotaskHttp,
  ticketId: number,
  text: string,
  since: Date,
  pageSize: number,
): Promise<number | null> {
  const wanted = comparable(text);
  const floor = floorSecond(since);
  const target = { operation: 'findNote' as const, method: 'POST' as const, ticketId, query: true };
  const notes: NoteWire[] = [];
  const query = {
    filter: [
      { op: 'eq', field: 'ticketID', value: ticketId },
      { op: 'gte', field: 'createDateTime', value: floor.toISOString() },
    ],
    includeFields: ['id', 'ticketID', 'description', 'createDateTime'],
    maxRecords: pageSize,
  };
  let page = await http.json(
    target,
    { method: 'POST', path: 'TicketNotes/query', json: query },
    NotePageWire,
  );
  for (let n = 1; ; n++) {
    notes.push(...page.items);
    const next = page.pageDetails?.nextPageUrl;
    if (!next || page.items.length === 0 || n >= MAX_PAGES) break;
    // Autotask serves a nextPageUrl to a POST with the query's own body; a GET answers 405.
    page = await http.json(target, { method: 'POST', url: next, json: query }, NotePageWire);
  }
  const created = (n: NoteWire) => (n.createDateTime ? Date.parse(n.createDateTime) : Number.NaN);
  const matches = notes
    // The filter already applies on the server; the date is checked again in case it was ignored.
    .filter((n) => n.ticketID === undefined || n.ticketID === null || n.ticketID === ticketId)
    .filter((n) => !(created(n) < floor.getTime()))
    .filter((n) => typeof n.description === 'string' && comparable(n.description) === wanted)
    .sort((a, b) => (created(b) || 0) - (created(a) || 0) || b.id - a.id);
  return matches[0]?.id ?? null;
}

/**
 * `GET /TicketNotes/{id}`: the note as Autotask stores it, or `null` when there is none on this
 * ticket. Its type follows its `publish` value: only the customer-visible one ("All Autotask
 * Users" by default) is `resolution` (with the resolution note type) or `discussion`; any other
 * publish value is internal, so an internal note published to customers shows as visible.
 */
export async function readNote(
  http: AutotaskHttp,
  ticketId: number,
  noteId: number,
  ids: { customerPublish?: number; internalPublish?: number; resolutionNoteType?: number },
): Promise<PsaNote | null> {
  const { item } = await http.json(
    { operation: 'getNote', method: 'GET', ticketId },
    { method: 'GET', path: `TicketNotes/${noteId}` },
    NoteItemWire,
  );
  if (
    item === null ||
    (item.ticketID !== null && item.ticketID !== undefined && item.ticketID !== ticketId)
  ) {
    return null;
  }
  // Without a customer label on the tenant, anything not published internally counts as visible:
  // the safe side, an internal note never passes for what it is not.
  const visible =
    ids.customerPublish !== undefined
      ? item.publish === ids.customerPublish
      : item.publish !== ids.internalPublish;
  const type: NoteType = !visible
    ? 'internal_analysis'
    : item.noteType === ids.resolutionNoteType
      ? 'resolution'
      : 'discussion';
  return { id: String(item.id), text: item.description ?? '', type };
}

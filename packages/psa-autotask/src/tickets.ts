import { ticketNotFound } from './errors.js';
import type { AutotaskHttp } from './http.js';
import { ItemIdWire, TicketItemWire, type TicketWire } from './wire.js';

/** Autotask's limit on the ticket's `resolution` field, in characters. */
export const RESOLUTION_MAX = 32_000;

/** `GET /Tickets/{id}` → the ticket; `{item: null}` (missing, or not visible to the API user) fails. */
export async function fetchTicket(
  http: AutotaskHttp,
  ticketId: number,
  operation: 'getTicket' | 'setResolution' | 'listStatuses' = 'getTicket',
): Promise<TicketWire> {
  const { item } = await http.json(
    { operation, method: 'GET', ticketId },
    { method: 'GET', path: `Tickets/${ticketId}` },
    TicketItemWire,
  );
  if (item === null) throw ticketNotFound(ticketId, operation);
  return item;
}

/**
 * `PATCH /Tickets {id, status}`: a sparse update. Never PUT, which nulls every writable field the
 * body leaves out. Autotask may answer 200 and end on another status (a workflow rule): this call
 * never checks, core re-fetches the ticket.
 */
export async function patchStatus(http: AutotaskHttp, ticketId: number, status: number): Promise<void> {
  await http.json(
    { operation: 'setTicketStatus', method: 'PATCH', ticketId },
    { method: 'PATCH', path: 'Tickets', json: { id: ticketId, status } },
    ItemIdWire,
  );
}

/** Whitespace-insensitive, for "is this text already in the field". */
const flat = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * Appends `text` to the ticket's `resolution` field, once: a field that already holds it is left
 * alone, so a retried writeback never writes it twice. Returns whether the field was written; a
 * field that would outgrow Autotask's limit is left as it is (the note still carries the text).
 */
export async function appendResolution(http: AutotaskHttp, ticketId: number, text: string): Promise<boolean> {
  const ticket = await fetchTicket(http, ticketId, 'setResolution');
  const current = ticket.resolution ?? '';
  if (flat(current).includes(flat(text))) return false;
  const next = current.trim() === '' ? text : `${current.trimEnd()}\n\n${text}`;
  if (next.length > RESOLUTION_MAX) return false;
  await http.json(
    { operation: 'setResolution', method: 'PATCH', ticketId },
    { method: 'PATCH', path: 'Tickets', json: { id: ticketId, resolution: next } },
    ItemIdWire,
  );
  return true;
}

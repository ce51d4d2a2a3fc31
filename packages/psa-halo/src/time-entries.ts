import { PsaRequestError, type PsaTimeEntry, type PsaTimeEntryInput } from '@closeout/core';
import { normalizeNoteText } from '@closeout/core/psa';
import type { HaloHttp } from './http.js';
import { agentIdOf, haloCall } from './ids.js';
import { haloTime } from './notes.js';
import { ActionListWire, ActionWire } from './wire.js';

/**
 * The action that logs the time: a private action (never shown to the end user, no email) with the
 * notes as plain text and `timetaken` in hours, by the technician's agent when one is named. Halo
 * bills an action by the ticket's contract and charge rate, so `billable` is not sent.
 */
export function timeActionBody(ticketId: number, outcomeId: number, entry: PsaTimeEntryInput) {
  return {
    ticket_id: ticketId,
    outcome_id: outcomeId,
    note: entry.notes,
    hiddenfromuser: true,
    sendemail: false,
    timetaken: Math.round((entry.minutes / 60) * 10_000) / 10_000,
    ...(entry.member === undefined ? {} : { actionby_agent_id: agentIdOf(entry.member, 'timeEntry.member') }),
  };
}

/** Posts the time action (never repeated: Halo has no idempotency key) and returns its id. */
export async function postTimeAction(
  http: HaloHttp,
  body: ReturnType<typeof timeActionBody>,
): Promise<number> {
  const created = await http.json(
    haloCall('addTimeEntry', `logging time on ticket ${body.ticket_id}`, body.ticket_id, 'POST'),
    'Actions',
    ActionWire,
    { method: 'POST', json: [body] },
  );
  return created.id;
}

/** `GET /api/Actions/{id}?ticket_id=…`: the whole action (a list may shorten its note). */
export async function readTimeAction(http: HaloHttp, ticketId: number, id: number): Promise<PsaTimeEntry> {
  const action = await http.json(
    haloCall('getTimeEntry', `reading action ${id} of ticket ${ticketId}`, ticketId),
    `Actions/${id}`,
    ActionWire,
    { searchParams: { ticket_id: ticketId } },
  );
  if ((action.ticket_id ?? ticketId) !== ticketId || !(typeof action.timetaken === 'number')) {
    throw new PsaRequestError(`HaloPSA action ${id} of ticket ${ticketId} logs no time`, {
      retryable: false,
      details: { operation: 'getTimeEntry', ticketId, reason: 'not_found' },
    });
  }
  const agent = action.actionby_agent_id ?? action.who_agentid;
  return {
    id: String(action.id),
    ticketId: String(action.ticket_id ?? ticketId),
    minutes: Math.round(action.timetaken * 60),
    notes: action.note ?? '',
    ...(agent === null || agent === undefined ? {} : { member: String(agent) }),
  };
}

/**
 * The newest time action of the ticket with these notes, created at or after `since` (whole
 * seconds): `GET /api/Actions?timeentriesonly=true`, the date checked again here.
 */
export async function searchTimeAction(
  http: HaloHttp,
  ticketId: number,
  notes: string,
  since: Date,
): Promise<number | null> {
  const wanted = normalizeNoteText(notes);
  const floor = Math.floor(since.getTime() / 1000) * 1000;
  const { actions } = await http.json(
    haloCall('findTimeEntry', `listing the time entries of ticket ${ticketId}`, ticketId),
    'Actions',
    ActionListWire,
    {
      searchParams: {
        ticket_id: ticketId,
        startdate: new Date(floor).toISOString().slice(0, 19),
        timeentriesonly: true,
      },
    },
  );
  const created = (a: ActionWire) => haloTime(a.datetime ?? a.actiondatecreated);
  const match = actions
    .filter((a) => (a.ticket_id ?? ticketId) === ticketId && !(created(a) < floor))
    .filter((a) => typeof a.note === 'string' && normalizeNoteText(a.note) === wanted)
    .sort((a, b) => (created(b) || 0) - (created(a) || 0) || b.id - a.id)[0];
  return match?.id ?? null;
}

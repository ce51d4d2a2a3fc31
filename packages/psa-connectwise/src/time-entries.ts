import type { PsaTimeEntry, PsaTimeEntryInput } from '@closeout/core';
import { normalizeNoteText } from '@closeout/core/psa';
import type { ConnectWiseHttp } from './http.js';
import { conditionDate } from './notes.js';
import { TimeEntryWire } from './wire.js';

/** The body of `POST /time/entries` for time worked on a service ticket. */
export interface TimeEntryBody {
  chargeToId: number;
  chargeToType: 'ServiceTicket';
  member?: { identifier: string };
  timeStart: string;
  timeEnd: string;
  billableOption: 'Billable' | 'DoNotBill';
  notes: string;
  workType?: { id: number };
  addToDetailDescriptionFlag: false;
  addToInternalAnalysisFlag: false;
  addToResolutionFlag: false;
  emailResourceFlag: false;
  emailContactFlag: false;
  emailCcFlag: false;
}

/**
 * The entry as ConnectWise takes it. The entry ends at `end` and spans exactly `minutes`, so
 * ConnectWise's own hours (from `timeStart` to `timeEnd`) are the minutes asked for, whatever the
 * pauses. The notes are never copied into the ticket's description, internal analysis or
 * resolution (the note already holds them), and nobody is e-mailed.
 */
export function timeEntryBody(ticketId: number, entry: PsaTimeEntryInput, workType?: number): TimeEntryBody {
  const end = new Date(Math.floor(entry.end.getTime() / 1000) * 1000);
  const start = new Date(end.getTime() - entry.minutes * 60_000);
  return {
    chargeToId: ticketId,
    chargeToType: 'ServiceTicket',
    ...(entry.member === undefined ? {} : { member: { identifier: entry.member } }),
    timeStart: conditionDate(start),
    timeEnd: conditionDate(end),
    billableOption: entry.billable ? 'Billable' : 'DoNotBill',
    notes: entry.notes,
    ...(workType === undefined ? {} : { workType: { id: workType } }),
    addToDetailDescriptionFlag: false,
    addToInternalAnalysisFlag: false,
    addToResolutionFlag: false,
    emailResourceFlag: false,
    emailContactFlag: false,
    emailCcFlag: false,
  };
}

/** Logs the entry and returns ConnectWise's id for it. */
export async function postTimeEntry(
  http: ConnectWiseHttp,
  ticketId: number,
  body: TimeEntryBody,
): Promise<number> {
  const { data } = await http.json(
    { operation: 'addTimeEntry', method: 'POST', ticketId },
    { method: 'POST', path: 'time/entries', json: body },
    TimeEntryWire,
  );
  return data.id;
}

/** Reads an entry; one charged to another ticket reads as not found. */
export async function readTimeEntry(
  http: ConnectWiseHttp,
  ticketId: number,
  id: number,
): Promise<PsaTimeEntry> {
  const { data } = await http.json(
    { operation: 'getTimeEntry', method: 'GET', ticketId },
    { method: 'GET', path: `time/entries/${id}` },
    TimeEntryWire,
  );
  return {
    id: String(data.id),
    ticketId: String(data.chargeToType === 'ServiceTicket' ? (data.chargeToId ?? '') : ''),
    minutes: Math.round((data.actualHours ?? 0) * 60),
    notes: data.notes ?? '',
    ...(data.member?.identifier ? { member: data.member.identifier } : {}),
    ...(data.billableOption ? { billable: data.billableOption === 'Billable' } : {}),
  };
}

/**
 * The newest entry on the ticket with these (normalized) notes entered at or after `since` (to the
 * whole second), reading every page.
 */
export async function searchTimeEntry(
  http: ConnectWiseHttp,
  ticketId: number,
  notes: string,
  since: Date,
): Promise<number | null> {
  const wanted = normalizeNoteText(notes);
  const floor = Math.floor(since.getTime() / 1000) * 1000;
  const entries = await http.list(
    { operation: 'findTimeEntry', method: 'GET', ticketId },
    'time/entries',
    {
      conditions: `chargeToType="ServiceTicket" AND chargeToId=${ticketId} AND dateEntered >= [${conditionDate(since)}]`,
      orderBy: 'dateEntered desc',
      fields: 'id,notes,dateEntered,chargeToId,chargeToType',
    },
    TimeEntryWire,
  );
  const entered = (e: TimeEntryWire) => (e.dateEntered ? Date.parse(e.dateEntered) : Number.NaN);
  const matches = entries
    .filter((e) => e.chargeToId === ticketId && !(entered(e) < floor))
    .filter((e) => typeof e.notes === 'string' && normalizeNoteText(e.notes) === wanted)
    .sort((a, b) => (entered(b) || 0) - (entered(a) || 0) || b.id - a.id);
  return matches[0]?.id ?? null;
}

import { CloseoutError, type NoteType, type PsaNote } from '@closeout/core';
import { isCustomerVisible, normalizeNoteText } from '@closeout/core/psa';
import type { ConnectWiseHttp } from './http.js';
import { NoteWire } from './wire.js';

/** The ServiceNote flag each closeout note type sets; the other two are sent `false`. */
export const NOTE_FLAG = {
  resolution: 'resolutionFlag',
  internal_analysis: 'internalAnalysisFlag',
  discussion: 'detailDescriptionFlag',
} as const satisfies Record<NoteType, string>;

/** The body of `POST /service/tickets/{id}/notes`. */
export interface ServiceNoteBody {
  text: string;
  detailDescriptionFlag: boolean;
  internalAnalysisFlag: boolean;
  resolutionFlag: boolean;
  processNotifications: boolean;
  /** The member the note is written as (its identifier); absent → the API member. */
  member?: { identifier: string };
}

/**
 * The body of the note POST. `processNotifications` is always sent, never left to ConnectWise's
 * default: the note's `notifyContact` (the account setting), else the adapter's option; an internal
 * analysis note never notifies, since its reader is never the contact.
 */
export function noteBody(
  text: string,
  type: NoteType,
  processNotifications: boolean,
  member?: string,
): ServiceNoteBody {
  const flag = NOTE_FLAG[type];
  return {
    text,
    detailDescriptionFlag: flag === 'detailDescriptionFlag',
    internalAnalysisFlag: flag === 'internalAnalysisFlag',
    resolutionFlag: flag === 'resolutionFlag',
    processNotifications: isCustomerVisible(type) && processNotifications,
    ...(member === undefined ? {} : { member: { identifier: member } }),
  };
}

/** A note's type as its flags say; internal analysis wins, since it decides who can read it. */
export function noteTypeOf(note: NoteWire): NoteType {
  if (note.internalAnalysisFlag === true) return 'internal_analysis';
  if (note.resolutionFlag === true) return 'resolution';
  return 'discussion';
}

/**
 * `GET /service/tickets/{id}/notes/{noteId}`: the note as ConnectWise stores it, or `null` when the
 * ticket holds no such note (404).
 */
export async function readNote(
  http: ConnectWiseHttp,
  ticketId: number,
  noteId: number,
): Promise<PsaNote | null> {
  try {
    const { data } = await http.json(
      { operation: 'getNote', method: 'GET', ticketId },
      {
        method: 'GET',
        path: `service/tickets/${ticketId}/notes/${noteId}`,
        searchParams: { fields: 'id,text,detailDescriptionFlag,internalAnalysisFlag,resolutionFlag' },
      },
      NoteWire,
    );
    return { id: String(data.id), text: data.text ?? '', type: noteTypeOf(data) };
  } catch (error) {
    if (CloseoutError.isInstance(error) && error.details.status === 404) return null;
    throw error;
  }
}

/** Posts the note and returns ConnectWise's id for it. */
export async function postNote(
  http: ConnectWiseHttp,
  ticketId: number,
  body: ServiceNoteBody,
): Promise<number> {
  const { data } = await http.json(
    { operation: 'addNote', method: 'POST', ticketId },
    { method: 'POST', path: `service/tickets/${ticketId}/notes`, json: body },
    NoteWire,
  );
  return data.id;
}

/** ConnectWise compares `dateCreated` at whole seconds, in brackets: `[2025-01-15T14:30:00Z]`. */
export function conditionDate(since: Date): string {
  return new Date(Math.floor(since.getTime() / 1000) * 1000).toISOString().replace('.000Z', 'Z');
}

/**
 * The newest note of the ticket with exactly this (normalized) text created at or after `since`,
 * reading every page. `since` is taken to the whole second because `dateCreated` has no
 * milliseconds: a note stored in the same second as `since` still counts.
 */
export async function searchNote(
  http: ConnectWiseHttp,
  ticketId: number,
  text: string,
  since: Date,
): Promise<number | null> {
  const wanted = normalizeNoteText(text);
  const floor = Math.floor(since.getTime() / 1000) * 1000;
  const notes = await http.list(
    { operation: 'findNote', method: 'GET', ticketId },
    `service/tickets/${ticketId}/notes`,
    {
      conditions: `dateCreated >= [${conditionDate(since)}]`,
      orderBy: 'dateCreated desc',
      fields: 'id,text,dateCreated',
    },
    NoteWire,
  );
  const created = (n: NoteWire) => (n.dateCreated ? Date.parse(n.dateCreated) : Number.NaN);
  const matches = notes
    // The condition already filters on the server; the date is checked again in case it was ignored.
    .filter((n) => !(created(n) < floor))
    .filter((n) => typeof n.text === 'string' && normalizeNoteText(n.text) === wanted)
    .sort((a, b) => (created(b) || 0) - (created(a) || 0) || b.id - a.id);
  return matches[0]?.id ?? null;
}

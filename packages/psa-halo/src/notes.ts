import { CloseoutError, type NoteType, type PsaNote, type PsaNoteInput } from '@closeout/core';
import { isCustomerVisible, normalizeNoteText } from '@closeout/core/psa';
import type { HaloHttp } from './http.js';
import { agentIdOf, haloCall } from './ids.js';
import { ActionListWire, ActionWire as ActionSchema, type ActionWire } from './wire.js';

/**
 * The action for a note: HTML as core rendered it, hidden from the end user for internal analysis
 * (the outcome's own default is never relied on), and `sendemail` always sent: the note's
 * `notifyContact` (the account setting), else the adapter's `sendEmail` option; never for a hidden
 * note.
 */
export function actionBody(ticketId: number, outcomeId: number, note: PsaNoteInput, sendEmail: boolean) {
  const hidden = !isCustomerVisible(note.type);
  return {
    ticket_id: ticketId,
    outcome_id: outcomeId,
    note_html: note.text,
    hiddenfromuser: hidden,
    sendemail: hidden ? false : (note.notifyContact ?? sendEmail),
    // Written as the technician's agent when one is named; else as the API agent.
    ...(note.member === undefined ? {} : { actionby_agent_id: agentIdOf(note.member, 'note.member') }),
  };
}

/**
 * `GET /api/Actions/{id}?ticket_id=…&includehtmlnote=true`: the action as Halo stores it (the list
 * may shorten notes; the single action has the full text), or `null` when the ticket holds no such
 * action. Hidden from the user is `internal_analysis`; a visible one is `resolution` when it was
 * added with the resolution outcome, else `discussion`.
 */
export async function readAction(
  http: HaloHttp,
  ticketId: number,
  actionId: number,
  isResolution: (action: ActionWire) => boolean,
): Promise<PsaNote | null> {
  let action: ActionWire;
  try {
    action = await http.json(
      haloCall('getNote', `reading action ${actionId} of ticket ${ticketId}`, ticketId),
      `Actions/${actionId}`,
      ActionSchema,
      { searchParams: { ticket_id: ticketId, includehtmlnote: true } },
    );
  } catch (error) {
    if (CloseoutError.isInstance(error) && error.details.status === 404) return null;
    throw error;
  }
  if ((action.ticket_id ?? ticketId) !== ticketId) return null;
  const type: NoteType =
    action.hiddenfromuser === true ? 'internal_analysis' : isResolution(action) ? 'resolution' : 'discussion';
  return { id: String(action.id), text: action.note_html ?? action.note ?? '', type };
}

/** The one item of `POST /api/Actions [...]`. */
export type ActionBody = ReturnType<typeof actionBody>;

/** Posts the action (never repeated: Halo has no idempotency key) and returns its id. */
export async function postAction(http: HaloHttp, body: ActionBody): Promise<number> {
  const created = await http.json(
    haloCall('addNote', `posting a note on ticket ${body.ticket_id}`, body.ticket_id, 'POST'),
    'Actions',
    ActionSchema,
    { method: 'POST', json: [body] },
  );
  return created.id;
}

/** A note as `findNote` compares it: the toolkit's text normalisation, and no whitespace between tags. */
export function normalizeHtmlNote(text: string): string {
  return normalizeNoteText(text).replace(/>\s+</g, '><');
}

/** Halo writes times in UTC, sometimes without an offset. */
export function haloTime(value: string | null | undefined): number {
  if (!value) return Number.NaN;
  return Date.parse(/(z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`);
}

/** `startdate` as Halo reads it: UTC to the whole second, no offset. */
const startDate = (ms: number) => new Date(ms).toISOString().slice(0, 19);

/**
 * The newest action of the ticket whose HTML equals `text` once normalised, created at or after
 * `since` taken to the whole second. The date is checked again here in case Halo ignored
 * `startdate`. An action list may shorten `note` and leave out `note_html`: an action listed
 * without its HTML is read whole (`GET /api/Actions/{id}`) before it is ruled out, newest first,
 * so a lost answer is never taken for a note that was not stored (and posted a second time).
 */
export async function searchAction(
  http: HaloHttp,
  ticketId: number,
  text: string,
  since: Date,
): Promise<number | null> {
  const wanted = normalizeHtmlNote(text);
  const floor = Math.floor(since.getTime() / 1000) * 1000;
  const { actions } = await http.json(
    haloCall('findNote', `listing the actions of ticket ${ticketId}`, ticketId),
    'Actions',
    ActionListWire,
    { searchParams: { ticket_id: ticketId, startdate: startDate(floor), includehtmlnote: true } },
  );
  const created = (a: ActionWire) => haloTime(a.datetime ?? a.actiondatecreated);
  const same = (a: ActionWire) =>
    [a.note_html, a.note].some((t) => typeof t === 'string' && normalizeHtmlNote(t) === wanted);
  const candidates = actions
    .filter((a) => (a.ticket_id ?? ticketId) === ticketId && !(created(a) < floor))
    .sort((a, b) => (created(b) || 0) - (created(a) || 0) || b.id - a.id);
  for (const listed of candidates) {
    if (same(listed)) return listed.id;
    // With its HTML listed, the action is known whole; without it, `note` may be cut short.
    if (typeof listed.note_html === 'string') continue;
    const whole = await http.json(
      haloCall('findNote', `reading action ${listed.id} of ticket ${ticketId}`, ticketId),
      `Actions/${listed.id}`,
      ActionSchema,
      { searchParams: { ticket_id: ticketId } },
    );
    if (same(whole)) return listed.id;
  }
  return null;
}

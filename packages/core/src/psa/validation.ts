/**
 * Input checks adapters run before any request, each failing with the same `VALIDATION_FAILED`
 * error core raises: the message names the offending fields, `details.issues` says what is wrong
 * with each, and no input value is ever quoted (it may be a credential).
 *
 * @module
 */
import { z } from 'zod';
import { type FieldIssue, validationError } from '../errors.js';
import { LIMITS } from '../model/limits.js';
import { NoteTypeSchema } from '../model/session.js';
import { parseInput } from '../model/validate.js';
import type { PsaNoteInput, PsaTimeEntryInput } from './adapter.js';

export { parseInput, validationError };

const INT32_MAX = 2_147_483_647;

/**
 * A PSA's numeric id from closeout's string id (or a whole number): a positive int32, or
 * `VALIDATION_FAILED` before any request. `vendor` and `what` word the message (`A ConnectWise ticket id is …`).
 */
export function positiveIntId(value: unknown, args: { path: string; vendor: string; what: string }): number {
  // Ids are strings at closeout's interface; a JavaScript caller may still hand over a number.
  const text = typeof value === 'number' && Number.isInteger(value) ? String(value) : value;
  if (typeof text === 'string' && /^[0-9]{1,10}$/.test(text.trim())) {
    const n = Number(text.trim());
    if (n >= 1 && n <= INT32_MAX) return n;
  }
  throw validationError(`A ${args.vendor} ${args.what} id is a positive whole number`, [
    { path: args.path, message: `must be a ${args.vendor} ${args.what} id (a positive whole number)` },
  ]);
}

/** Checks that a ticket reference is `{provider, id}` of this provider (case and spaces aside). */
export function checkProvider(
  ref: unknown,
  provider: string,
  vendor: string,
): { provider: string; id: unknown } {
  if (typeof ref !== 'object' || ref === null) {
    throw validationError('A ticket reference is required', [
      { path: 'ticket', message: 'must be {provider, id}' },
    ]);
  }
  const r = ref as { provider?: unknown; id?: unknown };
  if (typeof r.provider !== 'string' || r.provider.trim().toLowerCase() !== provider) {
    throw validationError(`The ticket is not a ${vendor} ticket`, [
      { path: 'ticket.provider', message: `must be "${provider}"` },
    ]);
  }
  return { provider, id: r.id };
}

/** Checks `addNote`'s input: non-empty text and one of closeout's note types. */
export function checkNoteInput(note: PsaNoteInput): void {
  if (typeof note !== 'object' || note === null) {
    throw validationError('A note is {text, type}', [{ path: 'note', message: 'must be {text, type}' }]);
  }
  const issues: FieldIssue[] = [];
  if (typeof note.text !== 'string' || note.text.trim() === '') {
    issues.push({ path: 'note.text', message: 'must be non-empty text' });
  }
  if (!NoteTypeSchema.safeParse(note.type).success) {
    issues.push({ path: 'note.type', message: 'must be resolution, internal_analysis or discussion' });
  }
  if (issues.length > 0) throw validationError('Invalid note', issues);
}

/** Checks `getNote`'s id: non-empty text. Returns it trimmed. */
export function checkNoteId(id: unknown): string {
  if (typeof id !== 'string' || id.trim() === '') {
    throw validationError('A note id is required', [{ path: 'noteId', message: 'must be non-empty text' }]);
  }
  return id.trim();
}

/** Checks `findNote`'s query: non-empty text and a valid `since` date. */
export function checkNoteQuery(query: { text: string; since: Date }): void {
  const issues: FieldIssue[] = [];
  if (typeof query?.text !== 'string' || query.text.trim() === '') {
    issues.push({ path: 'text', message: 'must be non-empty text' });
  }
  if (!(query?.since instanceof Date) || Number.isNaN(query.since.getTime())) {
    issues.push({ path: 'since', message: 'must be a valid Date' });
  }
  if (issues.length > 0) throw validationError('Invalid note query', issues);
}

/** Checks `addTimeEntry`'s input: dates in order, 1 to 1440 whole minutes, notes, a boolean `billable`. */
export function checkTimeEntryInput(entry: PsaTimeEntryInput): void {
  if (typeof entry !== 'object' || entry === null) {
    throw validationError('A time entry is {start, end, minutes, notes, billable}', [
      { path: 'timeEntry', message: 'must be {start, end, minutes, notes, billable}' },
    ]);
  }
  const issues: FieldIssue[] = [];
  const isDate = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());
  if (!isDate(entry.start)) issues.push({ path: 'timeEntry.start', message: 'must be a valid Date' });
  if (!isDate(entry.end)) issues.push({ path: 'timeEntry.end', message: 'must be a valid Date' });
  else if (isDate(entry.start) && entry.end.getTime() <= entry.start.getTime()) {
    issues.push({ path: 'timeEntry.end', message: 'must be after start' });
  }
  if (!Number.isInteger(entry.minutes) || entry.minutes < 1 || entry.minutes > LIMITS.timeEntryMinutes) {
    issues.push({
      path: 'timeEntry.minutes',
      message: `must be a whole number from 1 to ${LIMITS.timeEntryMinutes}`,
    });
  }
  if (
    typeof entry.notes !== 'string' ||
    entry.notes.trim() === '' ||
    entry.notes.length > LIMITS.timeEntryNotes
  ) {
    issues.push({
      path: 'timeEntry.notes',
      message: `must be non-empty text of at most ${LIMITS.timeEntryNotes} characters`,
    });
  }
  if (typeof entry.billable !== 'boolean')
    issues.push({ path: 'timeEntry.billable', message: 'must be true or false' });
  if (issues.length > 0) throw validationError('Invalid time entry', issues);
}

/** Checks `findTimeEntry`'s query: non-empty notes and a valid `since` date. */
export function checkTimeEntryQuery(query: { notes: string; since: Date }): void {
  const issues: FieldIssue[] = [];
  if (typeof query?.notes !== 'string' || query.notes.trim() === '') {
    issues.push({ path: 'notes', message: 'must be non-empty text' });
  }
  if (!(query?.since instanceof Date) || Number.isNaN(query.since.getTime())) {
    issues.push({ path: 'since', message: 'must be a valid Date' });
  }
  if (issues.length > 0) throw validationError('Invalid time entry query', issues);
}

/**
 * A credential option: a string of 1 to `max` characters. Checked for shape only, so no message
 * ever echoes the value.
 */
export const credentialSchema = (what: string, max = 200) =>
  z
    .string({ error: `must be the ${what} as a string` })
    .min(1, { error: `must be the ${what}` })
    .max(max, { error: `must be the ${what}` });

const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/** Whether credentials may go to `url`: https, or plain http to a loopback host (local testing). */
export function isSecureUrl(url: URL): boolean {
  return url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK.has(url.hostname));
}

import { z } from 'zod';
import { LIMITS } from '../model/limits.js';
import { isWellFormed } from '../model/storable.js';

/** What a history entry records: a change of the session, a generated preview or a writeback step. */
export const SessionEventTypeSchema = z.enum([
  'created',
  'finding_added',
  'decision_recorded',
  'fix_proposed',
  'outcome_recorded',
  'ticket_linked',
  'preview_generated',
  'note_posted',
  'time_entry_posted',
  'note_verified',
  'note_verification_failed',
  'status_verified',
  'status_verification_failed',
  'finalized',
]);
export type SessionEventType = z.infer<typeof SessionEventTypeSchema>;

/**
 * Who did something, as the host names them (e.g. `tech:jdoe`). Recorded as given: an actor with
 * surrounding whitespace is refused rather than trimmed into another one.
 */
export const ActorSchema = z
  .string()
  .min(1)
  .max(LIMITS.id)
  .refine((v) => v.trim() === v, { message: 'an actor must not start or end with whitespace' })
  .refine((v) => isWellFormed(v) && !/\p{Cc}/u.test(v), {
    message: 'an actor must not contain control characters or lone surrogates',
  });

/**
 * One entry of a session's append-only history. `stateVersion` is the session's version the entry
 * belongs to: the version a change produced, or the version a preview or a writeback step was made
 * from. `details` holds ids, statuses and kinds, never note or finding text.
 */
export const SessionEventSchema = z.object({
  type: SessionEventTypeSchema,
  stateVersion: z.number().int().positive(),
  at: z.iso.datetime({ offset: true }),
  actor: z.string().optional(),
  details: z.record(z.string(), z.unknown()).optional(),
});
export type SessionEvent = z.infer<typeof SessionEventSchema>;

/** A history entry as `onEvent` receives it: with the account and the session it belongs to. */
export interface CloseoutEvent extends SessionEvent {
  accountId: string;
  sessionId: string;
}

/** Builds an entry, leaving out an absent actor or empty details so stored entries stay small. */
export function sessionEvent(
  type: SessionEventType,
  stateVersion: number,
  at: string,
  actor: string | undefined,
  details?: Record<string, unknown>,
): SessionEvent {
  return {
    type,
    stateVersion,
    at,
    ...(actor === undefined ? {} : { actor }),
    ...(details === undefined || Object.keys(details).length === 0 ? {} : { details }),
  };
}

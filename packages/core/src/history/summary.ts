import { z } from 'zod';
import { FixStatusSchema, type Session, SessionStatusSchema, TicketRefSchema } from '../model/session.js';

/** A session as a list shows it: enough for a row in a host's UI, without its findings or fixes. */
export const SessionSummarySchema = z.object({
  id: z.string(),
  problem: z.string(),
  status: SessionStatusSchema,
  stateVersion: z.number().int().positive(),
  ticket: TicketRefSchema.nullable(),
  activeFix: z.object({ id: z.string(), title: z.string(), status: FixStatusSchema }).nullable(),
  createdAt: z.iso.datetime({ offset: true }),
  updatedAt: z.iso.datetime({ offset: true }),
});
export type SessionSummary = z.infer<typeof SessionSummarySchema>;

/** The summary of a session. Stores keep it beside the session, written with it. */
export function summarizeSession(session: Session): SessionSummary {
  const active = session.fixes.find((f) => f.id === session.activeFixId);
  return {
    id: session.id,
    problem: session.problem,
    status: session.status,
    stateVersion: session.stateVersion,
    ticket: session.ticket,
    activeFix: active === undefined ? null : { id: active.id, title: active.title, status: active.status },
    createdAt: session.createdAt,
    updatedAt: session.updatedAt,
  };
}

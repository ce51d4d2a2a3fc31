import {
  ActorSchema,
  type ListSessionsQuery,
  MAX_LIST_LIMIT,
  SessionEventSchema,
  SessionStatusSchema,
  SessionSummarySchema,
  TicketRefSchema,
} from '@closeout/core';
import { z } from 'zod';

// The zod schemas of the host-app endpoints (list, delete, history, ticket) and of what the host's
// `authenticate` may answer. Kept in one module so the handler, the OpenAPI document and clients
// share them.

/** What `authenticate` may answer: an account id, or the account id with the acting user. */
export const AuthenticationSchema = z.union([
  z.string().min(1),
  z.object({ accountId: z.string().min(1), actor: ActorSchema.optional() }),
]);
/** What `authenticate` may answer (or `null`: the request is not authenticated, 401). */
export type Authentication = z.input<typeof AuthenticationSchema>;

const single = (name: string) =>
  z
    .array(z.string())
    .max(1, { message: `give ${name} once` })
    .transform((v) => v[0]);

/**
 * The query string of `GET /ai-sessions`, as repeated-key arrays (`URLSearchParams`): `ticketProvider`
 * and `ticketId` (together), `status` (repeat it, or separate with commas), `updatedAfter`,
 * `updatedBefore` (ISO-8601), `limit` (1–100) and `cursor`.
 */
export const ListSessionsParamsSchema = z
  .object({
    ticketProvider: single('ticketProvider').optional(),
    ticketId: single('ticketId').optional(),
    status: z
      .array(z.string())
      .transform((v) => v.flatMap((s) => s.split(',')).filter((s) => s !== ''))
      .pipe(z.array(SessionStatusSchema).max(5))
      .optional(),
    updatedAfter: single('updatedAfter').optional(),
    updatedBefore: single('updatedBefore').optional(),
    limit: single('limit')
      .pipe(z.string().regex(/^\d{1,3}$/, { message: `a whole number from 1 to ${MAX_LIST_LIMIT}` }))
      .transform(Number)
      .optional(),
    cursor: single('cursor').optional(),
  })
  .strict()
  .superRefine((v, ctx) => {
    if ((v.ticketProvider === undefined) !== (v.ticketId === undefined)) {
      ctx.addIssue({
        code: 'custom',
        path: [v.ticketProvider === undefined ? 'ticketProvider' : 'ticketId'],
        message: 'ticketProvider and ticketId go together',
      });
    }
  })
  .transform(
    (v): ListSessionsQuery => ({
      ...(v.ticketProvider === undefined || v.ticketId === undefined
        ? {}
        : { ticket: { provider: v.ticketProvider, id: v.ticketId } }),
      ...(v.status === undefined || v.status.length === 0 ? {} : { status: v.status }),
      ...(v.updatedAfter === undefined ? {} : { updatedAfter: v.updatedAfter }),
      ...(v.updatedBefore === undefined ? {} : { updatedBefore: v.updatedBefore }),
      ...(v.limit === undefined ? {} : { limit: v.limit }),
      ...(v.cursor === undefined ? {} : { cursor: v.cursor }),
    }),
  );

/** The answer of `GET /ai-sessions`. */
export const SessionPageSchema = z.object({
  items: z.array(SessionSummarySchema),
  nextCursor: z.string().nullable(),
});

/** The answer of `GET /ai-sessions/{id}/history`. */
export const SessionHistorySchema = z.object({ events: z.array(SessionEventSchema) });

/** The body of `PUT /ai-sessions/{id}/ticket`: the ticket, and optionally the expected version. */
export const LinkTicketBodySchema = TicketRefSchema.extend({
  expectedVersion: z.number().int().positive().optional(),
});

/** `URLSearchParams` as the repeated-key record {@link ListSessionsParamsSchema} reads. */
export function paramsRecord(search: URLSearchParams): Record<string, string[]> {
  const record: Record<string, string[]> = {};
  for (const key of new Set(search.keys())) record[key] = search.getAll(key);
  return record;
}

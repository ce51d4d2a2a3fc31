import { z } from 'zod';
import { validationError } from '../errors.js';
import type { SessionSummary } from '../history/summary.js';
import {
  type SessionStatus,
  SessionStatusSchema,
  type TicketRef,
  TicketRefSchema,
} from '../model/session.js';

/** Sessions per page when `limit` is not given. */
export const DEFAULT_LIST_LIMIT = 50;
/** The largest page `sessions.list` answers. */
export const MAX_LIST_LIMIT = 100;

const instant = z
  .union([z.date(), z.iso.datetime({ offset: true })])
  .transform((v) => (typeof v === 'string' ? new Date(v) : v).toISOString());

/** The query of `sessions.list`. Every filter is optional; they combine with AND. */
export const ListSessionsQuerySchema = z.object({
  /** Only the sessions linked to this ticket. */
  ticket: TicketRefSchema.optional(),
  /** Only sessions in this status, or in one of these. */
  status: z.union([SessionStatusSchema, z.array(SessionStatusSchema).min(1).max(5)]).optional(),
  /** Only sessions changed strictly after this instant. */
  updatedAfter: instant.optional(),
  /** Only sessions changed strictly before this instant. */
  updatedBefore: instant.optional(),
  /** Page size, 1–100 (default 50). */
  limit: z.number().int().min(1).max(MAX_LIST_LIMIT).optional(),
  /** `nextCursor` of the previous page. Opaque. */
  cursor: z.string().min(1).max(1_000).optional(),
});
export type ListSessionsQuery = z.input<typeof ListSessionsQuerySchema>;

/** A page of `sessions.list`: most recently changed first; `nextCursor` is `null` on the last page. */
export interface SessionPage {
  items: SessionSummary[];
  nextCursor: string | null;
}

/** Where a page starts: strictly after this (updatedAt, id) in the list's order (newest first). */
export interface ListPosition {
  updatedAt: string;
  id: string;
}

/**
 * A list query as a store answers it: the account's sessions matching every given filter, ordered
 * by `updatedAt` descending then `id` descending (ids compared by code unit, as a byte-wise `C`
 * collation does for the ASCII ids closeout makes), at most `limit` of them, starting strictly
 * after `after` in that order. Timestamps are ISO-8601 UTC strings as `toISOString` writes them.
 */
export interface StorageListQuery {
  ticket?: TicketRef;
  statuses?: SessionStatus[];
  /** Exclusive lower bound on `updatedAt`. */
  updatedAfter?: string;
  /** Exclusive upper bound on `updatedAt`. */
  updatedBefore?: string;
  after?: ListPosition;
  limit: number;
}

const CursorSchema = z.tuple([z.iso.datetime(), z.string().min(1).max(1_000)]);

/** The cursor that continues after `position`. */
export function encodeCursor(position: ListPosition): string {
  return Buffer.from(JSON.stringify([position.updatedAt, position.id]), 'utf8').toString('base64url');
}

/** The position a cursor stands for; `VALIDATION_FAILED` for anything `encodeCursor` did not make. */
export function decodeCursor(cursor: string): ListPosition {
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch {
    raw = undefined;
  }
  const parsed = CursorSchema.safeParse(raw);
  if (!parsed.success || encodeCursor({ updatedAt: parsed.data[0], id: parsed.data[1] }) !== cursor) {
    throw validationError('Invalid cursor', [
      { path: 'cursor', message: 'not a cursor from a previous page; start again without one' },
    ]);
  }
  return { updatedAt: parsed.data[0], id: parsed.data[1] };
}

/** The store's query for a parsed `sessions.list` query: one row more than the page, to tell if more follow. */
export function storageQueryOf(query: z.output<typeof ListSessionsQuerySchema>): StorageListQuery {
  const limit = query.limit ?? DEFAULT_LIST_LIMIT;
  const statuses = query.status === undefined ? undefined : [query.status].flat();
  return {
    ...(query.ticket === undefined ? {} : { ticket: query.ticket }),
    ...(statuses === undefined ? {} : { statuses: [...new Set(statuses)] }),
    ...(query.updatedAfter === undefined ? {} : { updatedAfter: query.updatedAfter }),
    ...(query.updatedBefore === undefined ? {} : { updatedBefore: query.updatedBefore }),
    ...(query.cursor === undefined ? {} : { after: decodeCursor(query.cursor) }),
    limit: limit + 1,
  };
}

/** Cuts the store's rows to the page and makes the cursor of the next one. */
export function pageOf(rows: SessionSummary[], limit: number): SessionPage {
  if (rows.length <= limit) return { items: rows, nextCursor: null };
  const items = rows.slice(0, limit);
  const last = items[items.length - 1] as SessionSummary;
  return { items, nextCursor: encodeCursor({ updatedAt: last.updatedAt, id: last.id }) };
}

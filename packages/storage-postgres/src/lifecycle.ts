import type { SessionEvent, SessionSummary, StorageAdapter } from '@closeout/core';
import type { Database, Queryable } from './database.js';
import { historyInsert } from './history.js';
import { minuteOf } from './migrations.js';
import { checkKey, type Tables } from './schema.js';

type LifecycleMethods = Pick<
  StorageAdapter,
  | 'listSessions'
  | 'deleteSession'
  | 'getHistory'
  | 'appendHistory'
  | 'purgeFinalizedBefore'
  | 'purgeStalePreviews'
>;

/**
 * Listing, history and deletion. A list page is one statement on one of the two list indexes
 * (by account, or by account and ticket), ordered by (updated_at, id) and started after the
 * cursor with a row comparison. The indexes hold the minute of the last change rather than its
 * instant (migration 4), so the index yields the page's rows minute by minute and the server sorts
 * within a minute: a few more rows read than the page holds, in exchange for writes in place.
 */
export function lifecycleMethods(db: Database, t: Tables): LifecycleMethods {
  const keys = (accountId: string, sessionId: string) => {
    checkKey(accountId, 'accountId');
    checkKey(sessionId, 'sessionId');
  };

  /** Deletes the sessions `ids` names (a subquery over `$1`'s account) and everything of theirs. */
  const deleteAll = async (q: Queryable, doomed: string, params: unknown[]): Promise<number> => {
    const { rows } = await q.query<{ deleted: string | number }>(
      `WITH d AS (DELETE FROM ${t.sessions} WHERE account_id = $1 AND ${doomed} RETURNING id),
         p AS (DELETE FROM ${t.previews} WHERE account_id = $1 AND session_id IN (SELECT id FROM d)),
         w AS (DELETE FROM ${t.writebacks} WHERE account_id = $1 AND session_id IN (SELECT id FROM d)),
         h AS (DELETE FROM ${t.history} WHERE account_id = $1 AND session_id IN (SELECT id FROM d))
       SELECT count(*) AS deleted FROM d`,
      params,
    );
    return Number(rows[0]?.deleted ?? 0);
  };

  return {
    async listSessions(accountId, query) {
      checkKey(accountId, 'accountId');
      const params: unknown[] = [accountId];
      const where = ['account_id = $1'];
      if (query.ticket !== undefined) {
        checkKey(query.ticket.provider, 'ticket provider');
        checkKey(query.ticket.id, 'ticket id');
        where.push(`ticket_provider = $${params.push(query.ticket.provider)}`);
        where.push(`ticket_id = $${params.push(query.ticket.id)}`);
      }
      if (query.statuses !== undefined) where.push(`status = ANY($${params.push(query.statuses)}::text[])`);
      // Each bound on `updated_at` also bounds `updated_minute`, the column the index holds, so the
      // index range starts and ends where the page can.
      const minuteBound = (op: '>=' | '<=', at: number) =>
        `updated_minute ${op} ${minuteOf(`$${at}::timestamptz`)}`;
      if (query.updatedAfter !== undefined) {
        const at = params.push(query.updatedAfter);
        where.push(`updated_at > $${at}::timestamptz`, minuteBound('>=', at));
      }
      if (query.updatedBefore !== undefined) {
        const at = params.push(query.updatedBefore);
        where.push(`updated_at < $${at}::timestamptz`, minuteBound('<=', at));
      }
      if (query.after !== undefined) {
        checkKey(query.after.id, 'cursor');
        const at = params.push(query.after.updatedAt);
        const id = params.push(query.after.id);
        where.push(`(updated_at, id COLLATE "C") < ($${at}::timestamptz, $${id})`, minuteBound('<=', at));
      }
      // `updated_minute` first: the order the index yields, refined within each minute.
      const { rows } = await db.query<{ summary: SessionSummary }>(
        `SELECT summary FROM ${t.sessions} WHERE ${where.join(' AND ')}
         ORDER BY updated_minute DESC, updated_at DESC, id COLLATE "C" DESC LIMIT $${params.push(query.limit)}`,
        params,
      );
      return rows.map((r) => r.summary);
    },

    async deleteSession(accountId, sessionId, { now }) {
      keys(accountId, sessionId);
      return db.transaction(async (tx) => {
        // The writeback row is locked first, as a claim locks it: a claim cannot be taken between
        // this check and the delete, and a running writeback's claim refuses the delete.
        const claim = await tx.query<{ expires_at: string | number | null }>(
          `SELECT claim_expires_at AS expires_at FROM ${t.writebacks}
           WHERE account_id = $1 AND session_id = $2 AND claim_token IS NOT NULL FOR UPDATE`,
          [accountId, sessionId],
        );
        const expiresAt = Number(claim.rows[0]?.expires_at ?? Number.NEGATIVE_INFINITY);
        if (expiresAt > now) {
          const exists = await tx.query(`SELECT 1 FROM ${t.sessions} WHERE account_id = $1 AND id = $2`, [
            accountId,
            sessionId,
          ]);
          if (exists.rows.length > 0) return { deleted: false, reason: 'writeback_in_progress', expiresAt };
        }
        const deleted = await deleteAll(tx, 'id = $2', [accountId, sessionId]);
        return deleted === 0 ? { deleted: false, reason: 'not_found' } : { deleted: true };
      });
    },

    async getHistory(accountId, sessionId) {
      keys(accountId, sessionId);
      const { rows } = await db.query<{ event: SessionEvent }>(
        `SELECT event FROM ${t.history} WHERE account_id = $1 AND session_id = $2 ORDER BY seq`,
        [accountId, sessionId],
      );
      return rows.map((r) => r.event);
    },

    async appendHistory(accountId, sessionId, events) {
      keys(accountId, sessionId);
      const params: unknown[] = [accountId, sessionId];
      const insert = historyInsert(t, 's', events, params);
      if (insert === undefined) return;
      await db.query(
        `WITH s AS (SELECT 1 FROM ${t.sessions} WHERE account_id = $1 AND id = $2) ${insert}`,
        params,
      );
    },

    async purgeFinalizedBefore(accountId, before) {
      checkKey(accountId, 'accountId');
      return deleteAll(
        db,
        `status <> 'open' AND updated_at < $2::timestamptz AND updated_minute <= ${minuteOf('$2::timestamptz')}`,
        [accountId, before],
      );
    },

    async purgeStalePreviews(accountId) {
      checkKey(accountId, 'accountId');
      const { rowCount } = await db.query(
        `DELETE FROM ${t.previews} AS p WHERE p.account_id = $1 AND NOT EXISTS (
           SELECT 1 FROM ${t.sessions} AS s
           WHERE s.account_id = p.account_id AND s.id = p.session_id AND s.state_version <= p.state_version
         )`,
        [accountId],
      );
      return rowCount;
    },
  };
}

import type { StorageAdapter, StoredWriteback, UnfinishedWriteback, WritebackJournal } from '@closeout/core';
import { CloseoutError } from '@closeout/core';
import type { Database } from './database.js';
import { historyInsert } from './history.js';
import { checkKey, type Tables } from './schema.js';

interface WritebackRow {
  journal: WritebackJournal | null;
  claim_token: string | null;
  claim_expires_at: string | number | null;
}

type WritebackMethods = Pick<
  StorageAdapter,
  'getWriteback' | 'claimWriteback' | 'saveWriteback' | 'releaseWriteback'
> &
  Required<Pick<StorageAdapter, 'listUnfinishedWritebacks'>>;

/**
 * The writeback journal: a row per session with a claim (token and lease end, in the caller's
 * epoch milliseconds). Taking the claim is one conditional upsert, so exactly one of concurrent
 * claimants, in any process, wins; the journal is written only under the claim.
 */
export function writebackMethods(db: Database, t: Tables): WritebackMethods {
  const keys = (accountId: string, sessionId: string, token?: string) => {
    checkKey(accountId, 'accountId');
    checkKey(sessionId, 'sessionId');
    if (token !== undefined) checkKey(token, 'claim token');
  };

  const readWriteback = async (accountId: string, sessionId: string): Promise<WritebackRow | undefined> => {
    const { rows } = await db.query<WritebackRow>(
      `SELECT journal, claim_token, claim_expires_at FROM ${t.writebacks} WHERE account_id = $1 AND session_id = $2`,
      [accountId, sessionId],
    );
    return rows[0];
  };

  return {
    async getWriteback(accountId, sessionId): Promise<StoredWriteback | null> {
      keys(accountId, sessionId);
      const row = await readWriteback(accountId, sessionId);
      if (row === undefined) return null;
      return {
        journal: row.journal,
        claim:
          row.claim_token === null
            ? null
            : { token: row.claim_token, expiresAt: Number(row.claim_expires_at) },
      };
    },

    async claimWriteback(accountId, sessionId, { token, now, leaseMs }) {
      keys(accountId, sessionId, token);
      // One statement decides: the row is created with the claim, or the claim is taken over when
      // it is free, expired or already ours. Concurrent claimants queue on the row and re-check.
      // The same transaction bumps the session row's revision: that is the freeze's ordering with
      // updateSession (sessions.ts), whose compare-and-set then fails against this claim, and
      // whose locked retry waits for it.
      for (;;) {
        const won = await db.transaction(async (tx) => {
          const { rows } = await tx.query<{ journal: WritebackJournal | null }>(
            `INSERT INTO ${t.writebacks} AS w (account_id, session_id, claim_token, claim_expires_at)
             VALUES ($1, $2, $3, $4::float8 + $5::float8)
             ON CONFLICT (account_id, session_id) DO UPDATE
               SET claim_token = excluded.claim_token, claim_expires_at = excluded.claim_expires_at, updated_at = now()
               WHERE w.claim_token IS NULL OR w.claim_token = excluded.claim_token OR w.claim_expires_at <= $4::float8
             RETURNING journal`,
            [accountId, sessionId, token, now, leaseMs],
          );
          const claimed = rows[0];
          if (claimed !== undefined) {
            await tx.query(
              `UPDATE ${t.sessions} SET revision = revision + 1 WHERE account_id = $1 AND id = $2`,
              [accountId, sessionId],
            );
          }
          return claimed;
        });
        if (won !== undefined) return { acquired: true, journal: won.journal };
        const held = await readWriteback(accountId, sessionId);
        // Still held by someone else: report their lease. Otherwise it was released or expired
        // between the two statements; try again.
        if (held?.claim_token != null && Number(held.claim_expires_at) > now) {
          return { acquired: false, expiresAt: Number(held.claim_expires_at) };
        }
      }
    },

    async saveWriteback(accountId, sessionId, token, journal, history) {
      keys(accountId, sessionId, token);
      const params: unknown[] = [accountId, sessionId, token, JSON.stringify(journal)];
      const save = `UPDATE ${t.writebacks} SET journal = $4, updated_at = now()
         WHERE account_id = $1 AND session_id = $2 AND claim_token = $3 RETURNING 1`;
      const insert = historyInsert(t, 'w', history, params);
      // With history, one statement: the step's entries are written only if the save happened.
      const { rows } = await db.query(
        insert === undefined ? save : `WITH w AS (${save}), h AS (${insert}) SELECT 1 FROM w`,
        params,
      );
      if (rows.length === 0) {
        throw new CloseoutError(
          'WRITEBACK_IN_PROGRESS',
          `Another writeback of session ${sessionId} took over`,
          {
            details: { sessionId },
          },
        );
      }
    },

    async listUnfinishedWritebacks({ now, limit }): Promise<UnfinishedWriteback[]> {
      // Across accounts on purpose: recovery finishes what dead processes of any tenant left. It
      // takes no lock: listing is a hint, and the claim each finish takes decides who does it.
      const { rows } = await db.query<{ account_id: string; session_id: string; journal: WritebackJournal }>(
        `SELECT w.account_id, w.session_id, w.journal FROM ${t.writebacks} w
           JOIN ${t.sessions} s ON s.account_id = w.account_id AND s.id = w.session_id
         WHERE w.journal->>'noteAttemptedAt' IS NOT NULL AND w.journal->>'finalizedAt' IS NULL
           AND s.status = 'open'
           AND (w.claim_token IS NULL OR w.claim_expires_at <= $1::float8)
         ORDER BY w.journal->>'startedAt', w.account_id COLLATE "C", w.session_id COLLATE "C"
         LIMIT $2`,
        [now, limit],
      );
      return rows.map((r) => ({ accountId: r.account_id, sessionId: r.session_id, journal: r.journal }));
    },

    async releaseWriteback(accountId, sessionId, token) {
      keys(accountId, sessionId, token);
      await db.query(
        `UPDATE ${t.writebacks} SET claim_token = NULL, claim_expires_at = NULL, updated_at = now()
         WHERE account_id = $1 AND session_id = $2 AND claim_token = $3`,
        [accountId, sessionId, token],
      );
    },
  };
}

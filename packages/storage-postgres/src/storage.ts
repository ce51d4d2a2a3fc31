import type {
  AccountSettings,
  CachedPreview,
  Session,
  StorageAdapter,
  StoredWriteback,
  WritebackJournal,
} from '@closeout/core';
import { CloseoutError } from '@closeout/core';
import type { Database, DatabaseTarget } from './database.js';
import { openDatabase } from './open.js';
import { checkKey, checkSchemaName, tablesIn } from './schema.js';

/** Options for {@link postgresStorage}: the database, and the schema {@link migrate} created. */
export type PostgresStorageOptions = DatabaseTarget & {
  /** Schema holding closeout's tables (default `public`). */
  schema?: string;
};

interface SessionRow {
  doc: Session;
  revision: string | number;
}

interface WritebackRow {
  journal: WritebackJournal | null;
  claim_token: string | null;
  claim_expires_at: string | number | null;
}

/**
 * A {@link StorageAdapter} over PostgreSQL, through a node-postgres pool or an embedded PGlite
 * instance. Run {@link migrate} once before use.
 *
 * Several app instances may share one database:
 * - a session mutation and its version bump are one compare-and-set `UPDATE`; when another writer
 *   got in first, the mutation is applied again under a row lock (`SELECT … FOR UPDATE`), so no
 *   update is lost and a busy session costs at most one wasted attempt per mutation;
 * - {@link StorageAdapter.withLock} is a PostgreSQL advisory lock, so a preview is generated once
 *   across instances;
 * - writeback claims are single conditional upserts: one claimant wins, the others see its lease.
 *
 * Every statement names the schema and filters on the account id.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * import { createCloseout } from '@closeout/core';
 * import { migrate, postgresStorage } from '@closeout/storage-postgres';
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL, connectionTimeoutMillis: 5_000 });
 * pool.on('error', (err) => console.error('idle PostgreSQL connection failed', err));
 * await migrate({ pool, schema: 'closeout' });
 * const closeout = createCloseout({ storage: postgresStorage({ pool, schema: 'closeout' }) });
 * ```
 */
export function postgresStorage(options: PostgresStorageOptions): StorageAdapter {
  const schema = checkSchemaName(options.schema);
  const t = tablesIn(schema);
  const db: Database = openDatabase(options, schema);

  const keys = (accountId: string, id: string, idField: string) => {
    checkKey(accountId, 'accountId');
    checkKey(id, idField);
  };

  const readWriteback = async (accountId: string, sessionId: string): Promise<WritebackRow | undefined> => {
    const { rows } = await db.query<WritebackRow>(
      `SELECT journal, claim_token, claim_expires_at FROM ${t.writebacks} WHERE account_id = $1 AND session_id = $2`,
      [accountId, sessionId],
    );
    return rows[0];
  };

  return {
    async insertSession(session) {
      keys(session.accountId, session.id, 'sessionId');
      const { rowCount } = await db.query(
        `INSERT INTO ${t.sessions} (account_id, id, state_version, doc) VALUES ($1, $2, $3, $4)
         ON CONFLICT (account_id, id) DO NOTHING`,
        [session.accountId, session.id, session.stateVersion, JSON.stringify(session)],
      );
      if (rowCount === 0) throw new Error(`session ${session.id} already exists`);
    },

    async getSession(accountId, sessionId) {
      keys(accountId, sessionId, 'sessionId');
      const { rows } = await db.query<{ doc: Session }>(
        `SELECT doc FROM ${t.sessions} WHERE account_id = $1 AND id = $2`,
        [accountId, sessionId],
      );
      return rows[0]?.doc ?? null;
    },

    async updateSession(accountId, sessionId, mutate) {
      keys(accountId, sessionId, 'sessionId');
      const write = (
        q: Pick<Database, 'query'>,
        next: Session,
        doc: string,
        extra: string,
        params: unknown[],
      ) =>
        q.query(
          `UPDATE ${t.sessions} SET doc = $3, state_version = $4, revision = revision + 1, updated_at = now()
           WHERE account_id = $1 AND id = $2${extra}`,
          [accountId, sessionId, doc, next.stateVersion, ...params],
        );

      // Optimistic first: read, apply, write only if nobody wrote in between. Two statements, no
      // transaction, and the usual case: one session is rarely changed by two callers at once.
      const { rows } = await db.query<SessionRow>(
        `SELECT doc, revision FROM ${t.sessions} WHERE account_id = $1 AND id = $2`,
        [accountId, sessionId],
      );
      const row = rows[0];
      if (row === undefined) return null;
      const next = mutate(row.doc);
      const doc = JSON.stringify(next);
      const swapped = await write(db, next, doc, ' AND revision = $5', [row.revision]);
      if (swapped.rowCount === 1) return JSON.parse(doc) as Session;

      // Another writer won. Retrying optimistically could lose again and again when many callers
      // hit one session; under a row lock the second attempt is certain to land, and writers queue
      // in the database instead of spinning.
      return db.transaction(async (tx) => {
        const locked = await tx.query<SessionRow>(
          `SELECT doc, revision FROM ${t.sessions} WHERE account_id = $1 AND id = $2 FOR UPDATE`,
          [accountId, sessionId],
        );
        const current = locked.rows[0];
        if (current === undefined) return null;
        const retried = mutate(current.doc);
        const retriedDoc = JSON.stringify(retried);
        await write(tx, retried, retriedDoc, '', []);
        return JSON.parse(retriedDoc) as Session;
      });
    },

    async getSettings(accountId) {
      checkKey(accountId, 'accountId');
      const { rows } = await db.query<{ settings: AccountSettings }>(
        `SELECT settings FROM ${t.settings} WHERE account_id = $1`,
        [accountId],
      );
      return rows[0]?.settings ?? {};
    },

    async updateSettings(accountId, mutate) {
      checkKey(accountId, 'accountId');
      // Settings change rarely: a plain row-locked read-modify-write. The row is created first so
      // that two first-time updates lock the same row instead of both inserting.
      return db.transaction(async (tx) => {
        await tx.query(
          `INSERT INTO ${t.settings} (account_id, settings) VALUES ($1, '{}') ON CONFLICT (account_id) DO NOTHING`,
          [accountId],
        );
        const { rows } = await tx.query<{ settings: AccountSettings }>(
          `SELECT settings FROM ${t.settings} WHERE account_id = $1 FOR UPDATE`,
          [accountId],
        );
        const json = JSON.stringify(mutate(rows[0]?.settings ?? {}));
        await tx.query(`UPDATE ${t.settings} SET settings = $2, updated_at = now() WHERE account_id = $1`, [
          accountId,
          json,
        ]);
        return JSON.parse(json) as AccountSettings;
      });
    },

    async getPreview(accountId, key) {
      keys(accountId, key, 'cache key');
      const { rows } = await db.query<{ preview: CachedPreview }>(
        `SELECT preview FROM ${t.previews} WHERE account_id = $1 AND cache_key = $2`,
        [accountId, key],
      );
      return rows[0]?.preview ?? null;
    },

    async putPreview(accountId, key, preview) {
      keys(accountId, key, 'cache key');
      await db.query(
        `INSERT INTO ${t.previews} (account_id, cache_key, preview) VALUES ($1, $2, $3)
         ON CONFLICT (account_id, cache_key) DO UPDATE SET preview = excluded.preview, created_at = now()`,
        [accountId, key, JSON.stringify(preview)],
      );
    },

    async withLock(accountId, name, fn) {
      keys(accountId, name, 'lock name');
      return db.exclusive(JSON.stringify(['closeout', schema, accountId, name]), fn);
    },

    async getWriteback(accountId, sessionId): Promise<StoredWriteback | null> {
      keys(accountId, sessionId, 'sessionId');
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
      keys(accountId, sessionId, 'sessionId');
      checkKey(token, 'claim token');
      // One statement decides: the row is created with the claim, or the claim is taken over when
      // it is free, expired or already ours. Concurrent claimants queue on the row and re-check.
      for (;;) {
        const { rows } = await db.query<{ journal: WritebackJournal | null }>(
          `INSERT INTO ${t.writebacks} AS w (account_id, session_id, claim_token, claim_expires_at)
           VALUES ($1, $2, $3, $4::bigint + $5::bigint)
           ON CONFLICT (account_id, session_id) DO UPDATE
             SET claim_token = excluded.claim_token, claim_expires_at = excluded.claim_expires_at, updated_at = now()
             WHERE w.claim_token IS NULL OR w.claim_token = excluded.claim_token OR w.claim_expires_at <= $4::bigint
           RETURNING journal`,
          [accountId, sessionId, token, now, leaseMs],
        );
        const won = rows[0];
        if (won !== undefined) return { acquired: true, journal: won.journal };
        const held = await readWriteback(accountId, sessionId);
        // Still held by someone else: report their lease. Otherwise it was released or expired
        // between the two statements; try again.
        if (held?.claim_token != null && Number(held.claim_expires_at) > now) {
          return { acquired: false, expiresAt: Number(held.claim_expires_at) };
        }
      }
    },

    async saveWriteback(accountId, sessionId, token, journal) {
      keys(accountId, sessionId, 'sessionId');
      const { rowCount } = await db.query(
        `UPDATE ${t.writebacks} SET journal = $4, updated_at = now()
         WHERE account_id = $1 AND session_id = $2 AND claim_token = $3`,
        [accountId, sessionId, token, JSON.stringify(journal)],
      );
      if (rowCount === 0) {
        throw new CloseoutError(
          'WRITEBACK_IN_PROGRESS',
          `Another writeback of session ${sessionId} took over`,
          {
            details: { sessionId },
          },
        );
      }
    },

    async releaseWriteback(accountId, sessionId, token) {
      keys(accountId, sessionId, 'sessionId');
      await db.query(
        `UPDATE ${t.writebacks} SET claim_token = NULL, claim_expires_at = NULL, updated_at = now()
         WHERE account_id = $1 AND session_id = $2 AND claim_token = $3`,
        [accountId, sessionId, token],
      );
    },
  };
}

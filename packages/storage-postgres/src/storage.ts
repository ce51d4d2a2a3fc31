import type { AccountSettings, CachedPreview, StorageAdapter } from '@closeout/core';
import type { Database, DatabaseTarget } from './database.js';
import { historyInsert } from './history.js';
import { lifecycleMethods } from './lifecycle.js';
import { openDatabase } from './open.js';
import { checkKey, checkSchemaName, tablesIn } from './schema.js';
import { sessionMethods } from './sessions.js';
import { writebackMethods } from './writebacks.js';

/** Options for {@link postgresStorage}: the database, and the schema {@link migrate} created. */
export type PostgresStorageOptions = DatabaseTarget & {
  /** Schema holding closeout's tables (default `public`). */
  schema?: string;
  /**
   * Whether statements with parameters run as named (prepared) statements on a node-postgres
   * pool, so the server parses and plans each once per connection instead of on every call
   * (default `true`: a session mutation then costs about a third less server time). Set `false`
   * behind a connection pooler that cannot keep prepared statements, such as PgBouncer before
   * 1.21 in transaction mode. PGlite ignores it.
   */
  prepareStatements?: boolean;
};

/**
 * A {@link StorageAdapter} over PostgreSQL, through a node-postgres pool or an embedded PGlite
 * instance. Run {@link migrate} once before use.
 *
 * Several app instances may share one database:
 * - a session mutation and its version bump are one compare-and-set `UPDATE` on the row's
 *   revision, applied to the session as this store last wrote it (one statement) or as just read
 *   (two); when another writer got in first, the mutation is applied once more under a row lock
 *   (`SELECT … FOR UPDATE`), so no update is lost and a busy session never makes writers spin;
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
  const db: Database = openDatabase(options, schema, { prepare: options.prepareStatements ?? true });

  const keys = (accountId: string, id: string, idField: string) => {
    checkKey(accountId, 'accountId');
    checkKey(id, idField);
  };

  return {
    ...sessionMethods(db, t),
    ...lifecycleMethods(db, t),

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

    async putPreview(accountId, key, preview, history) {
      keys(accountId, key, 'cache key');
      checkKey(preview.sessionId, 'sessionId');
      const params: unknown[] = [
        accountId,
        preview.sessionId,
        key,
        JSON.stringify(preview),
        preview.stateVersion,
      ];
      const put = `INSERT INTO ${t.previews} (account_id, session_id, cache_key, preview, state_version)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (account_id, cache_key) DO UPDATE
           SET preview = excluded.preview, session_id = excluded.session_id,
               state_version = excluded.state_version, created_at = now()
         RETURNING 1`;
      const insert = historyInsert(t, 'owner', history, params);
      // The entry goes in with the preview, and only for a session this account holds.
      await db.query(
        insert === undefined
          ? put
          : `WITH p AS (${put}),
               owner AS (SELECT 1 FROM p, ${t.sessions} AS s WHERE s.account_id = $1 AND s.id = $2),
               h AS (${insert})
             SELECT 1`,
        params,
      );
    },

    async withLock(accountId, name, fn) {
      keys(accountId, name, 'lock name');
      return db.exclusive(JSON.stringify(['closeout', schema, accountId, name]), fn);
    },

    ...writebackMethods(db, t),
  };
}

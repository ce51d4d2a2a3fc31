import type { DatabaseTarget } from './database.js';
import { openDatabase } from './open.js';
import { checkSchemaName, type Tables, tablesIn } from './schema.js';

/** One step of the schema's history. Applied steps are never edited; changes come as new steps. */
export interface Migration {
  version: number;
  name: string;
  sql(t: Tables): string;
}

/**
 * The SQL for the minute (whole minutes since the epoch) of the timestamptz `expression`: what
 * `updated_minute` holds for `updated_at`. Every statement that writes, bounds or orders by the
 * column uses this one expression, so a bound on `updated_at` always bounds it the same way.
 */
export function minuteOf(expression: string): string {
  return `floor(extract(epoch FROM ${expression}) / 60)::bigint`;
}

// Sessions are one JSON document per row: the store reads and writes a session whole (mutations
// are pure functions of the whole session), its size is bounded by LIMITS, and nothing queries
// inside it. `json` rather than `jsonb`: the text is kept as written, so every string JavaScript
// can hold round-trips (jsonb rejects \u0000), and no binary conversion is paid on each write.
// `revision` is the store's compare-and-set token, bumped on every write whatever `mutate` does to
// `stateVersion`. Claim expiries are the caller's epoch milliseconds (`double precision` holds them
// exactly, fractions included), compared only with the caller's `now`, never the server's clock.
// Every primary key and index starts with the account id: every access path stays within one
// account. Version 1 needed only primary keys; version 2 adds the list and delete paths; version 3
// keeps sessions without a ticket out of the ticket index; version 4 lets writes update in place.
export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'sessions, settings, preview cache, writeback journal',
    sql: (t) => `
      CREATE TABLE ${t.sessions} (
        account_id text NOT NULL,
        id text NOT NULL,
        state_version integer NOT NULL,
        revision bigint NOT NULL DEFAULT 1,
        doc json NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (account_id, id)
      );
      CREATE TABLE ${t.settings} (
        account_id text PRIMARY KEY,
        settings json NOT NULL,
        updated_at timestamptz NOT NULL DEFAULT now()
      );
      CREATE TABLE ${t.previews} (
        account_id text NOT NULL,
        cache_key text NOT NULL,
        preview json NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (account_id, cache_key)
      );
      CREATE TABLE ${t.writebacks} (
        account_id text NOT NULL,
        session_id text NOT NULL,
        journal json,
        claim_token text,
        claim_expires_at double precision,
        updated_at timestamptz NOT NULL DEFAULT now(),
        PRIMARY KEY (account_id, session_id)
      );`,
  },
  {
    // Listing: the columns a list filters and orders on, the summary it returns, and an index per
    // access path, so a page is one index range scan however many sessions an account holds.
    // `updated_at` becomes the session's own `updatedAt` (the cursor's key). Ids order with the
    // "C" collation: byte order, the same in every database and in the memory store.
    // History: a row per entry, in insertion order per session (`seq`).
    // Previews name their session and version, so a delete or a purge finds them by index.
    version: 2,
    name: 'session listing, history, previews by session',
    sql: (t) => `
      ALTER TABLE ${t.sessions}
        ADD COLUMN status text,
        ADD COLUMN ticket_provider text,
        ADD COLUMN ticket_id text,
        ADD COLUMN summary json;
      UPDATE ${t.sessions} SET
        status = doc->>'status',
        ticket_provider = doc->'ticket'->>'provider',
        ticket_id = doc->'ticket'->>'id',
        created_at = (doc->>'createdAt')::timestamptz,
        updated_at = (doc->>'updatedAt')::timestamptz,
        summary = json_build_object(
          'id', id,
          'problem', doc->>'problem',
          'status', doc->>'status',
          'stateVersion', (doc->>'stateVersion')::integer,
          'ticket', doc->'ticket',
          'activeFix', (
            SELECT json_build_object('id', f->>'id', 'title', f->>'title', 'status', f->>'status')
            FROM json_array_elements(doc->'fixes') AS f
            WHERE f->>'id' = doc->>'activeFixId'
            LIMIT 1
          ),
          'createdAt', doc->>'createdAt',
          'updatedAt', doc->>'updatedAt'
        );
      ALTER TABLE ${t.sessions} ALTER COLUMN status SET NOT NULL, ALTER COLUMN summary SET NOT NULL;
      CREATE INDEX closeout_sessions_recent ON ${t.sessions} (account_id, updated_at, id COLLATE "C");
      CREATE INDEX closeout_sessions_ticket
        ON ${t.sessions} (account_id, ticket_provider, ticket_id, updated_at, id COLLATE "C");
      ALTER TABLE ${t.previews} ADD COLUMN session_id text, ADD COLUMN state_version integer;
      UPDATE ${t.previews}
        SET session_id = preview->>'sessionId', state_version = (preview->>'stateVersion')::integer;
      ALTER TABLE ${t.previews} ALTER COLUMN session_id SET NOT NULL, ALTER COLUMN state_version SET NOT NULL;
      CREATE INDEX closeout_previews_session ON ${t.previews} (account_id, session_id, state_version);
      CREATE TABLE ${t.history} (
        account_id text NOT NULL,
        session_id text NOT NULL,
        seq bigint GENERATED ALWAYS AS IDENTITY,
        event json NOT NULL,
        PRIMARY KEY (account_id, session_id, seq)
      );`,
  },
  {
    // Writes: a session without a ticket is never in a list by ticket (its filter `ticket_id = $n`
    // holds for no NULL), so the ticket index leaves such sessions out. Every change of a session
    // moves its `updated_at`, which both list indexes hold, so each write adds an entry to each
    // index its row is in: a session without a ticket now costs one index entry less per write.
    // The planner still takes the index for a list by ticket, since `ticket_id = $n` implies
    // `ticket_id IS NOT NULL`.
    version: 3,
    name: 'ticket index only for sessions with a ticket',
    sql: (t) => `
      CREATE INDEX closeout_sessions_ticket_linked
        ON ${t.sessions} (account_id, ticket_provider, ticket_id, updated_at, id COLLATE "C")
        WHERE ticket_id IS NOT NULL;
      DROP INDEX ${t.quotedSchema}."closeout_sessions_ticket";`,
  },
  {
    // Writes in place. A session's every change moves `updated_at`; while a list index held it,
    // every write was a non-HOT update: a new entry in each index of the row, and work for vacuum.
    // The indexes now hold the minute of the last change (`updated_minute`, whole minutes since the
    // epoch, written by the same statement as `updated_at` from the same value), so all writes to a
    // session within one minute but the first update the row in place (HOT), given room on its page
    // (fillfactor 80 leaves it). A page still comes in `(updated_at, id)` order: the index yields
    // the rows minute by minute and the server sorts each minute (an incremental sort), and a
    // cursor or a time bound also bounds the minute, so the scan starts where the page does.
    version: 4,
    name: 'list indexes by the minute of the last change',
    sql: (t) => `
      ALTER TABLE ${t.sessions} ADD COLUMN updated_minute bigint;
      UPDATE ${t.sessions} SET updated_minute = ${minuteOf('updated_at')};
      ALTER TABLE ${t.sessions} ALTER COLUMN updated_minute SET NOT NULL, SET (fillfactor = 80);
      CREATE INDEX closeout_sessions_recent_minute ON ${t.sessions} (account_id, updated_minute);
      CREATE INDEX closeout_sessions_ticket_minute
        ON ${t.sessions} (account_id, ticket_provider, ticket_id, updated_minute)
        WHERE ticket_id IS NOT NULL;
      DROP INDEX ${t.quotedSchema}."closeout_sessions_recent";
      DROP INDEX ${t.quotedSchema}."closeout_sessions_ticket_linked";`,
  },
];

/** The schema version this release of the store needs. */
export const SCHEMA_VERSION = MIGRATIONS.reduce((v, m) => Math.max(v, m.version), 0);

/** Options for {@link migrate}: the database, and the schema to keep closeout's tables in. */
export type MigrateOptions = DatabaseTarget & {
  /** Schema for closeout's tables (default `public`); created when missing. */
  schema?: string;
};

/** What {@link migrate} did. */
export interface MigrateResult {
  /** Versions applied by this call, in order; empty when the schema was already current. */
  applied: number[];
  /** The schema's version after the call. */
  version: number;
}

/**
 * Creates or upgrades closeout's tables. Idempotent: applied versions are recorded in
 * `closeout_migrations` and skipped. Safe to run from several processes at once (for example every
 * instance at start-up): a transaction-scoped advisory lock lets one run while the others wait,
 * then find nothing left to do. All pending steps apply in one transaction, or none do.
 *
 * @example
 * ```ts
 * import pg from 'pg';
 * import { migrate, postgresStorage } from '@closeout/storage-postgres';
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate({ pool });
 * const storage = postgresStorage({ pool });
 * ```
 */
export async function migrate(options: MigrateOptions): Promise<MigrateResult> {
  const schema = checkSchemaName(options.schema);
  const t = tablesIn(schema);
  const db = openDatabase(options, schema);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(hashtextextended($1, 0))', [
      JSON.stringify(['closeout', 'migrate', schema]),
    ]);
    // CREATE SCHEMA IF NOT EXISTS still needs the CREATE privilege, which a host may not grant
    // for a schema it made itself; look first.
    const found = await tx.query('SELECT 1 FROM pg_namespace WHERE nspname = $1', [schema]);
    if (found.rows.length === 0) await tx.query(`CREATE SCHEMA ${t.quotedSchema}`);
    await tx.query(
      `CREATE TABLE IF NOT EXISTS ${t.migrations} (
        version integer PRIMARY KEY,
        name text NOT NULL,
        applied_at timestamptz NOT NULL DEFAULT now()
      )`,
    );
    const done = await tx.query<{ version: number }>(`SELECT version FROM ${t.migrations}`);
    const applied = new Set(done.rows.map((r) => Number(r.version)));
    const pending = MIGRATIONS.filter((m) => !applied.has(m.version));
    for (const m of pending) {
      for (const statement of splitStatements(m.sql(t))) await tx.query(statement);
      await tx.query(`INSERT INTO ${t.migrations} (version, name) VALUES ($1, $2)`, [m.version, m.name]);
    }
    return {
      applied: pending.map((m) => m.version),
      version: Math.max(0, ...applied, ...pending.map((m) => m.version)),
    };
  });
}

// Statements go one at a time through the extended protocol (PGlite's `query` takes one); the
// migrations hold no semicolons inside literals or bodies, so a split on `;` is exact.
export function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

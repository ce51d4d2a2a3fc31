import type { DatabaseTarget } from './database.js';
import { openDatabase } from './open.js';
import { checkSchemaName, type Tables, tablesIn } from './schema.js';

/** One step of the schema's history. Applied steps are never edited; changes come as new steps. */
interface Migration {
  version: number;
  name: string;
  sql(t: Tables): string;
}

// Sessions are one JSON document per row: the store reads and writes a session whole (mutations
// are pure functions of the whole session), its size is bounded by LIMITS, and nothing queries
// inside it. `json` rather than `jsonb`: the text is kept as written, so every string JavaScript
// can hold round-trips (jsonb rejects \u0000), and no binary conversion is paid on each write.
// `revision` is the store's compare-and-set token, bumped on every write whatever `mutate` does to
// `stateVersion`. Claim expiries are the caller's epoch milliseconds (`double precision` holds them
// exactly, fractions included), compared only with the caller's `now`, never the server's clock. Every primary key starts with the account id: every access path is a primary-key
// lookup within one account, so the primary keys are the only indexes needed.
const MIGRATIONS: readonly Migration[] = [
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
function splitStatements(sql: string): string[] {
  return sql
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
}

// Shared set-up for the Postgres store's tests: the databases to run against, a fresh schema per
// test file (so files run in parallel), and a way to step in before chosen statements.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import type { Session } from '@closeout/core';
import type {
  DatabaseTarget,
  PGliteLike,
  PGliteTransactionLike,
  PgPoolClientLike,
  PgPoolLike,
  PgStatement,
} from '@closeout/storage-postgres';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';

/**
 * The PostgreSQL server to test against. `.ci/run` sets it when a server answers on
 * 127.0.0.1:5432; without it, the server variants of the tests are not registered at all and only
 * the PGlite variants run.
 */
export const DATABASE_URL = process.env.DATABASE_URL;

/** A schema name no other test file uses. */
export const uniqueSchema = (label: string) => `t_${label}_${randomBytes(4).toString('hex')}`;

/** A database under test, with raw access for assertions that must not go through the store. */
export interface TestDatabase {
  kind: 'pglite' | 'server';
  target: DatabaseTarget;
  sql<R = Record<string, unknown>>(text: string, params?: unknown[]): Promise<R[]>;
  dropSchema(schema: string): Promise<void>;
  close(): Promise<void>;
}

/** A pool on the test server. Dead idle connections are expected in fault tests, so errors are kept. */
export function serverPool(config: pg.PoolConfig = {}): pg.Pool {
  const pool = new pg.Pool({ connectionString: DATABASE_URL, ...config });
  pool.on('error', () => {
    // An idle connection a test terminated on purpose; the pool replaces it.
  });
  return pool;
}

export function openServer(config: pg.PoolConfig = {}): TestDatabase & { pool: pg.Pool } {
  const pool = serverPool(config);
  return {
    kind: 'server',
    pool,
    target: { pool },
    sql: async (text, params) => (await pool.query(text, params)).rows,
    dropSchema: async (schema) => {
      await pool.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
    close: () => pool.end(),
  };
}

// A fresh PGlite runs initdb, which takes seconds of CPU; loading a dump of a fresh database takes
// a fraction of that. The first run writes the dump beside the OS's temp files (atomically), later
// runs load it; a missing, stale or unreadable dump just means a fresh initdb.
const require = createRequire(import.meta.url);
const pglitePackage = join(dirname(require.resolve('@electric-sql/pglite')), '..', 'package.json');
const pgliteVersion = (JSON.parse(readFileSync(pglitePackage, 'utf8')) as { version: string }).version;
const templateFile = join(tmpdir(), `closeout-test-pglite-${pgliteVersion}.tar.gz`);

async function createPglite(): Promise<PGlite> {
  const template = await readFile(templateFile).catch(() => undefined);
  if (template !== undefined) {
    const loaded = await PGlite.create({ loadDataDir: new Blob([template]) }).catch(() => undefined);
    if (loaded !== undefined) return loaded;
  }
  const pglite = await PGlite.create();
  const dump = await pglite.dumpDataDir('gzip');
  const partial = `${templateFile}.${process.pid}`;
  await writeFile(partial, Buffer.from(await dump.arrayBuffer()));
  await rename(partial, templateFile);
  return pglite;
}

export async function openPglite(): Promise<TestDatabase & { pglite: PGlite }> {
  const pglite = await createPglite();
  return {
    kind: 'pglite',
    pglite,
    target: { pglite },
    sql: async (text, params) => (await pglite.query(text, params)).rows as never[],
    dropSchema: async (schema) => {
      await pglite.query(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
    },
    close: () => pglite.close(),
  };
}

/** PGlite always; the server too when {@link DATABASE_URL} is set. */
export function databaseKinds(): Array<{ kind: 'pglite' | 'server'; open: () => Promise<TestDatabase> }> {
  return [
    { kind: 'pglite', open: openPglite },
    ...(DATABASE_URL === undefined ? [] : [{ kind: 'server' as const, open: async () => openServer() }]),
  ];
}

/** Called before each statement with its text; may run other statements first. */
export type StatementHook = (text: string, run: RawQuery) => Promise<void>;
/** Runs a statement on the connection the intercepted statement is about to use. */
export type RawQuery = (text: string, params?: unknown[]) => Promise<{ rows: unknown[] }>;

/**
 * The same database with `hook` called before every statement the store sends. Faults and races
 * are injected here, at exact points of an operation, instead of hoping for a timing.
 */
export function intercept(target: DatabaseTarget, hook: StatementHook): DatabaseTarget {
  if (target.pool !== undefined) return { pool: interceptPool(target.pool, hook) };
  return { pglite: interceptPglite(target.pglite, hook) };
}

/** The SQL text of a statement, named (prepared) or not. */
const sqlOf = (statement: string | PgStatement) =>
  typeof statement === 'string' ? statement : statement.text;

function interceptPool(pool: PgPoolLike, hook: StatementHook): PgPoolLike {
  const wrapClient = (client: PgPoolClientLike): PgPoolClientLike => ({
    async query(text, values) {
      await hook(sqlOf(text), (t, p) => client.query(t, p));
      return client.query(text, values);
    },
    release: (err) => client.release(err),
    on: (event, listener) => client.on(event, listener),
    removeListener: (event, listener) => client.removeListener(event, listener),
  });
  return {
    connect: async () => wrapClient(await pool.connect()),
    async query(text, values) {
      await hook(sqlOf(text), (t, p) => pool.query(t, p));
      return pool.query(text, values);
    },
  };
}

function interceptPglite(pglite: PGliteLike, hook: StatementHook): PGliteLike {
  return {
    async query(text, params) {
      await hook(text, (t, p) => pglite.query(t, p));
      return pglite.query(text, params);
    },
    transaction: (fn) =>
      pglite.transaction((tx) => {
        const wrapped: PGliteTransactionLike = {
          async query(text, params) {
            await hook(text, (t, p) => tx.query(t, p));
            return tx.query(text, params);
          },
        };
        return fn(wrapped);
      }),
  };
}

/** A mutation that adds the finding `text` and bumps the state version, as core's would. */
export const addFinding =
  (text: string) =>
  (s: Session): Session => ({
    ...s,
    stateVersion: s.stateVersion + 1,
    findings: [...s.findings, { id: `fnd_${s.findings.length}`, text, createdAt: s.createdAt }],
  });

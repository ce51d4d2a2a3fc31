// Migrations on embedded PGlite always and on the PostgreSQL server when DATABASE_URL is set
// (.ci/run sets it when the server answers); without DATABASE_URL the server variant is not
// registered. Each test works in a schema of its own and drops it.
import { CloseoutError, createCloseout, type Session, summarizeSession } from '@closeout/core';
import { memoryStorage } from '@closeout/storage-memory';
import { migrate, PostgresStorageError, postgresStorage, SCHEMA_VERSION } from '@closeout/storage-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MIGRATIONS, type Migration, splitStatements } from '../src/migrations.js';
import { tablesIn } from '../src/schema.js';
import { DATABASE_URL, databaseKinds, openServer, type TestDatabase, uniqueSchema } from './support.js';

const tablesOf = async (db: TestDatabase, schema: string) =>
  (
    await db.sql<{ table_name: string }>(
      'SELECT table_name FROM information_schema.tables WHERE table_schema = $1 ORDER BY table_name',
      [schema],
    )
  ).map((r) => r.table_name);

/** A schema holding closeout's tables as of `version`, as an earlier release left them. */
async function schemaAt(db: TestDatabase, schema: string, version: number) {
  const t = tablesIn(schema);
  await db.sql(`CREATE SCHEMA "${schema}"`);
  await db.sql(
    `CREATE TABLE ${t.migrations} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
  );
  for (const m of MIGRATIONS.filter((m) => m.version <= version)) {
    for (const statement of splitStatements(m.sql(t))) await db.sql(statement);
    await db.sql(`INSERT INTO ${t.migrations} (version, name) VALUES ($1, $2)`, [m.version, m.name]);
  }
  return t;
}

/** Stores `session` as a version-2 or -3 store stored it (without `updated_minute`). */
async function insertAsBefore(db: TestDatabase, t: ReturnType<typeof tablesIn>, session: Session) {
  await db.sql(
    `INSERT INTO ${t.sessions}
       (account_id, id, state_version, doc, status, ticket_provider, ticket_id, summary, updated_at, created_at)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      session.accountId,
      session.id,
      session.stateVersion,
      JSON.stringify(session),
      session.status,
      session.ticket?.provider ?? null,
      session.ticket?.id ?? null,
      JSON.stringify(summarizeSession(session)),
      session.updatedAt,
      session.createdAt,
    ],
  );
}

for (const { kind, open } of databaseKinds()) {
  describe(`migrate (${kind})`, () => {
    let db: TestDatabase;
    const schemas: string[] = [];
    const fresh = (label: string) => {
      const schema = uniqueSchema(label);
      schemas.push(schema);
      return schema;
    };

    beforeAll(async () => {
      db = await open();
    });
    afterAll(async () => {
      for (const schema of schemas) await db.dropSchema(schema);
      await db.close();
    });

    it('creates the schema and its tables, records the version, and does nothing the second time', async () => {
      const schema = fresh('mig');
      expect(await migrate({ ...db.target, schema })).toEqual({
        applied: [1, 2, 3, 4],
        version: SCHEMA_VERSION,
      });
      expect(await tablesOf(db, schema)).toEqual([
        'closeout_history',
        'closeout_migrations',
        'closeout_previews',
        'closeout_sessions',
        'closeout_settings',
        'closeout_writebacks',
      ]);
      const acme = createCloseout({ storage: postgresStorage({ ...db.target, schema }) }).account('acme');
      const session = await acme.sessions.create({ problem: 'Kept across a second migrate' });

      expect(await migrate({ ...db.target, schema })).toEqual({ applied: [], version: SCHEMA_VERSION });
      expect(await acme.sessions.get(session.id)).toEqual(session);
      expect(await db.sql(`SELECT version FROM "${schema}".closeout_migrations`)).toEqual([
        { version: 1 },
        { version: 2 },
        { version: 3 },
        { version: 4 },
      ]);
    });

    it('upgrades a version-1 schema: sessions list by ticket, and previews are found by session', async () => {
      const schema = fresh('upgrade');
      // Version 1 exactly as a release before listing created it, holding one session and one preview.
      const v1 = tablesIn(schema);
      await db.sql(`CREATE SCHEMA "${schema}"`);
      await db.sql(
        `CREATE TABLE ${v1.migrations} (version integer PRIMARY KEY, name text NOT NULL, applied_at timestamptz NOT NULL DEFAULT now())`,
      );
      for (const statement of splitStatements((MIGRATIONS[0] as Migration).sql(v1))) await db.sql(statement);
      await db.sql(`INSERT INTO ${v1.migrations} (version, name) VALUES (1, 'v1')`);
      const old = createCloseout({ storage: memoryStorage() }).account('acme');
      const created = await old.sessions.create({
        problem: 'From before listing',
        ticket: { provider: 'connectwise', id: '48213' },
      });
      const fixed = await old.sessions.proposeFix(created.id, { title: 'Restart the spooler' });
      await db.sql(
        `INSERT INTO ${v1.sessions} (account_id, id, state_version, doc) VALUES ($1, $2, $3, $4)`,
        ['acme', fixed.id, fixed.stateVersion, JSON.stringify(fixed)],
      );
      const preview = {
        kind: 'resolution_note',
        sessionId: fixed.id,
        stateVersion: 1,
        markdown: 'x',
        sections: {},
      };
      await db.sql(`INSERT INTO ${v1.previews} (account_id, cache_key, preview) VALUES ($1, $2, $3)`, [
        'acme',
        'k-old',
        JSON.stringify({ ...preview, generatorId: 'template@1', generatedAt: fixed.createdAt }),
      ]);

      expect(await migrate({ ...db.target, schema })).toEqual({
        applied: [2, 3, 4],
        version: SCHEMA_VERSION,
      });
      const acme = createCloseout({ storage: postgresStorage({ ...db.target, schema }) }).account('acme');
      const page = await acme.sessions.list({ ticket: { provider: 'connectwise', id: '48213' } });
      expect(page).toEqual({ items: [summarizeSession(fixed)], nextCursor: null });
      expect(await acme.sessions.purgeStalePreviews()).toEqual({ deleted: 1 });
    });

    it('upgrades a version-2 schema: the ticket index leaves out sessions without a ticket, and lists by ticket still use it', async () => {
      const schema = fresh('v3');
      const t = await schemaAt(db, schema, 2);
      const v2 = createCloseout({ storage: memoryStorage() }).account('acme');
      const linked = await v2.sessions.create({
        problem: 'Linked before the upgrade',
        ticket: { provider: 'connectwise', id: '48213' },
      });
      const loose = await v2.sessions.create({ problem: 'No ticket' });
      for (const s of [linked, loose]) await insertAsBefore(db, t, s);

      expect(await migrate({ ...db.target, schema })).toEqual({ applied: [3, 4], version: SCHEMA_VERSION });
      const indexes = await db.sql<{ indexname: string; indexdef: string }>(
        `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = $1 AND tablename = 'closeout_sessions' ORDER BY indexname`,
        [schema],
      );
      expect(indexes.map((i) => i.indexname)).toEqual([
        'closeout_sessions_pkey',
        'closeout_sessions_recent_minute',
        'closeout_sessions_ticket_minute',
      ]);
      expect(indexes[2]?.indexdef).toMatch(/WHERE \(ticket_id IS NOT NULL\)$/);

      const acme = createCloseout({ storage: postgresStorage({ ...db.target, schema }) }).account('acme');
      await acme.sessions.addFinding(loose.id, { text: 'written after the upgrade' });
      const later = await acme.sessions.create({
        problem: 'Linked after the upgrade',
        ticket: { provider: 'connectwise', id: '48213' },
      });
      const page = await acme.sessions.list({ ticket: { provider: 'connectwise', id: '48213' } });
      expect(page.items.map((s) => s.id)).toEqual([later.id, linked.id]);
      expect((await acme.sessions.list()).items.map((s) => s.id)).toContain(loose.id);

      // The plan a list by ticket gets for any parameters (a generic plan) scans the partial index:
      // the store's list statement, on one connection, with sequential scans priced out.
      const one = kind === 'server' ? openServer({ max: 1 }) : db;
      try {
        await one.sql('SET enable_seqscan = off');
        await one.sql('SET plan_cache_mode = force_generic_plan');
        await one.sql(
          `PREPARE closeout_ticket_page(text, text, text, int) AS
             SELECT summary FROM ${t.sessions}
             WHERE account_id = $1 AND ticket_provider = $2 AND ticket_id = $3
             ORDER BY updated_minute DESC, updated_at DESC, id COLLATE "C" DESC LIMIT $4`,
        );
        const plan = await one.sql(
          `EXPLAIN (FORMAT JSON) EXECUTE closeout_ticket_page('acme', 'connectwise', '48213', 50)`,
        );
        expect(JSON.stringify(plan)).toContain('"Index Name":"closeout_sessions_ticket_minute"');
      } finally {
        await one.sql('DEALLOCATE closeout_ticket_page').catch(() => undefined);
        await one.sql('RESET enable_seqscan');
        await one.sql('RESET plan_cache_mode');
        if (one !== db) await one.close();
      }
    });

    it('upgrades a version-3 schema: each row gets the minute of its last change, and pages keep their order across minutes', async () => {
      const schema = fresh('v4');
      const t = await schemaAt(db, schema, 3);
      // Sessions last changed on both sides of minute boundaries, two of them in the same
      // millisecond, stored as a version-3 store stored them.
      const instants = [
        '2026-12-01T08:59:59.999Z',
        '2026-12-01T09:00:00.000Z',
        '2026-12-01T09:00:00.000Z',
        '2026-12-01T09:00:59.999Z',
        '2026-12-01T09:01:00.000Z',
        '2026-12-01T09:03:30.500Z',
        '2026-12-01T09:03:30.499Z',
      ];
      const memory = memoryStorage();
      for (const at of instants) {
        const clock = { now: () => new Date(at) };
        const api = createCloseout({ storage: memory, clock }).account('acme');
        await insertAsBefore(db, t, await api.sessions.create({ problem: `Changed at ${at}` }));
      }

      expect(await migrate({ ...db.target, schema })).toEqual({ applied: [4], version: SCHEMA_VERSION });
      const minutes = await db.sql<{ updated_minute: string | number; at: string | number }>(
        `SELECT updated_minute, extract(epoch FROM updated_at) * 1000 AS at FROM ${t.sessions}`,
      );
      for (const row of minutes) {
        expect(Number(row.updated_minute)).toBe(Math.floor(Number(row.at) / 60_000));
      }

      // Every page size, every cursor, and bounds on either side of a minute boundary answer what
      // the memory store answers for the same sessions.
      const stored = createCloseout({ storage: postgresStorage({ ...db.target, schema }) }).account('acme');
      const expected = createCloseout({ storage: memory }).account('acme');
      const walk = async (
        api: typeof stored,
        query: { limit: number; updatedAfter?: string; updatedBefore?: string },
      ) => {
        const ids: string[] = [];
        let cursor: string | undefined;
        do {
          const page = await api.sessions.list({ ...query, ...(cursor === undefined ? {} : { cursor }) });
          ids.push(...page.items.map((s) => s.id));
          cursor = page.nextCursor ?? undefined;
        } while (cursor !== undefined);
        return ids;
      };
      for (const limit of [1, 2, 3, 7]) {
        const all = await walk(expected, { limit });
        expect(all).toHaveLength(instants.length);
        expect(await walk(stored, { limit })).toEqual(all);
      }
      for (const bound of [
        '2026-12-01T09:00:00.000Z',
        '2026-12-01T09:00:59.999Z',
        '2026-12-01T09:01:00.000Z',
      ]) {
        for (const query of [{ updatedAfter: bound }, { updatedBefore: bound }]) {
          expect(await walk(stored, { limit: 2, ...query }), JSON.stringify(query)).toEqual(
            await walk(expected, { limit: 2, ...query }),
          );
        }
      }
    });

    it('updates a session in place (HOT) on every write within a minute, and indexes it anew in the next', async () => {
      const schema = fresh('hot');
      // One connection, so the statistics the store's writes leave are those this test reads.
      const one = kind === 'server' ? openServer({ max: 1 }) : db;
      try {
        await migrate({ ...one.target, schema });
        let now = Date.parse('2026-12-01T09:00:00.000Z');
        const clock = { now: () => new Date(now++) };
        const acme = createCloseout({ storage: postgresStorage({ ...one.target, schema }), clock }).account(
          'acme',
        );
        const session = await acme.sessions.create({ problem: 'Printer queue stuck' });
        const updates = async () => {
          await one.sql('SELECT pg_stat_force_next_flush()');
          await one.sql('SELECT 1');
          await one.sql('SELECT pg_stat_clear_snapshot()');
          const [row] = await one.sql<{ n_tup_upd: string | number; n_tup_hot_upd: string | number }>(
            `SELECT n_tup_upd, n_tup_hot_upd FROM pg_stat_user_tables WHERE schemaname = $1 AND relname = 'closeout_sessions'`,
            [schema],
          );
          return { all: Number(row?.n_tup_upd), inPlace: Number(row?.n_tup_hot_upd) };
        };

        const before = await updates();
        for (let i = 0; i < 20; i++) await acme.sessions.addFinding(session.id, { text: `Finding ${i}` });
        const sameMinute = await updates();
        expect(sameMinute.all - before.all).toBe(20);
        expect(sameMinute.inPlace - before.inPlace).toBe(20);

        now += 60_000;
        await acme.sessions.addFinding(session.id, { text: 'A minute later' });
        const nextMinute = await updates();
        expect(nextMinute.all - sameMinute.all).toBe(1);
        expect(nextMinute.inPlace - sameMinute.inPlace).toBe(0);
      } finally {
        if (one !== db) {
          await one.dropSchema(schema);
          await one.close();
        }
      }
    });

    it('applies once when several callers migrate the same schema at the same time', async () => {
      const schema = fresh('race');
      // On the server every caller has a pool of its own, so the race is between connections.
      const targets =
        kind === 'server'
          ? Array.from({ length: 4 }, () => openServer({ max: 1 }))
          : Array.from({ length: 4 }, () => db);
      try {
        const results = await Promise.all(targets.map((t) => migrate({ ...t.target, schema })));
        expect(results.filter((r) => r.applied.length > 0)).toEqual([
          { applied: [1, 2, 3, 4], version: SCHEMA_VERSION },
        ]);
        expect(results.every((r) => r.version === SCHEMA_VERSION)).toBe(true);
      } finally {
        if (kind === 'server') await Promise.all(targets.map((t) => t.close()));
      }
      expect(await db.sql(`SELECT version FROM "${schema}".closeout_migrations`)).toEqual([
        { version: 1 },
        { version: 2 },
        { version: 3 },
        { version: 4 },
      ]);
    });

    it('keeps schemas apart: two stores in one database see only their own rows', async () => {
      const a = fresh('iso_a');
      const b = fresh('iso_b');
      await migrate({ ...db.target, schema: a });
      await migrate({ ...db.target, schema: b });
      const inA = createCloseout({ storage: postgresStorage({ ...db.target, schema: a }) }).account('acme');
      const storageB = postgresStorage({ ...db.target, schema: b });
      const session = await inA.sessions.create({ problem: 'Lives in schema a' });
      expect(await storageB.getSession('acme', session.id)).toBeNull();
      expect(await db.sql(`SELECT id FROM "${a}".closeout_sessions`)).toEqual([{ id: session.id }]);
      expect(await db.sql(`SELECT id FROM "${b}".closeout_sessions`)).toEqual([]);
    });

    it('refuses an unsafe schema name with VALIDATION_FAILED before touching the database', async () => {
      const before = await db.sql('SELECT nspname FROM pg_namespace ORDER BY nspname');
      for (const schema of [
        '',
        'Closeout',
        'a"; DROP TABLE x; --',
        'pg_closeout',
        '1abc',
        'a'.repeat(64),
        'a b',
      ]) {
        const error = await migrate({ ...db.target, schema }).catch((e: unknown) => e);
        expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED'), `schema ${JSON.stringify(schema)}`).toBe(
          true,
        );
        expect(() => postgresStorage({ ...db.target, schema })).toThrow(/Invalid schema name/);
      }
      expect(await db.sql('SELECT nspname FROM pg_namespace ORDER BY nspname')).toEqual(before);
    });

    it('says to run migrate() when the tables are missing', async () => {
      const storage = postgresStorage({ ...db.target, schema: fresh('none') });
      const error = await storage.getSession('acme', 'ses_1').catch((e: unknown) => e);
      expect(error).toBeInstanceOf(PostgresStorageError);
      expect((error as Error).message).toMatch(/run migrate\(\)/);
      expect((error as PostgresStorageError).cause).toBeDefined();
    });
  });
}

if (DATABASE_URL !== undefined) {
  describe('migrate (server): statements name the schema', () => {
    it('works for a role whose search_path leads nowhere', async () => {
      const schema = uniqueSchema('path');
      // Every connection of this pool resolves unqualified names in a schema that does not exist.
      const db = openServer({ options: '-c search_path=no_such_schema' });
      try {
        await migrate({ ...db.target, schema });
        const acme = createCloseout({ storage: postgresStorage({ ...db.target, schema }) }).account('acme');
        const s = await acme.sessions.create({ problem: 'Qualified names only' });
        expect((await acme.sessions.addFinding(s.id, { text: 'found' })).stateVersion).toBe(2);
        expect(await db.sql('SHOW search_path')).toEqual([{ search_path: 'no_such_schema' }]);
      } finally {
        await db.dropSchema(schema);
        await db.close();
      }
    });
  });
}

import { randomBytes } from 'node:crypto';
import {
  type CachedPreview,
  createCloseout,
  type Session,
  type SessionEvent,
  summarizeSession,
} from '@closeout/core';
import {
  type DatabaseTarget,
  migrate,
  type PGliteLike,
  type PgPoolLike,
  postgresStorage,
} from '@closeout/storage-postgres';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type BenchRow, type BenchSuite, compare, compareThroughput, throughput } from './harness.js';

// The Postgres store against the bare statements it stands on, on the same pool: the server named
// by DATABASE_URL, else embedded PGlite. A cache-hit preview read should cost one query and little
// more time than a primary-key SELECT. A session mutation is one round trip (the compare-and-set,
// which carries the writeback freeze, and the history entry in one statement), and recordOutcome
// (validation, masking, transition, that statement) at concurrency 16 keeps at least 0.7 of the
// throughput of a bare `UPDATE … SET v = v + 1` sent the same way through the same pool; the rows
// after it say what share of those writes the server made in place, and how many statements the
// store sent per write (writes made at the same time share one: write-batch.ts). On the server, two more rows
// tell where a mutation's time goes: the write statement alone, and the store's updateSession
// without core's validation and masking.

const CONCURRENCY = 16;
const SESSIONS = 100;

/** A database target whose statements are counted. */
function counted(target: DatabaseTarget): { target: DatabaseTarget; count: () => number } {
  let n = 0;
  if (target.pool !== undefined) {
    const pool = target.pool;
    const wrapped: PgPoolLike = {
      query: (text, values) => {
        n++;
        return pool.query(text, values);
      },
      connect: async () => {
        const client = await pool.connect();
        return {
          query: (text, values) => {
            n++;
            return client.query(text, values);
          },
          release: (err) => client.release(err),
          on: (event, listener) => client.on(event, listener),
          removeListener: (event, listener) => client.removeListener(event, listener),
        };
      },
    };
    return { target: { pool: wrapped }, count: () => n };
  }
  const pglite = target.pglite;
  const wrapped: PGliteLike = {
    query: (text, params) => {
      n++;
      return pglite.query(text, params);
    },
    transaction: (fn) =>
      pglite.transaction((tx) =>
        fn({
          query: (text, params) => {
            n++;
            return tx.query(text, params);
          },
        }),
      ),
  };
  return { target: { pglite: wrapped }, count: () => n };
}

export const suite: BenchSuite = {
  name: 'postgres',
  async run() {
    // The same server the tests use (.ci/run sets it when one answers), else embedded PGlite.
    const { DATABASE_URL: url } = process.env;
    const onServer = url !== undefined;
    const label = onServer ? 'server' : 'PGlite';
    const pool = onServer ? new pg.Pool({ connectionString: url, max: CONCURRENCY }) : null;
    pool?.on('error', () => {});
    const pglite = pool === null ? await PGlite.create() : null;
    const raw: DatabaseTarget = pool !== null ? { pool } : { pglite: pglite as PGlite };
    const bare = async (text: string, params: unknown[]) =>
      pool !== null ? pool.query(text, params) : (pglite as PGlite).query(text, params);
    const schema = `bench_${randomBytes(4).toString('hex')}`;
    const rows: BenchRow[] = [];
    try {
      await migrate({ ...raw, schema });
      const { target, count } = counted(raw);
      const storage = postgresStorage({ ...target, schema });

      // Cache-hit preview: what the previews module reads on a hit.
      const cached: CachedPreview = {
        kind: 'resolution_note',
        sessionId: 'ses_bench',
        stateVersion: 4,
        markdown: `## Resolution\n\n${'Restarted the spooler and cleared the queue. '.repeat(20)}`,
        sections: { summary: 'Restarted the spooler.', steps: ['Restart spooler', 'Clear queue'] },
        generatorId: 'template@1',
        generatedAt: new Date(0).toISOString(),
      };
      await storage.putPreview('bench', 'hit-key', cached);
      const before = count();
      const probes = 100;
      for (let i = 0; i < probes; i++) await storage.getPreview('bench', 'hit-key');
      const perHit = (count() - before) / probes;
      rows.push({
        figure: `queries per cache-hit preview (${label})`,
        baseline: 'one query',
        value: perHit,
        baselineValue: 1,
        unit: 'queries',
        ratio: perHit,
        target: '= 1',
        met: perHit === 1,
      });
      const hitSql = `SELECT preview FROM "${schema}".closeout_previews WHERE account_id = $1 AND cache_key = $2`;
      const hit = await compare(
        () => storage.getPreview('bench', 'hit-key'),
        () => bare(hitSql, ['bench', 'hit-key']),
        { rounds: 5, iterations: 200 },
      );
      rows.push({
        figure: `cache-hit preview (${label})`,
        baseline: 'bare primary-key SELECT',
        value: hit.subject,
        baselineValue: hit.baseline,
        unit: 'µs',
        ratio: hit.ratio,
        target: '≤ 1.5',
        met: hit.ratio <= 1.5,
      });

      // recordOutcome at concurrency 16 across 100 sessions, with the store's statements prepared
      // (the default) and re-planned on every call, against the bare UPDATE.
      const seed = async (account: string) => {
        const api = createCloseout({ storage: postgresStorage({ ...raw, schema }) }).account(account);
        const ids: string[] = [];
        for (let i = 0; i < SESSIONS; i++) {
          const s = await api.sessions.create({ problem: `Printer queue stuck on PRN${i}` });
          await api.sessions.addFinding(s.id, { text: 'Spooler service stops within a minute' });
          await api.sessions.proposeFix(s.id, {
            title: 'Restart the print spooler',
            steps: ['Restart spooler'],
          });
          ids.push(s.id);
        }
        return ids;
      };
      const outcomeOn = (
        api: ReturnType<ReturnType<typeof createCloseout>['account']>,
        ids: readonly string[],
      ) => {
        return (i: number) =>
          api.sessions.recordOutcome(ids[i % SESSIONS] as string, {
            status: 'partial',
            partialNotes: `Queue drains but stalls again after ${i % 50} jobs`,
          });
      };
      const prepared = counted(raw);
      const ids = await seed('bench');
      const outcome = outcomeOn(
        createCloseout({ storage: postgresStorage({ ...prepared.target, schema }) }).account('bench'),
        ids,
      );
      const unpreparedIds = await seed('bench-unprepared');
      const unprepared = outcomeOn(
        createCloseout({ storage: postgresStorage({ ...raw, schema, prepareStatements: false }) }).account(
          'bench-unprepared',
        ),
        unpreparedIds,
      );
      await bare(`CREATE TABLE "${schema}".bench_counter (id integer PRIMARY KEY, v integer NOT NULL)`, []);
      await bare(`INSERT INTO "${schema}".bench_counter SELECT g, 0 FROM generate_series(0, $1::int - 1) g`, [
        SESSIONS,
      ]);
      const updateSql = `UPDATE "${schema}".bench_counter SET v = v + 1 WHERE id = $1`;
      const increment = (i: number) => bare(updateSql, [i % SESSIONS]);

      // Round trips: statements sent per mutation once each session has been written by this store
      // (the first write of a session this store has not written reads it first).
      for (let i = 0; i < SESSIONS; i++) await outcome(i);
      const mutations = 200;
      const sent = prepared.count();
      for (let i = 0; i < mutations; i++) await outcome(i);
      const perMutation = (prepared.count() - sent) / mutations;
      rows.push({
        figure: `round trips per recordOutcome (${label})`,
        baseline: 'one statement',
        value: perMutation,
        baselineValue: 1,
        unit: 'statements',
        ratio: perMutation,
        target: '= 1',
        met: perMutation === 1,
      });

      const opsPerBurst = onServer ? 200 : 100;
      const throughputRow = (figure: string, r: { subject: number; baseline: number; ratio: number }) => ({
        figure,
        baseline: 'bare UPDATE v = v + 1',
        value: r.subject,
        baselineValue: r.baseline,
        unit: 'ops/s',
        ratio: r.ratio,
        target: '≥ 0.7',
        met: r.ratio >= 0.7,
      });
      // The share of the sessions table's updates made in place (HOT) while the figure is taken: a
      // write that changes an indexed column adds an entry to every index of the row instead.
      const updates = async () => {
        if (pool === null) await bare('SELECT pg_stat_force_next_flush()', []);
        // Each server connection flushes its counts within a second of going idle.
        else await new Promise((resolve) => setTimeout(resolve, 1_500));
        await bare('SELECT pg_stat_clear_snapshot()', []);
        const { rows: stats } = await bare(
          `SELECT n_tup_upd AS "all", n_tup_hot_upd AS "inPlace" FROM pg_stat_user_tables
           WHERE schemaname = $1 AND relname = 'closeout_sessions'`,
          [schema],
        );
        const row = stats[0] as { all: string | number; inPlace: string | number } | undefined;
        return { all: Number(row?.all ?? 0), inPlace: Number(row?.inPlace ?? 0) };
      };
      const statsBefore = await updates();
      rows.push(
        throughputRow(
          `recordOutcome, ${CONCURRENCY} concurrent over ${SESSIONS} sessions (${label})`,
          await compareThroughput(outcome, increment, { opsPerBurst, concurrency: CONCURRENCY }),
        ),
      );
      const statsAfter = await updates();
      // Writes made while the store's statements are in flight share the next one (group commit):
      // statements the store sent per recordOutcome in one burst at the same concurrency.
      const sentBefore = prepared.count();
      await throughput(outcome, opsPerBurst * 5, CONCURRENCY);
      const perConcurrent = (prepared.count() - sentBefore) / (opsPerBurst * 5);
      rows.push({
        figure: `statements per recordOutcome, ${CONCURRENCY} concurrent (${label})`,
        baseline: 'one statement',
        value: perConcurrent,
        baselineValue: 1,
        unit: 'statements',
        ratio: perConcurrent,
        target: 'information',
        met: undefined,
      });
      const inPlace =
        (statsAfter.inPlace - statsBefore.inPlace) / Math.max(1, statsAfter.all - statsBefore.all);
      rows.push({
        figure: `recordOutcome writes made in place (HOT) in that run (${label})`,
        baseline: 'every update of the sessions table',
        value: inPlace * 100,
        baselineValue: 100,
        unit: '%',
        ratio: inPlace,
        target: 'information',
        met: undefined,
      });
      if (onServer) {
        const info = (figure: string, r: { subject: number; baseline: number; ratio: number }) => ({
          ...throughputRow(figure, r),
          target: 'information',
          met: undefined,
        });
        const r = await compareThroughput(unprepared, increment, { opsPerBurst, concurrency: CONCURRENCY });
        rows.push(info(`recordOutcome, prepareStatements: false (${label})`, r));

        // Where the rest goes, measured the same way: the store's statement alone (prepared, with
        // the parameters of one recorded outcome, without the compare-and-set's revision filter so
        // it can be sent again), then the store's updateSession with a change that only bumps the
        // version (parse, apply, serialise, statement), without core's validation and masking.
        const doc = (await storage.getSession('bench', ids[0] as string)) as Session;
        const json = JSON.stringify(doc);
        const summary = JSON.stringify(summarizeSession(doc));
        const event = JSON.stringify({
          type: 'outcome_recorded',
          stateVersion: doc.stateVersion,
          at: doc.updatedAt,
          details: { fixId: doc.activeFixId, status: 'partial' },
        });
        const statementSql = `WITH u AS (UPDATE "${schema}".closeout_sessions SET doc = $3, state_version = $4,
             status = $5, ticket_provider = $6, ticket_id = $7, summary = $8, updated_at = $9,
             updated_minute = floor(extract(epoch FROM $9::timestamptz) / 60)::bigint, revision = revision + 1
           WHERE account_id = $1 AND id = $2 RETURNING 1)
         INSERT INTO "${schema}".closeout_history (account_id, session_id, event) SELECT $1, $2, $10::json FROM u`;
        let tick = 0;
        // The statement with the `updated_at` a write gives it (a millisecond later each time).
        const statement = (i: number) =>
          (pool as pg.Pool).query({
            name: `bench_statement_${schema}`,
            text: statementSql,
            values: [
              'bench',
              ids[i % SESSIONS],
              json,
              doc.stateVersion,
              doc.status,
              null,
              null,
              summary,
              new Date(Date.parse(doc.updatedAt) + tick++).toISOString(),
              event,
            ],
          });
        rows.push(
          info(
            `the write statement alone, prepared (${label})`,
            await compareThroughput(statement, increment, { opsPerBurst, concurrency: CONCURRENCY }),
          ),
        );
        const bump = (current: Session): Session => ({
          ...current,
          stateVersion: current.stateVersion + 1,
          updatedAt: new Date().toISOString(),
        });
        const entry = (next: Session): SessionEvent[] => [
          { type: 'outcome_recorded', stateVersion: next.stateVersion, at: next.updatedAt },
        ];
        const store = postgresStorage({ ...raw, schema });
        const update = (i: number) =>
          store.updateSession('bench', ids[i % SESSIONS] as string, bump, { now: Date.now() }, entry);
        rows.push(
          info(
            `store updateSession, no validation or masking (${label})`,
            await compareThroughput(update, increment, { opsPerBurst, concurrency: CONCURRENCY }),
          ),
        );
      }
    } finally {
      await bare(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`, []);
      await pool?.end();
      await pglite?.close();
    }
    return rows;
  },
};

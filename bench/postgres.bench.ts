import { randomBytes } from 'node:crypto';
import { type CachedPreview, createCloseout } from '@closeout/core';
import {
  type DatabaseTarget,
  migrate,
  type PGliteLike,
  type PgPoolLike,
  postgresStorage,
} from '@closeout/storage-postgres';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type BenchRow, type BenchSuite, compare, compareThroughput } from './harness.js';

// The Postgres store against the bare statements it stands on, on the same pool: the server named
// by DATABASE_URL, else embedded PGlite. A cache-hit preview read should cost one query and little
// more time than a primary-key SELECT. A session mutation is one round trip (the compare-and-set,
// the freeze check and the history entry in one statement), and recordOutcome (validation,
// masking, transition, that statement) at concurrency 16 keeps at least 0.7 of the throughput of
// a bare `UPDATE … SET v = v + 1` sent the same way through the same pool.

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
      rows.push(
        throughputRow(
          `recordOutcome, ${CONCURRENCY} concurrent over ${SESSIONS} sessions (${label})`,
          await compareThroughput(outcome, increment, { opsPerBurst, concurrency: CONCURRENCY }),
        ),
      );
      if (onServer) {
        const r = await compareThroughput(unprepared, increment, { opsPerBurst, concurrency: CONCURRENCY });
        rows.push({
          ...throughputRow(`recordOutcome, prepareStatements: false (${label})`, r),
          target: 'information',
          met: undefined,
        });
      }
    } finally {
      await bare(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`, []);
      await pool?.end();
      await pglite?.close();
    }
    return rows;
  },
};

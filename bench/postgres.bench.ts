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
import { type BenchRow, type BenchSuite, compare } from './harness.js';

// The Postgres store against the bare statements it stands on, on the same pool: the server named
// by DATABASE_URL, else embedded PGlite. A cache-hit preview read should cost one query and little
// more time than a primary-key SELECT; recordOutcome (validation, transition, optimistic write) at
// concurrency 16 should keep at least half the throughput of a bare `UPDATE … SET v = v + 1`.

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

/** Operations per second of `op` run by `concurrency` workers until `total` operations are done. */
async function throughput(op: (i: number) => Promise<unknown>, total: number, concurrency: number) {
  let next = 0;
  const start = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < total) await op(next++);
    }),
  );
  return total / (Number(process.hrtime.bigint() - start) / 1e9);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? Number.NaN;

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

      // recordOutcome at concurrency 16 across 100 sessions.
      const acme = createCloseout({ storage: postgresStorage({ ...raw, schema }) }).account('bench');
      const ids: string[] = [];
      for (let i = 0; i < SESSIONS; i++) {
        const s = await acme.sessions.create({ problem: `Printer queue stuck on PRN${i}` });
        await acme.sessions.addFinding(s.id, { text: 'Spooler service stops within a minute' });
        await acme.sessions.proposeFix(s.id, {
          title: 'Restart the print spooler',
          steps: ['Restart spooler'],
        });
        ids.push(s.id);
      }
      await bare(`CREATE TABLE "${schema}".bench_counter (id integer PRIMARY KEY, v integer NOT NULL)`, []);
      await bare(`INSERT INTO "${schema}".bench_counter SELECT g, 0 FROM generate_series(0, $1::int - 1) g`, [
        SESSIONS,
      ]);
      const updateSql = `UPDATE "${schema}".bench_counter SET v = v + 1 WHERE id = $1`;
      const ops = onServer ? 1_600 : 800;
      const subjectRuns: number[] = [];
      const baselineRuns: number[] = [];
      const outcome = (i: number) =>
        acme.sessions.recordOutcome(ids[i % SESSIONS] as string, {
          status: 'partial',
          partialNotes: `Queue drains but stalls again after ${i % 50} jobs`,
        });
      const increment = (i: number) => bare(updateSql, [i % SESSIONS]);
      await throughput(outcome, ops / 4, CONCURRENCY);
      await throughput(increment, ops / 4, CONCURRENCY);
      for (let round = 0; round < 3; round++) {
        baselineRuns.push(await throughput(increment, ops, CONCURRENCY));
        subjectRuns.push(await throughput(outcome, ops, CONCURRENCY));
      }
      const subject = median(subjectRuns);
      const baseline = median(baselineRuns);
      rows.push({
        figure: `recordOutcome, ${CONCURRENCY} concurrent over ${SESSIONS} sessions (${label})`,
        baseline: 'bare UPDATE v = v + 1',
        value: subject,
        baselineValue: baseline,
        unit: 'ops/s',
        ratio: subject / baseline,
        target: '≥ 0.5',
        met: subject / baseline >= 0.5,
      });
    } finally {
      await bare(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`, []);
      await pool?.end();
      await pglite?.close();
    }
    return rows;
  },
};

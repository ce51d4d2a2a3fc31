import { randomBytes } from 'node:crypto';
import { createCloseout, type Session, type SessionEvent } from '@closeout/core';
import { type DatabaseTarget, migrate, postgresStorage } from '@closeout/storage-postgres';
import { PGlite } from '@electric-sql/pglite';
import pg from 'pg';
import { type BenchRow, type BenchSuite, compare } from './harness.js';

// What a host app leans on, on the Postgres server (DATABASE_URL; else embedded PGlite, labelled):
// - listing one ticket's sessions among 100,000 stored ones, against the bare indexed SELECT of
//   the same rows (target ≤ 2: the list is that one query plus validation and a cursor);
// - a mutation with its history entry against the same mutation without one (target ≤ 1.1: the
//   entry rides in the mutation's own statement).

const TOTAL = 100_000;
const TICKETS = 10_000;
const ACCOUNT = 'bench';
/** One of the seeded tickets: ten of the 100,000 sessions are on it. */
const TICKET = { provider: 'connectwise', id: 't-8213' };

/** 100,000 sessions in one INSERT … SELECT: ten per ticket, the clock a second apart. */
function seedSql(table: string): string {
  return `
    INSERT INTO ${table}
      (account_id, id, state_version, doc, status, ticket_provider, ticket_id, summary, created_at, updated_at,
       updated_minute)
    SELECT $1::text, s.id, 1, json_build_object(
        'id', s.id, 'accountId', $1::text, 'stateVersion', 1, 'status', s.status, 'problem', s.problem,
        'ticket', json_build_object('provider', 'connectwise', 'id', s.ticket), 'findings', '[]'::json,
        'decisions', '[]'::json, 'fixes', '[]'::json, 'activeFixId', NULL, 'finalization', NULL,
        'createdAt', s.at, 'updatedAt', s.at),
      s.status, 'connectwise', s.ticket, json_build_object(
        'id', s.id, 'problem', s.problem, 'status', s.status, 'stateVersion', 1,
        'ticket', json_build_object('provider', 'connectwise', 'id', s.ticket), 'activeFix', NULL,
        'createdAt', s.at, 'updatedAt', s.at),
      s.at::timestamptz, s.at::timestamptz, floor(extract(epoch FROM s.at::timestamptz) / 60)::bigint
    FROM (
      SELECT 'ses_' || lpad(g::text, 8, '0') AS id,
             't-' || (g % $2::int)::text AS ticket,
             CASE WHEN g % 3 = 0 THEN 'resolved' ELSE 'open' END AS status,
             'Printer queue stuck on PRN' || g::text AS problem,
             to_char((timestamptz '2026-01-01 00:00:00+00' + g * interval '1 second') AT TIME ZONE 'UTC',
                     'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at
      FROM generate_series(1, $3::int) AS g
    ) AS s`;
}

export const suite: BenchSuite = {
  name: 'host',
  async run() {
    const { DATABASE_URL: url } = process.env;
    const pool = url === undefined ? null : new pg.Pool({ connectionString: url, max: 4 });
    pool?.on('error', () => {});
    const pglite = pool === null ? await PGlite.create() : null;
    const label = pool === null ? 'PGlite' : 'server';
    const raw: DatabaseTarget = pool !== null ? { pool } : { pglite: pglite as PGlite };
    const bare = async <R>(text: string, params: unknown[] = []): Promise<R[]> =>
      pool !== null
        ? ((await pool.query(text, params)).rows as R[])
        : ((await (pglite as PGlite).query(text, params)).rows as R[]);
    const schema = `bench_${randomBytes(4).toString('hex')}`;
    const sessions = `"${schema}".closeout_sessions`;
    const rows: BenchRow[] = [];
    try {
      await migrate({ ...raw, schema });
      await bare(seedSql(sessions), [ACCOUNT, TICKETS, TOTAL]);
      await bare(`ANALYZE ${sessions}`);
      const storage = postgresStorage({ ...raw, schema });
      const acme = createCloseout({ storage }).account(ACCOUNT);

      const listSql = `SELECT summary FROM ${sessions}
        WHERE account_id = $1 AND ticket_provider = $2 AND ticket_id = $3
        ORDER BY updated_minute DESC, updated_at DESC, id COLLATE "C" DESC LIMIT 51`;
      const listParams = [ACCOUNT, TICKET.provider, TICKET.id];
      const page = await acme.sessions.list({ ticket: TICKET });
      const same = await bare<{ summary: unknown }>(listSql, listParams);
      if (page.items.length !== same.length || page.items.length === 0) {
        throw new Error(`the list answered ${page.items.length} sessions, the bare SELECT ${same.length}`);
      }
      const plan = await bare<{ 'QUERY PLAN': string }>(`EXPLAIN ${listSql}`, listParams);
      const indexed = plan.some((r) => /Index Scan.*closeout_sessions_ticket_minute/.test(r['QUERY PLAN']));
      rows.push({
        figure: `list page plan: index scan on closeout_sessions_ticket_minute (${label})`,
        baseline: 'yes',
        value: indexed ? 1 : 0,
        baselineValue: 1,
        unit: '',
        ratio: indexed ? 1 : 0,
        target: '= 1',
        met: indexed,
      });
      const listed = await compare(
        () => acme.sessions.list({ ticket: TICKET }),
        () => bare(listSql, listParams),
        { rounds: 5, iterations: 200 },
      );
      rows.push({
        figure: `list ${page.items.length} sessions of a ticket among ${TOTAL.toLocaleString('en')} (${label})`,
        baseline: 'bare indexed SELECT of the same rows',
        value: listed.subject,
        baselineValue: listed.baseline,
        unit: 'µs',
        ratio: listed.ratio,
        target: '≤ 2',
        met: listed.ratio <= 2,
      });

      // The same mutation through the store with and without its history entry, on two sessions
      // of the same size (the change replaces a field, so the document does not grow).
      const [withId, withoutId] = [
        (await acme.sessions.create({ problem: 'a' })).id,
        (await acme.sessions.create({ problem: 'b' })).id,
      ];
      let n = 0;
      const change = (s: Session): Session => ({
        ...s,
        problem: `Printer queue stuck, attempt ${n++ % 1000}`,
        stateVersion: s.stateVersion + 1,
        updatedAt: new Date().toISOString(),
      });
      const entry = (next: Session): SessionEvent[] => [
        { type: 'finding_added', stateVersion: next.stateVersion, at: next.updatedAt, actor: 'tech:bench' },
      ];
      const mutated = await compare(
        () => storage.updateSession(ACCOUNT, withId, change, { now: Date.now() }, entry),
        () => storage.updateSession(ACCOUNT, withoutId, change, { now: Date.now() }),
        // The two differ by a few per cent of a round trip, which five rounds cannot tell from noise.
        { rounds: 21, iterations: 200 },
      );
      rows.push({
        figure: `mutation with its history entry (${label})`,
        baseline: 'the same mutation without history',
        value: mutated.subject,
        baselineValue: mutated.baseline,
        unit: 'µs',
        ratio: mutated.ratio,
        target: '≤ 1.1',
        met: mutated.ratio <= 1.1,
      });
    } finally {
      await bare(`DROP SCHEMA IF EXISTS "${schema}" CASCADE`);
      await pool?.end();
      await pglite?.close();
    }
    return rows;
  },
};

// Two app instances in two OS processes, each running closeout on the same PostgreSQL schema:
// a preview missing from the cache is generated once, and two Confirm & post clicks on the same
// session post one note. Registered by multi-instance.test.ts with its other server variants (a
// second process cannot open a PGlite database that is already open).
import { fileURLToPath } from 'node:url';
import { createCloseout, type PsaAdapter } from '@closeout/core';
import { migrate, postgresStorage } from '@closeout/storage-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openServer, uniqueSchema } from './support.js';
import { startWorker, type Worker } from './support-worker.js';

const script = fileURLToPath(new URL('./fixtures/closeout-worker.ts', import.meta.url));

/** Registers the tests; call it only when the PostgreSQL server is there (DATABASE_URL). */
export function describeCloseoutInTwoProcesses(): void {
  describe('closeout in two OS processes on one PostgreSQL schema', () => {
    const db = openServer();
    const schema = uniqueSchema('e2e');
    const workers: Worker[] = [];
    // The parent only prepares sessions; it never posts, so its PSA is unreachable on purpose.
    const unused: PsaAdapter = {
      provider: 'connectwise',
      getTicket: () => Promise.reject(new Error('unused')),
      addNote: () => Promise.reject(new Error('unused')),
      setTicketStatus: () => Promise.reject(new Error('unused')),
    };
    const acme = createCloseout({ storage: postgresStorage({ pool: db.pool, schema }), psa: unused }).account(
      'acme-msp',
    );

    async function session(ticketId: string) {
      await db.sql(`INSERT INTO "${schema}".e2e_tickets (id, status_id) VALUES ($1, '11')`, [ticketId]);
      const s = await acme.sessions.create({
        problem: 'Users on floor 3 cannot print',
        ticket: { provider: 'connectwise', id: ticketId },
      });
      await acme.sessions.proposeFix(s.id, { title: 'Restart the Print Spooler' });
      await acme.sessions.recordOutcome(s.id, {
        status: 'failed',
        failureReason: 'Stopped again after 40 seconds',
      });
      await acme.sessions.proposeFix(s.id, { title: 'Reinstall HP Universal Print Driver 7.1' });
      return acme.sessions.recordOutcome(s.id, { status: 'success' });
    }

    beforeAll(async () => {
      await migrate({ pool: db.pool, schema });
      await db.sql(`CREATE TABLE "${schema}".e2e_generator_calls (worker text NOT NULL)`);
      await db.sql(`CREATE TABLE "${schema}".e2e_tickets (id text PRIMARY KEY, status_id text NOT NULL)`);
      await db.sql(`CREATE TABLE "${schema}".e2e_notes (
        id serial PRIMARY KEY, ticket_id text NOT NULL, text text NOT NULL, type text NOT NULL,
        worker text NOT NULL, created_at timestamptz NOT NULL DEFAULT now())`);
      await acme.settings.update({ resolvedStatusId: '13' });
      workers.push(
        ...(await Promise.all([startWorker(script, 'a', schema), startWorker(script, 'b', schema)])),
      );
    });
    afterAll(async () => {
      await Promise.all(workers.map((w) => w.stop()));
      await db.dropSchema(schema);
      await db.close();
    });

    it('generates a missing preview once: one generator call across both processes', async () => {
      const s = await session('7001');
      const results = await Promise.all(
        workers
          .flatMap((w) => [w, w])
          .map((w) => w.send<{ markdown: string; cached: boolean }>({ op: 'preview', sessionId: s.id })),
      );
      const calls = await db.sql(`SELECT worker FROM "${schema}".e2e_generator_calls`);
      expect(calls).toHaveLength(1);
      expect(new Set(results.map((r) => r.markdown)).size).toBe(1);
      expect(results[0]?.markdown).toContain('Reinstall HP Universal Print Driver 7.1');
      // A later call in either process is a plain cache hit.
      const again = await workers[1]?.send<{ cached: boolean }>({ op: 'preview', sessionId: s.id });
      expect(again?.cached).toBe(true);
      expect(await db.sql(`SELECT worker FROM "${schema}".e2e_generator_calls`)).toHaveLength(1);
    });

    it('posts one note when both processes resolve the same session at once', async () => {
      const s = await session('7002');
      const results = await Promise.all(
        workers.map((w) =>
          w.send<{ outcome?: string; error?: string }>({
            op: 'resolve',
            sessionId: s.id,
            basedOnVersion: s.stateVersion,
          }),
        ),
      );
      const notes = await db.sql<{ worker: string; type: string }>(
        `SELECT worker, type FROM "${schema}".e2e_notes WHERE ticket_id = '7002'`,
      );
      expect(notes).toHaveLength(1);
      expect(notes[0]?.type).toBe('resolution');
      expect(results.filter((r) => r.outcome === 'resolved')).toHaveLength(1);
      const loser = results.find((r) => r.outcome === undefined);
      expect(['WRITEBACK_IN_PROGRESS', 'ALREADY_FINALIZED']).toContain(loser?.error);
      const final = await acme.sessions.get(s.id);
      expect(final).toMatchObject({ status: 'resolved', stateVersion: s.stateVersion + 1 });
      expect(await db.sql(`SELECT status_id FROM "${schema}".e2e_tickets WHERE id = '7002'`)).toEqual([
        { status_id: '13' },
      ]);
    });
  });
}

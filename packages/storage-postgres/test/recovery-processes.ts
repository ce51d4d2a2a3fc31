// A process killed with SIGKILL between the note and the status change leaves its writeback
// pinned and claimed; once the lease is over, recoverWritebacks on two instances at once finishes
// it with the one note. Registered by multi-instance.test.ts with the other server variants (the
// killed process and the test share the database, which PGlite cannot do across processes).
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { createCloseout } from '@closeout/core';
import { migrate, postgresStorage } from '@closeout/storage-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DB_PSA_TABLES, dbPsa } from './fixtures/db-psa.js';
import { openServer, uniqueSchema } from './support.js';

const script = fileURLToPath(new URL('./fixtures/dying-worker.ts', import.meta.url));
const tsxLoader = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
const LEASE_OVER_MS = 61_000;

/** Runs the dying worker until it reports the note posted, then kills it with SIGKILL. */
async function resolveAndKill(env: Record<string, string>): Promise<NodeJS.Signals | null> {
  const child = spawn(process.execPath, ['--conditions=@closeout/source', '--import', tsxLoader, script], {
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => {
    stderr += chunk.toString();
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.once('exit', (_code, signal) => resolve(signal)),
  );
  await new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('between-note-and-status')) resolve();
    });
    child.once('exit', (code) =>
      reject(new Error(`the worker exited with ${code} before the note: ${stderr}`)),
    );
  });
  child.kill('SIGKILL');
  return exited;
}

/** Registers the test; call it only when the PostgreSQL server is there (DATABASE_URL). */
export function describeRecoveryAfterSigkill(): void {
  describe('recoverWritebacks after a process was killed between the note and the status', () => {
    const db = openServer();
    const schema = uniqueSchema('recover');
    const pools = [openServer({ max: 2 }), openServer({ max: 2 })];

    beforeAll(async () => {
      await migrate({ pool: db.pool, schema });
      await db.pool.query(DB_PSA_TABLES(schema));
    });
    afterAll(async () => {
      await Promise.all(pools.map((p) => p.close()));
      await db.dropSchema(schema);
      await db.close();
    });

    it('finishes it on two instances at once with exactly one note and the status verified', async () => {
      const prepare = createCloseout({
        storage: postgresStorage({ pool: db.pool, schema }),
        psa: dbPsa(db.pool, schema, 'parent'),
      }).account('acme-msp');
      await prepare.settings.update({ resolvedStatusId: '13' });
      await db.sql(`INSERT INTO "${schema}".e2e_tickets (id, status_id) VALUES ('7301', '11')`);
      const s = await prepare.sessions.create({
        problem: 'Users on floor 3 cannot print',
        ticket: { provider: 'connectwise', id: '7301' },
      });
      await prepare.sessions.proposeFix(s.id, { title: 'Reinstall HP Universal Print Driver 7.1' });
      const ready = await prepare.sessions.recordOutcome(s.id, { status: 'success' });

      const signal = await resolveAndKill({
        CLOSEOUT_SCHEMA: schema,
        SESSION_ID: s.id,
        BASED_ON_VERSION: String(ready.stateVersion),
      });
      expect(signal).toBe('SIGKILL');
      // The dead process left the note on the ticket, the status unchanged, the writeback claimed.
      const notes = () =>
        db.sql<{ worker: string }>(`SELECT worker FROM "${schema}".e2e_notes WHERE ticket_id = '7301'`);
      expect(await notes()).toEqual([{ worker: 'dying' }]);
      const stored = await postgresStorage({ pool: db.pool, schema }).getWriteback('acme-msp', s.id);
      expect(stored?.journal?.noteId).toBeDefined();
      expect(stored?.claim).not.toBeNull();

      // Two app instances, each on its own pool, whose clocks are past the dead claim's lease.
      const later = { now: () => new Date(Date.now() + LEASE_OVER_MS) };
      const instances = pools.map((p, i) =>
        createCloseout({
          storage: postgresStorage({ pool: p.pool, schema }),
          psa: dbPsa(p.pool, schema, `instance-${i}`),
          clock: later,
        }),
      );
      const results = await Promise.all(instances.map((c) => c.recoverWritebacks()));
      const finished = results.flatMap((r) => r.finished);
      expect(results.flatMap((r) => r.failed)).toEqual([]);
      expect(finished).toHaveLength(1);
      expect(finished[0]).toMatchObject({
        outcome: 'resolved',
        sessionId: s.id,
        note: { verified: true },
        status: { id: '13', name: 'Resolved', verified: true },
      });
      expect(await notes()).toEqual([{ worker: 'dying' }]);
      expect(await db.sql(`SELECT status_id FROM "${schema}".e2e_tickets WHERE id = '7301'`)).toEqual([
        { status_id: '13' },
      ]);
      expect(await prepare.sessions.get(s.id)).toMatchObject({
        status: 'resolved',
        stateVersion: ready.stateVersion + 1,
      });
    });
  });
}

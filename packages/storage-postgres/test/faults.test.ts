// Failures underneath the store: a connection killed inside a transaction, an exhausted pool, a
// lock holder's connection dying, a closed PGlite. The connection faults need the PostgreSQL
// server: they run when DATABASE_URL is set (.ci/run sets it when the server answers) and are not
// registered otherwise; PGlite is one in-process connection with no backend to terminate.
import { createCloseout, type StorageAdapter } from '@closeout/core';
import { migrate, PostgresStorageError, postgresStorage } from '@closeout/storage-postgres';
import type pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATABASE_URL, intercept, openPglite, openServer, type RawQuery, uniqueSchema } from './support.js';

/** Settles `promise` into its error (or fails the test when it resolves). */
const failureOf = async (promise: Promise<unknown>): Promise<Error> => {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a failure, got ${JSON.stringify(outcome.value)}`);
  if (process.env.SHOW_FAULTS) console.log('FAULT:', (outcome.error as Error).message);
  return outcome.error as Error;
};

describe('faults (pglite)', () => {
  it('answers a closed PGlite with a clear error instead of hanging', async () => {
    const db = await openPglite();
    const schema = uniqueSchema('closed');
    await migrate({ ...db.target, schema });
    const storage = postgresStorage({ ...db.target, schema });
    await db.close();
    const error = await failureOf(storage.getSession('acme', 'ses_1'));
    expect(error).toBeInstanceOf(PostgresStorageError);
    expect(error.message).toMatch(/PGlite is closed/);
  });
});

if (DATABASE_URL !== undefined) {
  describe('faults (server)', () => {
    const schema = uniqueSchema('faults');
    const admin = openServer();
    let storage: StorageAdapter;

    /** Terminates the backend behind `run`'s connection and waits until it is gone. */
    const killConnectionOf = async (run: RawQuery) => {
      const { rows } = await run('SELECT pg_backend_pid() AS pid');
      const { pid } = rows[0] as { pid: number };
      await admin.sql('SELECT pg_terminate_backend($1, 5000)', [pid]);
    };

    /** A store on a pool of its own whose connection is killed just before the next COMMIT. */
    const storeKilledBeforeCommit = (pool: pg.Pool, beforeKill?: (text: string) => Promise<void>) => {
      let armed = true;
      return postgresStorage({
        ...intercept({ pool }, async (text, run) => {
          await beforeKill?.(text);
          if (armed && text === 'COMMIT') {
            armed = false;
            await killConnectionOf(run);
          }
        }),
        schema,
      });
    };

    beforeAll(async () => {
      await migrate({ ...admin.target, schema });
      storage = postgresStorage({ ...admin.target, schema });
    });
    afterAll(async () => {
      await admin.dropSchema(schema);
      await admin.close();
    });

    it('leaves a session untouched when its connection dies before COMMIT, and a retry succeeds', async () => {
      const acme = createCloseout({ storage }).account('acme');
      const s = await acme.sessions.create({ problem: 'Killed mid-transaction' });
      const victim = openServer({ max: 2 });
      try {
        // Lose the compare-and-set once (a competitor writes first) so the row-locked transaction
        // runs, then terminate its connection after its UPDATE, just before COMMIT.
        let competed = false;
        const killed = storeKilledBeforeCommit(victim.pool, async (text) => {
          if (!competed && /AND revision = \$10/.test(text)) {
            competed = true;
            await acme.sessions.addFinding(s.id, { text: 'competitor' });
          }
        });
        const mutation = (current: typeof s) => ({
          ...current,
          stateVersion: current.stateVersion + 1,
          problem: 'changed in the killed transaction',
        });
        const error = await failureOf(killed.updateSession('acme', s.id, mutation));
        expect(error).toBeInstanceOf(PostgresStorageError);
        expect(error.cause).toBeDefined();

        const after = await acme.sessions.get(s.id);
        expect(after.stateVersion).toBe(2);
        expect(after.problem).toBe('Killed mid-transaction');

        // The same store, on the same pool, retries: the dead connection was not handed out again.
        const retried = await killed.updateSession('acme', s.id, mutation);
        expect(retried?.stateVersion).toBe(3);
        expect(retried?.problem).toBe('changed in the killed transaction');
        expect(await acme.sessions.get(s.id)).toEqual(retried);
      } finally {
        await victim.close();
      }
    });

    it('leaves settings untouched when the connection dies before COMMIT, and a retry succeeds', async () => {
      await storage.updateSettings('acme-settings', () => ({ resolvedStatusId: '1' }));
      const victim = openServer({ max: 1 });
      try {
        const killed = storeKilledBeforeCommit(victim.pool);
        const error = await failureOf(
          killed.updateSettings('acme-settings', () => ({ resolvedStatusId: '2' })),
        );
        expect(error).toBeInstanceOf(PostgresStorageError);
        expect(await storage.getSettings('acme-settings')).toEqual({ resolvedStatusId: '1' });
        expect(await killed.updateSettings('acme-settings', () => ({ resolvedStatusId: '2' }))).toEqual({
          resolvedStatusId: '2',
        });
      } finally {
        await victim.close();
      }
    });

    it('applies no migration step when the connection dies before COMMIT, and a rerun applies it', async () => {
      const fresh = uniqueSchema('killed_migration');
      const victim = openServer({ max: 1 });
      try {
        let armed = true;
        const target = intercept({ pool: victim.pool }, async (text, run) => {
          if (armed && text === 'COMMIT') {
            armed = false;
            await killConnectionOf(run);
          }
        });
        expect(await failureOf(migrate({ ...target, schema: fresh }))).toBeInstanceOf(PostgresStorageError);
        expect(await admin.sql('SELECT 1 FROM pg_namespace WHERE nspname = $1', [fresh])).toEqual([]);
        expect(await migrate({ ...target, schema: fresh })).toEqual({ applied: [1, 2, 3, 4], version: 4 });
      } finally {
        await admin.dropSchema(fresh);
        await victim.close();
      }
    });

    it('fails with a clear error within the pool’s timeout when every connection is taken', async () => {
      const small = openServer({ max: 1, connectionTimeoutMillis: 150 });
      const exhausted = postgresStorage({ ...small.target, schema });
      const held = await small.pool.connect();
      try {
        const attempts = [
          exhausted.getSession('acme', 'ses_1'),
          exhausted.updateSession('acme', 'ses_1', (s) => s),
          exhausted.updateSettings('acme', (s) => s),
          exhausted.withLock('acme', 'preview:k', async () => 'entered'),
          exhausted.claimWriteback('acme', 'ses_1', { token: 't', now: 0, leaseMs: 1_000 }),
        ];
        // A hang guard, not a speed claim: the test fails here instead of at vitest's timeout.
        const guard = new Promise<never>((_, reject) =>
          setTimeout(() => reject(new Error('the store hung on an exhausted pool')), 10_000).unref(),
        );
        const errors = await Promise.race([Promise.all(attempts.map(failureOf)), guard]);
        for (const error of errors) {
          expect(error).toBeInstanceOf(PostgresStorageError);
          expect(error.message).toMatch(/every connection of the pool is in use/);
          expect((error.cause as Error).message).toBe('timeout exceeded when trying to connect');
        }
      } finally {
        held.release();
      }
      // Once the connection is back the same store works.
      expect(await exhausted.getSession('acme', 'ses_1')).toBeNull();
      await small.close();
    });

    it('runs a locked section’s own statements on its lock connection: a pool as large as the sections is enough', async () => {
      // Two sections at once on a pool of two: if their reads and writes needed connections of
      // their own, both would wait for one until the pool's timeout.
      const pair = openServer({ max: 2, connectionTimeoutMillis: 500 });
      const store = postgresStorage({ ...pair.target, schema });
      try {
        const section = (key: string) =>
          store.withLock('acme', `preview:${key}`, async () => {
            const hit = await store.getPreview('acme', key);
            if (hit) return hit;
            await new Promise((r) => setTimeout(r, 50));
            const made = {
              kind: 'resolution_note' as const,
              sessionId: 'ses_1',
              stateVersion: 1,
              markdown: key,
              sections: {},
              generatorId: 'template@1',
              generatedAt: new Date(0).toISOString(),
            };
            await store.putPreview('acme', key, made);
            await store.updateSettings('acme-sections', (s) => ({ ...s, resolvedStatusId: key }));
            return made;
          });
        const results = await Promise.all([section('one'), section('two')]);
        expect(results.map((r) => r.markdown)).toEqual(['one', 'two']);
        expect(await store.getPreview('acme', 'two')).toEqual(results[1]);
      } finally {
        await pair.close();
      }
    });

    it('frees a lock as soon as its holder’s connection dies, and the holder’s statements fail', async () => {
      const holderDb = openServer({ max: 2 });
      const waiterDb = openServer({ max: 2 });
      let killed = false;
      const holder = postgresStorage({
        ...intercept(holderDb.target, async (text, run) => {
          // The section's own statements run on the connection that holds the advisory lock.
          if (!killed && text.includes('closeout_previews')) {
            killed = true;
            await killConnectionOf(run);
          }
        }),
        schema,
      });
      const waiter = postgresStorage({ ...waiterDb.target, schema });
      try {
        const events: string[] = [];
        const result = await holder.withLock('acme', 'preview:dying', async () => {
          events.push('holder entered');
          const waited = waiter.withLock('acme', 'preview:dying', async () => {
            events.push('waiter entered');
          });
          // The waiter must not get in while the holder's connection lives.
          await new Promise((r) => setTimeout(r, 100));
          events.push('holder reads');
          const readError = await failureOf(holder.getPreview('acme', 'k'));
          expect(readError).toBeInstanceOf(PostgresStorageError);
          // Still inside the holder's section, which never unlocked: the server let the waiter in.
          await waited;
          events.push('holder leaves');
          return 'holder done';
        });
        expect(result).toBe('holder done');
        expect(events).toEqual(['holder entered', 'holder reads', 'waiter entered', 'holder leaves']);
        // The holder's pool recovers: the dead connection was dropped, not reused.
        expect(await holder.withLock('acme', 'preview:dying', async () => 'again')).toBe('again');
      } finally {
        await holderDb.close();
        await waiterDb.close();
      }
    });
  });
}

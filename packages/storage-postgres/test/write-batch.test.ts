// Group commit: session writes made at the same time share one statement, and each still lands on
// its own terms (its revision, its writeback row, its history entry). On embedded PGlite always and
// on the PostgreSQL server when DATABASE_URL is set.
import { CloseoutError, type Session, type SessionEvent, type StorageAdapter } from '@closeout/core';
import { migrate, PostgresStorageError, postgresStorage } from '@closeout/storage-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addFinding,
  DATABASE_URL,
  databaseKinds,
  intercept,
  openServer,
  type TestDatabase,
  uniqueSchema,
} from './support.js';

const isBatch = (text: string) => text.includes('unnest(');

const entry = (next: Session): SessionEvent[] => [
  { type: 'finding_added', stateVersion: next.stateVersion, at: next.updatedAt },
];

const session = (id: string): Session => ({
  id,
  accountId: 'acme',
  problem: `Problem of ${id}`,
  status: 'open',
  stateVersion: 1,
  ticket: null,
  findings: [],
  decisions: [],
  fixes: [],
  activeFixId: null,
  finalization: null,
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
});

for (const { kind, open } of databaseKinds()) {
  describe(`write batches (${kind})`, () => {
    const schema = uniqueSchema('batch');
    let db: TestDatabase;
    let seq = 0;

    /** A store whose statements are recorded, and `n` sessions it has written once (so cached). */
    const storeWithSessions = async (n: number, hook?: (text: string) => Promise<void> | void) => {
      const statements: string[] = [];
      const store = postgresStorage({
        ...intercept(db.target, async (text) => {
          statements.push(text);
          await hook?.(text);
        }),
        schema,
      });
      const ids: string[] = [];
      for (let i = 0; i < n; i++) {
        const id = `ses_batch_${seq++}`;
        await store.insertSession(session(id));
        await store.updateSession('acme', id, addFinding('first'));
        ids.push(id);
      }
      statements.length = 0;
      return { store, ids, statements };
    };

    const historyCount = async (id: string) =>
      Number(
        (
          await db.sql<{ n: string | number }>(
            `SELECT count(*) AS n FROM "${schema}".closeout_history WHERE session_id = $1`,
            [id],
          )
        )[0]?.n,
      );

    beforeAll(async () => {
      db = await open();
      await migrate({ ...db.target, schema });
    });
    afterAll(async () => {
      await db.dropSchema(schema);
      await db.close();
    });

    it('sends writes made at the same time in fewer statements than writes, each landing once with its entry', async () => {
      const { store, ids, statements } = await storeWithSessions(24);
      const results = await Promise.all(
        ids.map((id) => store.updateSession('acme', id, addFinding('second'), undefined, entry)),
      );
      expect(results.map((s) => s?.stateVersion)).toEqual(ids.map(() => 3));
      const batches = statements.filter(isBatch).length;
      expect(batches).toBeGreaterThan(0);
      expect(statements.length).toBeLessThan(ids.length);
      for (const id of ids) {
        const stored = (await store.getSession('acme', id)) as Session;
        expect(
          stored.findings.map((f) => f.text),
          id,
        ).toEqual(['first', 'second']);
        expect(await historyCount(id), id).toBe(1);
      }
    });

    it('sends a write made alone as its own statement', async () => {
      const { store, ids, statements } = await storeWithSessions(1);
      await store.updateSession('acme', ids[0] as string, addFinding('second'), undefined, entry);
      expect(statements).toHaveLength(1);
      expect(isBatch(statements[0] as string)).toBe(false);
    });

    it('applies a batched write again on a fresh read when another instance changed its session first', async () => {
      const { store, ids, statements } = await storeWithSessions(3);
      const other = postgresStorage({ ...db.target, schema });
      await other.updateSession('acme', ids[1] as string, addFinding('from the other instance'));
      const results = await Promise.all(
        ids.map((id) => store.updateSession('acme', id, addFinding('second'), undefined, entry)),
      );
      expect(statements.filter(isBatch)).toHaveLength(1);
      expect(results.map((s) => s?.findings.map((f) => f.text))).toEqual([
        ['first', 'second'],
        ['first', 'from the other instance', 'second'],
        ['first', 'second'],
      ]);
      for (const id of ids) expect(await historyCount(id), id).toBe(1);
    });

    it('retries each write of a batch the server refused on its own, and each lands once', async () => {
      let refuse = true;
      const { store, ids, statements } = await storeWithSessions(4, (text) => {
        if (refuse && isBatch(text)) {
          refuse = false;
          // What PostgreSQL answers the loser of a deadlock with another instance's batch: the
          // statement is rolled back whole.
          throw Object.assign(new Error('deadlock detected'), { code: '40P01' });
        }
      });
      const results = await Promise.all(
        ids.map((id) => store.updateSession('acme', id, addFinding('second'))),
      );
      expect(refuse).toBe(false);
      expect(statements.filter(isBatch)).toHaveLength(1);
      expect(results.map((s) => s?.findings.length)).toEqual([2, 2, 2, 2]);
      for (const id of ids) {
        expect(((await store.getSession('acme', id)) as Session).findings.map((f) => f.text)).toEqual([
          'first',
          'second',
        ]);
      }
    });

    it('fails every write of a batch whose connection was lost, and tries none of them again', async () => {
      let lose = true;
      const { store, ids, statements } = await storeWithSessions(3, (text) => {
        if (lose && isBatch(text)) {
          lose = false;
          // The statement may have committed before the answer was lost: no write may be sent again.
          throw new Error('Connection terminated unexpectedly');
        }
      });
      const outcomes = await Promise.allSettled(
        ids.map((id) => store.updateSession('acme', id, addFinding('second'))),
      );
      for (const outcome of outcomes) {
        expect(outcome.status).toBe('rejected');
        expect((outcome as PromiseRejectedResult).reason).toBeInstanceOf(PostgresStorageError);
      }
      expect(statements).toHaveLength(1);
      for (const id of ids)
        expect(((await store.getSession('acme', id)) as Session).findings).toHaveLength(1);
    });

    it('does not land a batched write whose session holds a writeback claim, and lands the others', async () => {
      // Sessions this store inserted and has not written since: their first write checks the
      // writeback row in the statement itself.
      const statements: string[] = [];
      const store: StorageAdapter = postgresStorage({
        ...intercept(db.target, async (text) => {
          statements.push(text);
        }),
        schema,
      });
      const ids = [`ses_claimed_${seq++}`, `ses_free_${seq++}`];
      for (const id of ids) await store.insertSession(session(id));
      // A claim written without moving the session's revision: only the statement's own look at
      // the writeback row can stop the write.
      await db.sql(
        `INSERT INTO "${schema}".closeout_writebacks (account_id, session_id, claim_token, claim_expires_at)
         VALUES ('acme', $1, 'tok', $2)`,
        [ids[0], Date.now() + 60_000],
      );
      statements.length = 0;
      const [claimed, free] = await Promise.allSettled(
        ids.map((id) => store.updateSession('acme', id, addFinding('second'), { now: Date.now() })),
      );
      if (claimed === undefined || free === undefined) throw new Error('expected two outcomes');
      expect(statements.filter(isBatch)).toHaveLength(1);
      expect(claimed.status).toBe('rejected');
      expect(CloseoutError.isInstance((claimed as PromiseRejectedResult).reason)).toBe(true);
      expect(((claimed as PromiseRejectedResult).reason as CloseoutError).code).toBe('WRITEBACK_IN_PROGRESS');
      expect(free.status).toBe('fulfilled');
      expect(((await store.getSession('acme', ids[0] as string)) as Session).findings).toHaveLength(0);
      expect(((await store.getSession('acme', ids[1] as string)) as Session).findings).toHaveLength(1);
    });
  });
}

// Without DATABASE_URL this server-only case is not registered, as in the other files.
if (DATABASE_URL !== undefined) {
  describe('write batches and exclusive sections (server)', () => {
    it('never puts a write made inside an exclusive section in a batch with writes made outside it', async () => {
      // One connection, held by the section. A write from outside queues first; if the section's
      // own write joined its batch, the batch would go through the pool and wait for the section's
      // connection, while the section waits for its write: stuck until the pool's timeout.
      const single = openServer({ max: 1, connectionTimeoutMillis: 500 });
      const schema = uniqueSchema('batchlock');
      try {
        await migrate({ ...single.target, schema });
        const store = postgresStorage({ ...single.target, schema });
        const [inside, outside] = ['ses_lock_in', 'ses_lock_out'];
        for (const id of [inside, outside] as string[]) {
          await store.insertSession(session(id));
          await store.updateSession('acme', id, addFinding('first'));
        }
        let go = () => {};
        // Attached here, so the outside write runs outside the section when the section lets it go.
        const outsideWrite = new Promise<void>((resolve) => {
          go = resolve;
        }).then(() => store.updateSession('acme', outside as string, addFinding('from outside')));
        const insideWrite = await store.withLock('acme', 'preview:k', async () => {
          go();
          await Promise.resolve();
          return store.updateSession('acme', inside as string, addFinding('from inside'));
        });
        expect(insideWrite?.findings.map((f) => f.text)).toEqual(['first', 'from inside']);
        expect((await outsideWrite)?.findings.map((f) => f.text)).toEqual(['first', 'from outside']);
      } finally {
        await single.dropSchema(schema);
        await single.close();
      }
    });
  });
}

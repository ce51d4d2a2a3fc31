// How the store writes sessions: compare-and-set first, a row-locked retry when another writer got
// in between, and what it refuses to store. On embedded PGlite always and on the PostgreSQL server
// when DATABASE_URL is set (.ci/run sets it when the server answers); without DATABASE_URL the
// server variant is not registered.
import { CloseoutError, createCloseout, type Session, type StorageAdapter } from '@closeout/core';
import { migrate, postgresStorage } from '@closeout/storage-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  addFinding,
  databaseKinds,
  intercept,
  openServer,
  type TestDatabase,
  uniqueSchema,
} from './support.js';

const isCompareAndSet = (text: string) =>
  /^(?:WITH u AS \()?UPDATE .*closeout_sessions.*AND revision = \$10/s.test(text.trim());

for (const { kind, open } of databaseKinds()) {
  describe(`sessions (${kind})`, () => {
    const schema = uniqueSchema('sessions');
    let db: TestDatabase;
    let storage: StorageAdapter;
    let seq = 0;
    const newSession = async (account = 'acme'): Promise<Session> => {
      const acme = createCloseout({ storage }).account(account);
      return acme.sessions.create({ problem: `Session ${seq++}` });
    };
    /** A store that lets `competitor` write the session just before the next compare-and-set. */
    const storeLosingNextRace = (competitor: () => Promise<unknown>) => {
      let armed = true;
      return postgresStorage({
        ...intercept(db.target, async (text) => {
          if (armed && isCompareAndSet(text)) {
            armed = false;
            await competitor();
          }
        }),
        schema,
      });
    };

    beforeAll(async () => {
      db = await open();
      await migrate({ ...db.target, schema });
      storage = postgresStorage({ ...db.target, schema });
    });
    afterAll(async () => {
      await db.dropSchema(schema);
      await db.close();
    });

    it('writes an uncontended mutation with one read and one compare-and-set, no transaction', async () => {
      const s = await newSession();
      const statements: string[] = [];
      const counted = postgresStorage({
        ...intercept(db.target, async (text) => {
          statements.push(text.trim().split(/\s+/)[0] ?? '');
        }),
        schema,
      });
      const next = await counted.updateSession('acme', s.id, addFinding('one'));
      expect(next?.stateVersion).toBe(2);
      expect(statements).toEqual(['SELECT', 'UPDATE']);
    });

    it('writes a session it wrote last with the compare-and-set alone', async () => {
      const statements: string[] = [];
      const counted = postgresStorage({
        ...intercept(db.target, async (text) => {
          statements.push(text);
        }),
        schema,
      });
      const acme = createCloseout({ storage: counted }).account('acme');
      const s = await acme.sessions.create({ problem: 'Written by this store' });
      await acme.sessions.addFinding(s.id, { text: 'one' });
      const third = await acme.sessions.addFinding(s.id, { text: 'two' });
      expect(third.stateVersion).toBe(3);
      // One statement per write, its history entry included (a data-modifying CTE).
      const shape = (text: string) =>
        `${/^WITH \w+ AS \((INSERT|UPDATE)/.exec(text.trim())?.[1]}+${/INSERT INTO \S+closeout_history/.test(text) ? 'history' : 'none'}`;
      expect(statements.map(shape)).toEqual(['INSERT+history', 'UPDATE+history', 'UPDATE+history']);
      expect(await storage.getSession('acme', s.id)).toEqual(third);
    });

    it('looks at the writeback row on the first write after an insert, then trusts the revision', async () => {
      // Once a write has seen the writeback row clear, only a claim can change that, and a claim
      // moves the revision: the compare-and-set alone then carries the freeze check.
      const statements: string[] = [];
      const counted = postgresStorage({
        ...intercept(db.target, async (text) => {
          statements.push(text);
        }),
        schema,
      });
      const acme = createCloseout({ storage: counted }).account('acme');
      const s = await acme.sessions.create({ problem: 'Checked once' });
      await acme.sessions.addFinding(s.id, { text: 'one' });
      await acme.sessions.addFinding(s.id, { text: 'two' });
      const checks = statements.map((text) => /closeout_writebacks/.test(text));
      expect(checks).toEqual([false, true, false]);
      // A claim taken now still refuses the next write from the cache.
      await storage.claimWriteback('acme', s.id, { token: 'wb', now: Date.now(), leaseMs: 60_000 });
      const error = await acme.sessions.addFinding(s.id, { text: 'late' }).catch((e: unknown) => e);
      expect(CloseoutError.hasCode(error, 'WRITEBACK_IN_PROGRESS')).toBe(true);
      expect((await storage.getSession('acme', s.id))?.findings.map((f) => f.text)).toEqual(['one', 'two']);
    });

    it('refuses the first write from the cache when a claim was there before the session', async () => {
      const id = `ses_claimed_first_${seq++}`;
      const now = Date.now();
      await storage.claimWriteback('acme', id, { token: 'wb', now, leaseMs: 60_000 });
      const template = await newSession();
      await storage.insertSession({ ...template, id });
      const error = await storage
        .updateSession('acme', id, addFinding('late'), { now })
        .catch((e: unknown) => e);
      expect(CloseoutError.hasCode(error, 'WRITEBACK_IN_PROGRESS')).toBe(true);
      expect((await storage.getSession('acme', id))?.stateVersion).toBe(1);
    });

    it('reads afresh a session another instance changed since this store wrote it', async () => {
      const mine = createCloseout({ storage: postgresStorage({ ...db.target, schema }) }).account('acme');
      const theirs = createCloseout({ storage: postgresStorage({ ...db.target, schema }) }).account('acme');
      const s = await mine.sessions.create({ problem: 'Changed elsewhere' });
      await mine.sessions.addFinding(s.id, { text: 'mine' });
      // The other instance proposes a fix this store has never seen.
      const fix = (await theirs.sessions.proposeFix(s.id, { title: 'Elsewhere' })).fixes[0];
      // On this store's stale copy the fix is unknown and the version older; neither may leak out.
      const recorded = await mine.sessions.recordOutcome(
        s.id,
        { fixId: fix?.id, status: 'success' },
        { expectedVersion: 3 },
      );
      expect(recorded.stateVersion).toBe(4);
      expect(recorded.findings.map((f) => f.text)).toEqual(['mine']);
      expect(recorded.fixes.map((f) => [f.title, f.status])).toEqual([['Elsewhere', 'success']]);
      expect(await theirs.sessions.get(s.id)).toEqual(recorded);
    });

    it('applies mutate again, under a row lock, to what a concurrent writer committed', async () => {
      const s = await newSession();
      const seen: number[] = [];
      const racing = storeLosingNextRace(() => storage.updateSession('acme', s.id, addFinding('theirs')));
      const committed = await racing.updateSession('acme', s.id, (current) => {
        seen.push(current.stateVersion);
        return addFinding('ours')(current);
      });
      // First applied to version 1, lost to the competitor's version 2, re-applied to version 2.
      expect(seen).toEqual([1, 2]);
      expect(committed?.stateVersion).toBe(3);
      expect(committed?.findings.map((f) => f.text)).toEqual(['theirs', 'ours']);
      expect(await storage.getSession('acme', s.id)).toEqual(committed);
    });

    it('writes the history entry of the attempt that landed, once, when a compare-and-set loses', async () => {
      const s = await newSession();
      const other = createCloseout({ storage }).account('acme');
      const racing = storeLosingNextRace(() => other.sessions.addFinding(s.id, { text: 'theirs' }));
      const mine = createCloseout({ storage: racing }).account('acme');
      const committed = await mine.sessions.addFinding(s.id, { text: 'ours' }, { actor: 'tech:me' });
      expect(committed.stateVersion).toBe(3);
      const history = await mine.sessions.history(s.id);
      expect(history.map((e) => [e.type, e.stateVersion, e.actor])).toEqual([
        ['created', 1, undefined],
        ['finding_added', 2, undefined],
        ['finding_added', 3, 'tech:me'],
      ]);
      expect(history[2]?.details).toEqual({ findingId: committed.findings[1]?.id });
    });

    it('writes nothing when mutate throws on the locked retry, and the error comes out unchanged', async () => {
      const s = await newSession();
      const racing = storeLosingNextRace(() => storage.updateSession('acme', s.id, addFinding('theirs')));
      const boom = new Error('boom on retry');
      let calls = 0;
      await expect(
        racing.updateSession('acme', s.id, (current) => {
          if (++calls === 2) throw boom;
          return addFinding('ours')(current);
        }),
      ).rejects.toBe(boom);
      const stored = await storage.getSession('acme', s.id);
      expect(stored?.stateVersion).toBe(2);
      expect(stored?.findings.map((f) => f.text)).toEqual(['theirs']);
    });

    it('refuses an update when a writeback claim lands between its read and its compare-and-set', async () => {
      // The claim bumps the session row's revision in its own transaction: the compare-and-set
      // fails, and the locked retry sees the claim. Without that, this update would land after the
      // claimant read the session it is about to write back.
      for (const alsoWrite of [false, true]) {
        const s = await newSession();
        const now = Date.now();
        const racing = storeLosingNextRace(async () => {
          if (alsoWrite) await storage.updateSession('acme', s.id, addFinding('before the claim'), { now });
          await storage.claimWriteback('acme', s.id, { token: 'wb', now, leaseMs: 60_000 });
        });
        const error = await racing
          .updateSession('acme', s.id, addFinding('late'), { now })
          .catch((e: unknown) => e);
        expect(CloseoutError.hasCode(error, 'WRITEBACK_IN_PROGRESS')).toBe(true);
        const stored = await storage.getSession('acme', s.id);
        expect(stored?.findings.map((f) => f.text)).toEqual(alsoWrite ? ['before the claim'] : []);
      }
    });

    it('loses no update when several instances write one session at once', async () => {
      // Separate stores (on the server, separate pools) share nothing in memory: only the database
      // orders their writes, through the compare-and-set and the row-locked retry.
      const pools = kind === 'server' ? Array.from({ length: 4 }, () => openServer({ max: 4 })) : [];
      const stores = Array.from({ length: 4 }, (_, i) =>
        postgresStorage({ ...(pools[i]?.target ?? db.target), schema }),
      );
      try {
        const s = await newSession();
        const texts = Array.from({ length: 100 }, (_, i) => `finding ${i}`);
        const results = await Promise.all(
          texts.map((text, i) =>
            (stores[i % stores.length] as StorageAdapter).updateSession('acme', s.id, addFinding(text)),
          ),
        );
        expect(results.map((r) => r?.stateVersion).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
          texts.map((_, i) => i + 2),
        );
        const stored = await storage.getSession('acme', s.id);
        expect(stored?.stateVersion).toBe(101);
        expect(stored?.findings.map((f) => f.text).sort()).toEqual([...texts].sort());
      } finally {
        await Promise.all(pools.map((p) => p.close()));
      }
    });

    it('lets no update from any instance land after a writeback claim taken while they are in flight', async () => {
      // Separate stores (on the server, separate pools) race their updates against one claim: the
      // database alone orders them, and every update committed after the claim would be a change
      // the claimant's note does not describe.
      const pools = kind === 'server' ? Array.from({ length: 4 }, () => openServer({ max: 4 })) : [];
      const stores = Array.from({ length: 4 }, (_, i) =>
        postgresStorage({ ...(pools[i]?.target ?? db.target), schema }),
      );
      try {
        for (const claimAfter of [5, 20, 35]) {
          const s = await newSession();
          const now = Date.now();
          const updates: Promise<unknown>[] = [];
          let frozenAt: Promise<number> | undefined;
          for (let i = 0; i < 40; i++) {
            const store = stores[i % stores.length] as StorageAdapter;
            if (i === claimAfter) {
              frozenAt = (stores[0] as StorageAdapter)
                .claimWriteback('acme', s.id, { token: 'wb', now, leaseMs: 60_000 })
                .then(async () => (await storage.getSession('acme', s.id))?.stateVersion ?? 0);
            }
            updates.push(
              store.updateSession('acme', s.id, addFinding(`f${i}`), { now }).then(
                () => 'ok',
                (e: unknown) => (CloseoutError.isInstance(e) ? e.code : String(e)),
              ),
            );
          }
          const outcomes = await Promise.all(updates);
          const version = await frozenAt;
          expect((await storage.getSession('acme', s.id))?.stateVersion).toBe(version);
          expect(outcomes.filter((o) => o === 'ok')).toHaveLength((version ?? 0) - 1);
          for (const o of outcomes) expect(['ok', 'WRITEBACK_IN_PROGRESS']).toContain(o);
        }
      } finally {
        await Promise.all(pools.map((p) => p.close()));
      }
    });

    it('loses no update even when mutate leaves stateVersion alone', async () => {
      // The compare-and-set token is the store's own revision, not the session's stateVersion.
      const s = await newSession();
      const texts = Array.from({ length: 40 }, (_, i) => `note ${i}`);
      await Promise.all(
        texts.map((text) =>
          storage.updateSession('acme', s.id, (current) => ({
            ...current,
            findings: [...current.findings, { id: text, text, createdAt: current.createdAt }],
          })),
        ),
      );
      const stored = await storage.getSession('acme', s.id);
      expect(stored?.stateVersion).toBe(1);
      expect(stored?.findings.map((f) => f.text).sort()).toEqual([...texts].sort());
    });

    it('stores every string JavaScript can hold in a session, byte for byte', async () => {
      // Core refuses a NUL or a lone surrogate at its door; the store below it still keeps them
      // exactly, so nothing a custom caller writes is altered on the way to PostgreSQL.
      const acme = createCloseout({ storage }).account('acme');
      const s = await acme.sessions.create({ problem: 'Odd text' });
      const texts = ['emoji 🖨️ and accents é ü', `quotes ' " \\ and $1 and ${'{'}`, 'newline\r\nand\ttab'];
      for (const text of texts) await acme.sessions.addFinding(s.id, { text });
      expect((await acme.sessions.get(s.id)).findings.map((f) => f.text)).toEqual(texts);

      const raw = ['NUL \u0000 inside', 'lone surrogate \ud800 here', ...texts];
      await storage.updateSession('acme', s.id, (current) => ({
        ...current,
        stateVersion: current.stateVersion + 1,
        findings: raw.map((text, i) => ({ id: `fnd_raw${i}`, text, createdAt: current.updatedAt })),
      }));
      expect((await storage.getSession('acme', s.id))?.findings.map((f) => f.text)).toEqual(raw);
    });

    it('refuses ids PostgreSQL would reject or alter, with VALIDATION_FAILED, storing nothing', async () => {
      const s = await newSession();
      const attempts: Array<() => Promise<unknown>> = [
        () => storage.getSession('acme\u0000', s.id),
        () => storage.getSession('acme', `${s.id}\ud800`),
        () => storage.putPreview('acme', 'key\u0000', {} as never),
        () => storage.withLock('acme', 'lock\udc00', async () => 1),
        () => storage.claimWriteback('acme\ud800', 'ses_1', { token: 't', now: 0, leaseMs: 1 }),
      ];
      for (const attempt of attempts) {
        const error = await attempt().catch((e: unknown) => e);
        expect(CloseoutError.hasCode(error, 'VALIDATION_FAILED')).toBe(true);
      }
      // Nothing was written under an altered key: no preview and no writeback claim.
      expect(await db.sql(`SELECT count(*)::int AS n FROM "${schema}".closeout_previews`)).toEqual([
        { n: 0 },
      ]);
      // (Other tests of this file leave writeback rows of their own sessions.)
      expect(
        await db.sql(
          `SELECT count(*)::int AS n FROM "${schema}".closeout_writebacks WHERE session_id = 'ses_1'`,
        ),
      ).toEqual([{ n: 0 }]);
    });

    it('answers null for a session of another account, on read and on update', async () => {
      const s = await newSession('owner');
      expect(await storage.getSession('intruder', s.id)).toBeNull();
      expect(await storage.updateSession('intruder', s.id, addFinding('x'))).toBeNull();
      expect((await storage.getSession('owner', s.id))?.stateVersion).toBe(1);
    });

    it('reports an id already taken instead of overwriting it', async () => {
      const s = await newSession();
      await expect(storage.insertSession({ ...s, problem: 'overwrite?' })).rejects.toThrow(/already exists/);
      expect((await storage.getSession('acme', s.id))?.problem).toBe(s.problem);
    });
  });
}

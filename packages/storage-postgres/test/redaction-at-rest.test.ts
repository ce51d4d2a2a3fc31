// What a session stores is masked too: every secret of both redaction corpora, written as a
// finding through the SDK, is absent from the stored rows, and every look-alike is stored exactly
// as written. Measured on the memory store and on Postgres (embedded PGlite), reading the rows
// back with SQL, not through the store.
import { createCloseout, type StorageAdapter } from '@closeout/core';
import { memoryStorage } from '@closeout/storage-memory';
import { migrate, postgresStorage } from '@closeout/storage-postgres';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CORPORA, share } from '../../core/test/fixtures/corpora.js';
import { openPglite, type TestDatabase, uniqueSchema } from './support.js';

/** Findings per session: below the session's limit, so each corpus needs a few sessions. */
const PER_SESSION = 200;

/** Writes `texts` as findings, a few sessions' worth, and answers where each one landed. */
async function store(storage: StorageAdapter, texts: readonly string[]) {
  const acme = createCloseout({ storage }).account('acme');
  const placed: Array<{ sessionId: string; index: number }> = [];
  for (let at = 0; at < texts.length; at += PER_SESSION) {
    const session = await acme.sessions.create({ problem: 'Redaction at rest' });
    const chunk = texts.slice(at, at + PER_SESSION);
    for (const [index, text] of chunk.entries()) {
      await acme.sessions.addFinding(session.id, { text });
      placed.push({ sessionId: session.id, index });
    }
  }
  return placed;
}

describe.each(CORPORA)('the $name corpus at rest', (corpus) => {
  let db: TestDatabase;
  const schema = uniqueSchema('redaction');
  beforeAll(async () => {
    db = await openPglite();
    await migrate({ ...db.target, schema });
  });
  afterAll(async () => {
    await db.close();
  });

  const stores: Array<[string, () => { storage: StorageAdapter; raw: (id: string) => Promise<string> }]> = [
    [
      'memory',
      () => {
        const storage = memoryStorage();
        return { storage, raw: async (id) => JSON.stringify(await storage.getSession('acme', id)) };
      },
    ],
    [
      'Postgres (PGlite)',
      () => ({
        storage: postgresStorage({ ...db.target, schema }),
        raw: async (id) =>
          JSON.stringify(await db.sql(`SELECT * FROM "${schema}".closeout_sessions WHERE id = $1`, [id])),
      }),
    ],
  ];

  it.each(stores)('%s stores no secret and every look-alike as written', async (_, open) => {
    const { storage, raw } = open();
    const secrets = corpus.secrets;
    const placedSecrets = await store(
      storage,
      secrets.map((s) => s.text),
    );
    const rows = new Map<string, string>();
    for (const { sessionId } of placedSecrets)
      if (!rows.has(sessionId)) rows.set(sessionId, await raw(sessionId));
    const stored = (i: number) => rows.get(placedSecrets[i]?.sessionId ?? '') ?? '';
    const maskedShare = share(
      secrets.map((s, i) => ({ s, i })),
      ({ s, i }) =>
        !stored(i).includes(JSON.stringify(s.secret).slice(1, -1)) && !stored(i).includes(s.secret),
    );
    expect(maskedShare).toBeGreaterThanOrEqual(1);

    const placedLooks = await store(
      storage,
      corpus.lookAlikes.map((l) => l.text),
    );
    const acme = createCloseout({ storage }).account('acme');
    const sessions = new Map<string, string[]>();
    for (const { sessionId } of placedLooks) {
      if (!sessions.has(sessionId))
        sessions.set(
          sessionId,
          (await acme.sessions.get(sessionId)).findings.map((f) => f.text),
        );
    }
    const intactShare = share(
      corpus.lookAlikes.map((l, i) => ({ l, i })),
      ({ l, i }) => {
        const p = placedLooks[i];
        return p !== undefined && sessions.get(p.sessionId)?.[p.index] === l.text.trim();
      },
    );
    expect(intactShare).toBeGreaterThanOrEqual(corpus.name === 'fresh' ? 0.997 : 1);
  });
});

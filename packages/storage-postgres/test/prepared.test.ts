// Named statements on a node-postgres pool: the store sends each statement with parameters under a
// name derived from its text, so the server plans it once per connection; `prepareStatements:
// false` sends plain text for poolers that cannot keep prepared statements. A recording pool shows
// what goes over the wire; the server tests (DATABASE_URL) run every other suite prepared.
import {
  type PgPoolClientLike,
  type PgPoolLike,
  type PgStatement,
  postgresStorage,
} from '@closeout/storage-postgres';
import { describe, expect, it } from 'vitest';

type Sent = string | PgStatement;

/** A pool that answers every statement with no rows and records what it was sent. */
function recordingPool(): { pool: PgPoolLike; sent: Sent[] } {
  const sent: Sent[] = [];
  const answer = async (statement: Sent) => {
    sent.push(statement);
    return { rows: [], rowCount: 0 };
  };
  const client: PgPoolClientLike = {
    query: answer,
    release: () => undefined,
    on: () => client,
    removeListener: () => client,
  };
  return { pool: { query: answer, connect: async () => client }, sent };
}

describe('prepared statements', () => {
  it('names each parameterised statement after its text, the same name every time', async () => {
    const { pool, sent } = recordingPool();
    const storage = postgresStorage({ pool, schema: 'closeout_a' });
    await storage.getSession('acme', 'ses_1');
    await storage.getSession('acme', 'ses_2');
    await storage.getPreview('acme', 'key');
    const [first, second, preview] = sent as PgStatement[];
    expect(first?.name).toMatch(/^closeout_[0-9a-f]{32}$/);
    expect(first?.text).toContain('"closeout_a"."closeout_sessions"');
    expect(first?.values).toEqual(['acme', 'ses_1']);
    expect(second?.name).toBe(first?.name);
    expect(second?.values).toEqual(['acme', 'ses_2']);
    expect(preview?.name).not.toBe(first?.name);
  });

  it('gives the same statement in another schema another name', async () => {
    const a = recordingPool();
    const b = recordingPool();
    await postgresStorage({ pool: a.pool, schema: 'closeout_a' }).getSession('acme', 'ses_1');
    await postgresStorage({ pool: b.pool, schema: 'closeout_b' }).getSession('acme', 'ses_1');
    const [inA] = a.sent as PgStatement[];
    const [inB] = b.sent as PgStatement[];
    expect(inA?.name).toBeDefined();
    expect(inB?.name).toBeDefined();
    expect(inA?.name).not.toBe(inB?.name);
  });

  it('sends plain text with prepareStatements: false', async () => {
    const { pool, sent } = recordingPool();
    await postgresStorage({ pool, schema: 'closeout_a', prepareStatements: false }).getSession(
      'acme',
      'ses_1',
    );
    expect(sent).toHaveLength(1);
    expect(typeof sent[0]).toBe('string');
  });
});

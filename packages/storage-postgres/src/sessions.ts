import type {
  Session,
  SessionEvent,
  SessionWriteGuard,
  StorageAdapter,
  StoredWriteback,
  WritebackJournal,
} from '@closeout/core';
import { assertNotFrozen, summarizeSession } from '@closeout/core';
import type { Database, Queryable } from './database.js';
import { historyInsert, historyInsertSql, historyParam } from './history.js';
import { minuteOf } from './migrations.js';
import { KeyedMutex } from './mutex.js';
import { checkKey, type Tables } from './schema.js';
import { SessionCache } from './session-cache.js';
import { type RowWrite, writeBatcher } from './write-batch.js';

interface SessionRow {
  doc: Session;
  revision: string | number;
}

interface WritebackColumns {
  journal: WritebackJournal | null;
  claim_token: string | null;
  claim_expires_at: string | number | null;
}

type SessionMethods = Pick<StorageAdapter, 'insertSession' | 'getSession' | 'updateSession'>;

/** The revision after `revision` (a `bigint` column, read as text). */
function nextRevision(revision: string): string {
  const n = Number(revision);
  return Number.isSafeInteger(n + 1) ? String(n + 1) : String(BigInt(revision) + 1n);
}

/**
 * Parameters `$3`–`$9` of a session write: the document and the columns a list filters, orders
 * and answers with, all taken from the document so they can never disagree with it.
 */
function sessionColumns(session: Session, json: string): unknown[] {
  return [
    json,
    session.stateVersion,
    session.status,
    session.ticket?.provider ?? null,
    session.ticket?.id ?? null,
    JSON.stringify(summarizeSession(session)),
    session.updatedAt,
  ];
}

/**
 * Sessions, one JSON document per row. A mutation and its version bump are one compare-and-set
 * `UPDATE` on the row's revision: applied to the session as this store last wrote it (one
 * statement) or as just read (two). When another instance wrote in between, the mutation is
 * applied once more under a row lock, so no update is lost and a busy session never makes writers
 * spin. Writers of one session in this process queue in memory, so they never race each other.
 */
export function sessionMethods(db: Database, t: Tables): SessionMethods {
  const cache = new SessionCache();
  const sessionWriters = new KeyedMutex();
  // U+0000 cannot occur in a checked key, so it separates the two unambiguously.
  const cacheKeyOf = (accountId: string, sessionId: string) => `${accountId}\u0000${sessionId}`;
  const keys = (accountId: string, sessionId: string) => {
    checkKey(accountId, 'accountId');
    checkKey(sessionId, 'sessionId');
  };

  /** The session's writeback record from a row of `closeout_writebacks` (or none). */
  const writebackOf = (row: WritebackColumns | undefined): StoredWriteback | null =>
    row === undefined || (row.journal === null && row.claim_token === null)
      ? null
      : {
          journal: row.journal,
          claim:
            row.claim_token === null
              ? null
              : { token: row.claim_token, expiresAt: Number(row.claim_expires_at) },
        };

  // The texts of the compare-and-set, by whether it checks the writeback row and how many history
  // entries it carries: built once, so that a mutation neither rebuilds nor rehashes a long text
  // to find its prepared statement.
  const writeTexts = new Map<string, string>();
  const writeText = (checkWriteback: boolean, entries: 'none' | 'one' | 'many'): string => {
    const key = `${checkWriteback}:${entries}`;
    let text = writeTexts.get(key);
    if (text === undefined) {
      let update = `UPDATE ${t.sessions} SET doc = $3, state_version = $4, status = $5, ticket_provider = $6,
           ticket_id = $7, summary = $8, updated_at = $9, updated_minute = ${minuteOf('$9::timestamptz')},
           revision = revision + 1
         WHERE account_id = $1 AND id = $2 AND revision = $10`;
      if (checkWriteback) {
        update += ` AND NOT EXISTS (SELECT 1 FROM ${t.writebacks} w WHERE w.account_id = $1 AND w.session_id = $2
                AND (w.claim_token IS NOT NULL OR w.journal IS NOT NULL))`;
      }
      // With history, one statement still: the entries are inserted only if the update hit its
      // row, and the count of entries inserted is the statement's row count.
      text =
        entries === 'none'
          ? update
          : `WITH u AS (${update} RETURNING 1) ${historyInsertSql(t, 'u', entries, 11)}`;
      writeTexts.set(key, text);
    }
    return text;
  };

  /**
   * A compare-and-set sent as its own statement, with its history entry (`row.event`) or, given
   * `many`, the JSON array of several entries.
   */
  const alone = async (q: Queryable, row: RowWrite, many?: string): Promise<boolean> => {
    const params: unknown[] = [row.accountId, row.sessionId, ...row.columns, row.expected];
    const entry = many ?? row.event;
    if (entry !== null) params.push(entry);
    const entries = many !== undefined ? 'many' : row.event !== null ? 'one' : 'none';
    const { rowCount } = await q.query(writeText(row.checkWriteback, entries), params);
    return rowCount > 0;
  };
  const batched = writeBatcher(db, t, (row) => alone(db, row));

  /**
   * The compare-and-set of one mutation, with its history entries: one statement that changes the
   * row only while its revision is still `expected` (and, with `checkWriteback`, only while the
   * session's writeback row holds neither a claim nor a journal). True when it landed; the row's
   * revision is then `expected` + 1. Nothing is returned from the server: the row count says
   * whether it landed, and the new revision is known beforehand. Outside a transaction and an
   * exclusive section, a write with at most one entry may share its statement with the writes of
   * other sessions made at the same time (write-batch.ts).
   */
  const write = async (
    q: Queryable,
    accountId: string,
    sessionId: string,
    next: Session,
    json: string,
    expected: string,
    checkWriteback: boolean,
    history: ((next: Session) => readonly SessionEvent[]) | undefined,
  ): Promise<boolean> => {
    const events = history?.(next) ?? [];
    const row: RowWrite = {
      accountId,
      sessionId,
      columns: sessionColumns(next, json),
      expected,
      checkWriteback,
      event: events.length === 1 ? historyParam(events) : null,
    };
    if (events.length > 1) return alone(q, row, historyParam(events));
    return q === db && !db.inExclusive() ? batched(row) : alone(q, row);
  };

  /** Remembers the session as just committed, at the revision after `expected`. */
  const remember = (cacheKey: string, json: string, expected: string, writebackClear: boolean) => {
    cache.set(cacheKey, { json, revision: nextRevision(expected), writebackClear });
  };

  async function updateOnce(
    accountId: string,
    sessionId: string,
    cacheKey: string,
    mutate: (current: Session) => Session,
    guard: SessionWriteGuard,
    history: ((next: Session) => readonly SessionEvent[]) | undefined,
  ): Promise<Session | null> {
    // The writeback freeze: a claim bumps the session's revision in the claim's own transaction
    // (writebacks.ts), so every compare-and-set below fails against a claim taken after the state
    // it was computed from, and the locked step 3 reads the writeback row only once it holds the
    // session's row lock. A journal is only ever written under a claim. So once a write has seen
    // the writeback row clear (no claim, no journal), the row can only become otherwise through
    // a claim, which moves the revision past the one cached: the next compare-and-set on that
    // revision needs no look at the writeback row. (A claim moves the revision of a session row
    // that exists; a writeback claims a session it has read, so its row is there.)

    // 1. From this store's own last write of the session: one statement, the compare-and-set,
    // taken only while the session has no claim nor journal (nothing to judge). The cached
    // state may be stale, so neither a lost race nor an error from `mutate` is final. A session
    // this store inserted has had no write see its writeback row yet: its first write checks it.
    const cached = cache.get(cacheKey);
    if (cached !== undefined) {
      let next: Session | undefined;
      try {
        next = mutate(JSON.parse(cached.json) as Session);
      } catch {
        // Judged on a fresh read below.
      }
      if (next !== undefined) {
        const json = JSON.stringify(next);
        if (
          await write(db, accountId, sessionId, next, json, cached.revision, !cached.writebackClear, history)
        ) {
          // `next` came from a fresh parse that nothing else holds, so it is returned as it is.
          remember(cacheKey, json, cached.revision, true);
          return next;
        }
      }
      cache.delete(cacheKey);
    }

    // 2. Read the session with its writeback record (one snapshot), judge the freeze, apply, and
    // write only if nobody wrote in between: two statements, no transaction.
    const { rows } = await db.query<SessionRow & WritebackColumns>(
      `SELECT s.doc, s.revision, w.journal, w.claim_token, w.claim_expires_at
       FROM ${t.sessions} s LEFT JOIN ${t.writebacks} w ON w.account_id = s.account_id AND w.session_id = s.id
       WHERE s.account_id = $1 AND s.id = $2`,
      [accountId, sessionId],
    );
    const row = rows[0];
    if (row === undefined) return null;
    const writeback = writebackOf(row);
    assertNotFrozen(sessionId, writeback, guard);
    const next = mutate(row.doc);
    const json = JSON.stringify(next);
    const revision = String(row.revision);
    if (await write(db, accountId, sessionId, next, json, revision, false, history)) {
      remember(cacheKey, json, revision, writeback === null);
      return next;
    }

    // 3. Another writer won. Retrying optimistically could lose again and again when many
    // callers hit one session; under a row lock this attempt is certain to land, and writers
    // queue in the database instead of spinning. The writeback row is read by its own statement
    // after the lock is held: a claim committed while this one waited is then visible.
    const locked = await db.transaction(async (tx) => {
      const current = await tx.query<SessionRow>(
        `SELECT doc, revision FROM ${t.sessions} WHERE account_id = $1 AND id = $2 FOR UPDATE`,
        [accountId, sessionId],
      );
      const lockedRow = current.rows[0];
      if (lockedRow === undefined) return null;
      const wb = await tx.query<WritebackColumns>(
        `SELECT journal, claim_token, claim_expires_at FROM ${t.writebacks} WHERE account_id = $1 AND session_id = $2`,
        [accountId, sessionId],
      );
      const lockedWriteback = writebackOf(wb.rows[0]);
      assertNotFrozen(sessionId, lockedWriteback, guard);
      const retried = mutate(lockedRow.doc);
      const retriedJson = JSON.stringify(retried);
      const lockedRevision = String(lockedRow.revision);
      // The row lock holds the revision where it was read, so this compare-and-set lands.
      if (!(await write(tx, accountId, sessionId, retried, retriedJson, lockedRevision, false, history))) {
        throw new Error(`session ${sessionId} changed under its row lock`);
      }
      return { next: retried, json: retriedJson, revision: lockedRevision, clear: lockedWriteback === null };
    });
    if (locked === null) return null;
    remember(cacheKey, locked.json, locked.revision, locked.clear);
    return locked.next;
  }

  return {
    async insertSession(session, history) {
      keys(session.accountId, session.id);
      const json = JSON.stringify(session);
      const params: unknown[] = [session.accountId, session.id, ...sessionColumns(session, json)];
      const insert = `INSERT INTO ${t.sessions}
           (account_id, id, doc, state_version, status, ticket_provider, ticket_id, summary, updated_at, created_at,
            updated_minute)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $9, ${minuteOf('$9::timestamptz')})
         ON CONFLICT (account_id, id) DO NOTHING RETURNING revision`;
      const append = historyInsert(t, 's', history, params);
      const { rows } = await db.query<{ revision: string | number }>(
        append === undefined ? insert : `WITH s AS (${insert}), h AS (${append}) SELECT revision FROM s`,
        params,
      );
      const row = rows[0];
      if (row === undefined) throw new Error(`session ${session.id} already exists`);
      // No write has looked at the session's writeback row yet: the first one from the cache will.
      cache.set(cacheKeyOf(session.accountId, session.id), {
        json,
        revision: String(row.revision),
        writebackClear: false,
      });
    },

    async getSession(accountId, sessionId) {
      keys(accountId, sessionId);
      const { rows } = await db.query<{ doc: Session }>(
        `SELECT doc FROM ${t.sessions} WHERE account_id = $1 AND id = $2`,
        [accountId, sessionId],
      );
      return rows[0]?.doc ?? null;
    },

    async updateSession(accountId, sessionId, mutate, guard = { now: Date.now() }, history) {
      keys(accountId, sessionId);
      const cacheKey = cacheKeyOf(accountId, sessionId);
      // Writers of one session in this process take turns here, holding no connection while they
      // wait; each then finds its predecessor's write in the cache and needs a single statement.
      // Only writers in other processes ever make the compare-and-set fail.
      return sessionWriters.run(cacheKey, () =>
        updateOnce(accountId, sessionId, cacheKey, mutate, guard, history),
      );
    },
  };
}

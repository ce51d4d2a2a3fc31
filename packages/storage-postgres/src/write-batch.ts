import type { Database } from './database.js';
import { PostgresStorageError } from './errors.js';
import { minuteOf } from './migrations.js';
import type { Tables } from './schema.js';

/**
 * One compare-and-set of a session row: the values of the columns a write sets (document, state
 * version, status, ticket provider and id, summary, `updated_at`, in that order), the revision it
 * expects, whether it must also find the session's writeback row clear, and the one history entry
 * it appends (JSON), if any.
 */
export interface RowWrite {
  accountId: string;
  sessionId: string;
  columns: readonly unknown[];
  expected: string;
  checkWriteback: boolean;
  event: string | null;
}

/** Sends a row write; true when it landed. */
export type SendWrite = (write: RowWrite) => Promise<boolean>;

// At most this many statements of one store are in flight at a time; writes that come while they
// are queue, and go out together when one returns. Two keep the connection busy while the other's
// answer travels back: with more, batches get smaller and each costs the server a statement again.
const IN_FLIGHT = 2;
// A cap on a statement's size: a write waits for at most one statement before its own.
const MAX_ROWS = 64;

/**
 * The statement that applies many row writes at once: one compare-and-set per row (a row lands only
 * at its expected revision, and with `check_writeback` only while its writeback row holds neither a
 * claim nor a journal), the history entries of the rows that landed, and the positions of those rows.
 */
function batchText(t: Tables): string {
  return `WITH v AS (
      SELECT * FROM unnest($1::text[], $2::text[], $3::json[], $4::integer[], $5::text[], $6::text[], $7::text[],
          $8::json[], $9::timestamptz[], $10::bigint[], $11::boolean[], $12::json[])
        WITH ORDINALITY AS v(account_id, id, doc, state_version, status, ticket_provider, ticket_id, summary,
          updated_at, expected, check_writeback, event, n)
    ), u AS (
      UPDATE ${t.sessions} s SET doc = v.doc, state_version = v.state_version, status = v.status,
          ticket_provider = v.ticket_provider, ticket_id = v.ticket_id, summary = v.summary, updated_at = v.updated_at,
          updated_minute = ${minuteOf('v.updated_at')}, revision = s.revision + 1
        FROM v
        WHERE s.account_id = v.account_id AND s.id = v.id AND s.revision = v.expected
          AND (NOT v.check_writeback OR NOT EXISTS (SELECT 1 FROM ${t.writebacks} w
            WHERE w.account_id = v.account_id AND w.session_id = v.id
              AND (w.claim_token IS NOT NULL OR w.journal IS NOT NULL)))
        RETURNING v.n, v.account_id, v.id, v.event
    ), h AS (
      INSERT INTO ${t.history} (account_id, session_id, event) SELECT account_id, id, event FROM u WHERE event IS NOT NULL
    )
    SELECT n FROM u`;
}

/**
 * Whether the server refused a statement, so that nothing of it was committed and each of its
 * writes may be tried again on its own. A lost connection is not such a refusal: the statement may
 * have committed before the answer was lost.
 */
function refusedByServer(error: unknown): boolean {
  const sqlState = error instanceof PostgresStorageError ? error.sqlState : undefined;
  return sqlState !== undefined && !sqlState.startsWith('08') && !sqlState.startsWith('57P');
}

interface Pending {
  write: RowWrite;
  resolve(landed: boolean): void;
  reject(error: unknown): void;
}

const byRow = (a: Pending, b: Pending) =>
  a.write.accountId === b.write.accountId
    ? a.write.sessionId < b.write.sessionId
      ? -1
      : 1
    : a.write.accountId < b.write.accountId
      ? -1
      : 1;

/**
 * Group commit for session writes. Each write still lands or not on its own terms, with its history
 * entry in the same statement; what changes is that writes made while the store's statements are in
 * flight share the next one, so a busy store sends the server one statement, one commit and one
 * round trip for many writes instead of one each. A write that comes alone goes out alone, through
 * `single`, at the end of the event loop's turn.
 *
 * The writes of one batch are of different sessions (a session's writers in this process take
 * turns), and go in the order of their keys, so that two instances' batches lock common rows in the
 * same order. If the server refuses a batch (a deadlock with another instance, say), nothing of it
 * committed, and each write is sent again on its own; if the connection is lost, each write fails
 * with that error, as it would have alone.
 */
export function writeBatcher(db: Database, t: Tables, single: SendWrite): SendWrite {
  const text = batchText(t);
  const queue: Pending[] = [];
  let inFlight = 0;

  const settle = (p: Pending, landed: Promise<boolean>) => landed.then(p.resolve, p.reject);

  async function send(batch: Pending[]): Promise<void> {
    if (batch.length === 1) return settle(batch[0] as Pending, single((batch[0] as Pending).write));
    batch.sort(byRow);
    const columns: unknown[][] = Array.from({ length: 12 }, () => []);
    for (const { write } of batch) {
      const row = [
        write.accountId,
        write.sessionId,
        ...write.columns,
        write.expected,
        write.checkWriteback,
        write.event,
      ];
      for (let c = 0; c < 12; c++) (columns[c] as unknown[]).push(row[c]);
    }
    let landed: Set<number>;
    try {
      const { rows } = await db.query<{ n: string | number }>(text, columns);
      landed = new Set(rows.map((r) => Number(r.n) - 1));
    } catch (error) {
      if (!refusedByServer(error)) {
        for (const p of batch) p.reject(error);
        return;
      }
      await Promise.all(batch.map((p) => settle(p, single(p.write))));
      return;
    }
    batch.forEach((p, i) => {
      p.resolve(landed.has(i));
    });
  }

  function pump(): void {
    while (inFlight < IN_FLIGHT && queue.length > 0) {
      inFlight++;
      const batch = queue.splice(0, MAX_ROWS);
      void send(batch)
        .catch((error: unknown) => {
          for (const p of batch) p.reject(error);
        })
        .finally(() => {
          inFlight--;
          pump();
        });
    }
  }

  // Writes are sent once the work in hand is done (after the microtasks and I/O callbacks of this
  // turn of the event loop): when a statement's answer lets several writers go on, each of them
  // reaches its next write in the same turn, and they share one statement instead of the first
  // taking a statement of its own.
  let scheduled = false;
  const flush = () => {
    scheduled = false;
    pump();
  };
  return (write) =>
    new Promise<boolean>((resolve, reject) => {
      queue.push({ write, resolve, reject });
      if (!scheduled) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}

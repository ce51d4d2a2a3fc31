import { AsyncLocalStorage } from 'node:async_hooks';
import { createHash } from 'node:crypto';
import type { Database, PgPoolClientLike, PgPoolLike, PgStatement, Queryable, Rows } from './database.js';
import { storageError } from './errors.js';
import { keyedMutexOf, Mutex } from './mutex.js';

/** A connection checked out of the pool, with an error listener for as long as it is out. */
interface Checkout {
  client: PgPoolClientLike;
  /** Returns the connection; `broken` (or an error seen while it was out) closes it instead. */
  release(broken?: unknown): void;
}

/** The connection an exclusive section holds its advisory lock on. */
interface LockScope {
  client: PgPoolClientLike;
  /** Serialises statements and transactions of the section on its one connection. */
  mutex: Mutex;
  open: boolean;
}

const asError = (e: unknown): Error => (e instanceof Error ? e : new Error(String(e)));

/**
 * A statement as the pool takes it: with `prepare`, a statement with parameters goes out named
 * after a hash of its text, so each connection parses and plans it once and then only binds and
 * executes it. The store's statements come from a small fixed set of texts per schema, so the
 * names stay few; the hash keeps two schemas (or two texts) from ever sharing a name.
 */
function statementOf(
  names: Map<string, string>,
  prepare: boolean,
  text: string,
  params: unknown[] | undefined,
): string | PgStatement {
  if (!prepare || params === undefined) return text;
  let name = names.get(text);
  if (name === undefined) {
    name = `closeout_${createHash('sha256').update(text).digest('hex').slice(0, 32)}`;
    names.set(text, name);
  }
  return { name, text, values: params };
}

/**
 * A {@link Database} over a node-postgres pool.
 *
 * Exclusive sections use a session-level advisory lock, held on a connection of the pool for as
 * long as `fn` runs. Statements `fn` issues through the store run on that same connection, so a
 * section needs one connection, not two: with N sections open on a pool of N connections, their
 * own reads and writes would otherwise wait for a connection that never frees. Waiters of one
 * process queue in memory first, so they hold no connection while they wait.
 */
export function pgDatabase(pool: PgPoolLike, schema: string, prepare = false): Database {
  const names = new Map<string, string>();
  const lockScope = new AsyncLocalStorage<LockScope>();
  const localLocks = keyedMutexOf(pool);
  const fail = (e: unknown): never => {
    throw storageError(e, schema);
  };

  // The error a checked-out connection emitted when it died: more telling than the "not queryable"
  // that the next statement on it fails with.
  const connectionErrors = new WeakMap<PgPoolClientLike, Error>();

  const run = async <R>(client: PgPoolClientLike, text: string, params?: unknown[]): Promise<Rows<R>> => {
    const result = await client
      .query(statementOf(names, prepare, text, params), params)
      .catch((e: unknown) => fail(connectionErrors.get(client) ?? e));
    return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
  };

  async function checkout(): Promise<Checkout> {
    const client = await pool.connect().catch(fail);
    // A connection that dies while checked out emits `error`; unheard, that would end the process.
    const onError = (err: Error) => {
      connectionErrors.set(client, err);
    };
    client.on('error', onError);
    return {
      client,
      release(broken) {
        client.removeListener('error', onError);
        const seen = connectionErrors.get(client);
        connectionErrors.delete(client);
        client.release(broken === undefined ? seen : asError(broken));
      },
    };
  }

  async function inTransaction<T>(client: PgPoolClientLike, fn: (tx: Queryable) => Promise<T>): Promise<T> {
    await run(client, 'BEGIN');
    const tx: Queryable = { query: (text, params) => run(client, text, params) };
    const result = await fn(tx);
    await run(client, 'COMMIT');
    return result;
  }

  /** Rolls back after a failure; throws when the connection cannot even do that. */
  const rollback = async (client: PgPoolClientLike) => {
    await client.query('ROLLBACK');
  };

  const activeScope = (): LockScope | undefined => {
    const scope = lockScope.getStore();
    return scope?.open ? scope : undefined;
  };

  return {
    async query<R>(text: string, params?: unknown[]) {
      const scope = activeScope();
      if (scope !== undefined) return scope.mutex.run(() => run<R>(scope.client, text, params));
      const result = await pool.query(statementOf(names, prepare, text, params), params).catch(fail);
      return { rows: result.rows as R[], rowCount: result.rowCount ?? 0 };
    },

    async transaction(fn) {
      const scope = activeScope();
      if (scope !== undefined) {
        return scope.mutex.run(async () => {
          try {
            return await inTransaction(scope.client, fn);
          } catch (error) {
            // A connection that cannot roll back is gone; the section's release will notice.
            await rollback(scope.client).catch(() => undefined);
            throw error;
          }
        });
      }
      const { client, release } = await checkout();
      try {
        const result = await inTransaction(client, fn);
        release();
        return result;
      } catch (error) {
        await rollback(client).then(
          () => release(),
          (rollbackError: unknown) => release(rollbackError),
        );
        throw error;
      }
    },

    inExclusive: () => activeScope() !== undefined,

    async exclusive(key, fn) {
      return localLocks.run(key, async () => {
        const { client, release } = await checkout();
        try {
          await run(client, 'SELECT pg_advisory_lock(hashtextextended($1, 0))', [key]);
        } catch (error) {
          release(error);
          throw error;
        }
        const scope: LockScope = { client, mutex: new Mutex(), open: true };
        try {
          return await lockScope.run(scope, fn);
        } finally {
          scope.open = false;
          // Unlock after whatever the section still has in flight on the connection. If the
          // connection died, the server already dropped the lock with it; the pool closes it.
          await scope.mutex
            .run(() => run(client, 'SELECT pg_advisory_unlock(hashtextextended($1, 0))', [key]))
            .then(
              () => release(),
              (error: unknown) => release(error),
            );
        }
      });
    },
  };
}

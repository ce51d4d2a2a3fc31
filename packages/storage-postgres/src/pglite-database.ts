import type { Database, PGliteLike, PGliteResultLike, Queryable, Rows } from './database.js';
import { storageError } from './errors.js';
import { keyedMutexOf } from './mutex.js';

/**
 * A {@link Database} over PGlite. PGlite is one connection in this process: it runs one statement
 * at a time and holds back every other caller while a `transaction` is open, so transactions need
 * no guard of their own. Exclusive sections are an in-process mutex per PGlite instance: no other
 * process can open the same database, and an advisory lock would not exclude callers that share
 * the one connection.
 */
export function pgliteDatabase(pglite: PGliteLike, schema: string): Database {
  const locks = keyedMutexOf(pglite);
  const fail = (e: unknown): never => {
    throw storageError(e, schema);
  };
  const rows = <R>(result: PGliteResultLike<R>): Rows<R> => ({
    rows: result.rows,
    // PGlite reports 0 affected rows for a SELECT; node-postgres counts the rows returned.
    rowCount: Math.max(result.affectedRows ?? 0, result.rows.length),
  });

  return {
    async query<R>(text: string, params?: unknown[]) {
      return rows(await pglite.query<R>(text, params).catch(fail));
    },
    async transaction(fn) {
      // Errors thrown by `fn` pass through untouched; only the driver's own are translated.
      let fnFailed = false;
      try {
        return await pglite.transaction(async (tx) => {
          const queryable: Queryable = {
            query: async <R>(text: string, params?: unknown[]) =>
              rows(await tx.query<R>(text, params).catch(fail)),
          };
          try {
            return await fn(queryable);
          } catch (error) {
            fnFailed = true;
            throw error;
          }
        });
      } catch (error) {
        if (fnFailed) throw error;
        return fail(error);
      }
    },
    exclusive: (key, fn) => locks.run(key, fn),
    // Every statement goes to the one connection, from inside a section or not.
    inExclusive: () => false,
  };
}

import type { Database, DatabaseTarget } from './database.js';
import { pgDatabase } from './pg-database.js';
import { pgliteDatabase } from './pglite-database.js';

/** The {@link Database} for a pool or a PGlite instance. */
export function openDatabase(
  target: DatabaseTarget,
  schema: string,
  options: { prepare?: boolean } = {},
): Database {
  if (target.pool !== undefined) return pgDatabase(target.pool, schema, options.prepare ?? false);
  if (target.pglite !== undefined) return pgliteDatabase(target.pglite, schema);
  throw new TypeError('Pass either `pool` (a node-postgres Pool) or `pglite` (a PGlite instance)');
}

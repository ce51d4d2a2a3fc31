/**
 * `@closeout/storage-postgres`: a `StorageAdapter` over PostgreSQL (node-postgres) or
 * embedded PGlite, correct when several app instances share one database.
 *
 * ```ts
 * import pg from 'pg';
 * import { migrate, postgresStorage } from '@closeout/storage-postgres';
 *
 * const pool = new pg.Pool({ connectionString: process.env.DATABASE_URL });
 * await migrate({ pool });
 * const storage = postgresStorage({ pool });
 * ```
 *
 * @packageDocumentation
 */

export type {
  DatabaseTarget,
  PGliteLike,
  PGliteResultLike,
  PGliteTransactionLike,
  PgPoolClientLike,
  PgPoolLike,
  PgStatement,
} from './database.js';
export { PostgresStorageError } from './errors.js';
export type { MigrateOptions, MigrateResult } from './migrations.js';
export { migrate, SCHEMA_VERSION } from './migrations.js';
export { DEFAULT_SCHEMA } from './schema.js';
export type { PostgresStorageOptions } from './storage.js';
export { postgresStorage } from './storage.js';

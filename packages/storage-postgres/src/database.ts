// The small surface the store needs from a database, implemented over a node-postgres pool
// (pg-database.ts) and over PGlite (pglite-database.ts).

/** Rows a statement returned and how many rows it changed. */
export interface Rows<R> {
  rows: R[];
  rowCount: number;
}

/** Something that runs one parameterised statement. */
export interface Queryable {
  query<R>(text: string, params?: unknown[]): Promise<Rows<R>>;
}

/** A database closeout can keep its state in. */
export interface Database extends Queryable {
  /**
   * Runs `fn` inside BEGIN … COMMIT on one connection and rolls back when it throws. Errors `fn`
   * throws come out unchanged; driver failures come out as `PostgresStorageError`.
   */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs `fn` while holding the exclusive lock `key`, shared by every process on the database.
   * Released when `fn` settles, or by the server if the holder's connection dies.
   */
  exclusive<T>(key: string, fn: () => Promise<T>): Promise<T>;
  /**
   * Whether the caller runs inside an exclusive section whose statements go out on the section's
   * own connection: such a caller's statements cannot share a statement with anyone else's.
   */
  inExclusive(): boolean;
}

/**
 * The part of a node-postgres `Pool` the store uses. A `pg.Pool` (pg 8) fits as it is.
 *
 * Attach an `error` listener to the pool: node-postgres emits one when an idle connection dies,
 * and an unhandled `error` event ends the process.
 */
export interface PgPoolLike {
  connect(): Promise<PgPoolClientLike>;
  query(
    text: string | PgStatement,
    values?: unknown[],
  ): Promise<{ rows: unknown[]; rowCount: number | null }>;
}

/**
 * A named statement, as node-postgres takes it: the server parses and plans it once per
 * connection and reuses the plan on every later call with the same name.
 */
export interface PgStatement {
  name: string;
  text: string;
  values?: unknown[];
}

/** The part of a node-postgres `PoolClient` the store uses. */
export interface PgPoolClientLike {
  query(
    text: string | PgStatement,
    values?: unknown[],
  ): Promise<{ rows: unknown[]; rowCount: number | null }>;
  /** Returns the connection to the pool; with an error, the pool closes it instead. */
  release(err?: Error | boolean): void;
  on(event: 'error', listener: (err: Error) => void): unknown;
  removeListener(event: 'error', listener: (err: Error) => void): unknown;
}

/** A result as PGlite returns it. */
export interface PGliteResultLike<R> {
  rows: R[];
  affectedRows?: number;
}

/** The part of a PGlite transaction the store uses. */
export interface PGliteTransactionLike {
  query<R>(text: string, params?: unknown[]): Promise<PGliteResultLike<R>>;
}

/** The part of an `@electric-sql/pglite` instance the store uses. A `PGlite` fits as it is. */
export interface PGliteLike {
  query<R>(text: string, params?: unknown[]): Promise<PGliteResultLike<R>>;
  transaction<T>(fn: (tx: PGliteTransactionLike) => Promise<T>): Promise<T>;
}

/** Where a store or a migration runs: a node-postgres pool or a PGlite instance. */
export type DatabaseTarget = { pool: PgPoolLike; pglite?: never } | { pglite: PGliteLike; pool?: never };

import { CloseoutError } from '@closeout/core';

/**
 * The database failed underneath closeout: no connection became free in time, the connection was
 * lost, the tables are missing, or PostgreSQL refused a statement. The driver's error is `cause`;
 * `sqlState` is PostgreSQL's error code when the server sent one.
 *
 * It is not a {@link CloseoutError}: it says nothing about the caller's input, and a host answers
 * it like any other infrastructure failure (HTTP 503 or 500). Whether a retry is safe depends on
 * the operation: every closeout write is one statement or one transaction, so a failed call either
 * committed fully or not at all.
 */
export class PostgresStorageError extends Error {
  override readonly name = 'PostgresStorageError';
  /** PostgreSQL's SQLSTATE (`57P01`: connection terminated by an administrator), when known. */
  readonly sqlState: string | undefined;

  constructor(message: string, options: { cause: unknown; sqlState?: string | undefined }) {
    super(message, { cause: options.cause });
    this.sqlState = options.sqlState;
  }
}

const sqlStateOf = (error: unknown): string | undefined => {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code) ? code : undefined;
};

// node-postgres' own wording when the socket went away without a server error message.
const CONNECTION_LOST = /Connection terminated|not queryable|ECONNRESET|EPIPE/;

const messageOf = (error: unknown): string => (error instanceof Error ? error.message : String(error));

/**
 * Turns a driver failure into a {@link PostgresStorageError} with a message that says what to do.
 * CloseoutErrors and errors already translated pass through unchanged.
 */
export function storageError(error: unknown, schema: string): unknown {
  if (error instanceof PostgresStorageError || CloseoutError.isInstance(error)) return error;
  const sqlState = sqlStateOf(error);
  const message = messageOf(error);
  if (message === 'timeout exceeded when trying to connect') {
    return new PostgresStorageError(
      'No PostgreSQL connection became free within the pool’s connectionTimeoutMillis: every ' +
        'connection of the pool is in use. Raise the pool’s `max`, or look for connections held too long.',
      { cause: error },
    );
  }
  if (sqlState === '42P01' || sqlState === '3F000') {
    return new PostgresStorageError(
      `closeout's tables are missing from schema "${schema}": run migrate() before using the store (${message})`,
      { cause: error, sqlState },
    );
  }
  if (sqlState?.startsWith('08') || sqlState?.startsWith('57P') || CONNECTION_LOST.test(message)) {
    return new PostgresStorageError(
      `The PostgreSQL connection was lost (${message}); work not yet committed on it was rolled back`,
      { cause: error, sqlState },
    );
  }
  return new PostgresStorageError(`PostgreSQL storage failed: ${message}`, { cause: error, sqlState });
}

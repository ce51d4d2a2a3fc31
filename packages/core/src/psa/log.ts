import { type Logger, log } from '../util/logger.js';

/** What an adapter logs through: `(level, message, fields)`, never throwing. */
export type AdapterLog = (level: keyof Logger, message: string, fields?: Record<string, unknown>) => void;

/**
 * A log function for an adapter: each line goes to `logger[level](fields, message)` with
 * `lib: 'closeout'` and `psa` added, and a broken logger never breaks the call it reports on.
 * Fields must hold ids, codes and counts only, never a credential or note text.
 *
 * ```ts
 * import { adapterLog } from '@closeout/core/psa';
 *
 * const log = adapterLog(console, 'tessera');
 * log('debug', 'tessera: request', { operation: 'getTicket', status: 200 });
 * ```
 */
export function adapterLog(logger: Logger | undefined, psa: string): AdapterLog {
  return (level, message, fields = {}) => log(logger, level, message, { ...fields, psa });
}

/**
 * ky's `beforeRetry` hook, logging each retry at `warn` with the request's `context.operation`,
 * the retry count and the status (or the error's name): never the request, which holds the
 * credentials. Shaped without importing ky.
 */
export function retryLogHook(
  log: AdapterLog,
  message: string,
): (state: { options: { context?: unknown }; error: Error; retryCount: number }) => void {
  return ({ options, error, retryCount }) => {
    const response = (error as { response?: unknown }).response;
    const status = response instanceof Response ? response.status : undefined;
    log('warn', message, {
      operation: (options.context as { operation?: string } | undefined)?.operation,
      retryCount,
      status,
      error: status === undefined ? error.name : undefined,
    });
  };
}

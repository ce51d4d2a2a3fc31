import { isHTTPError, type RetryOptions } from 'ky';
import type { ResolvedOptions } from './options.js';

/** The wait a 429/503 asks for, in milliseconds, or undefined without a usable `Retry-After`. */
export function retryAfterMs(response: Response): number | undefined {
  const header = response.headers.get('retry-after');
  if (header === null) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * ky honours `Retry-After` but clamps a longer one to `maxRetryAfter` and tries again anyway, which
 * only earns another 429. Past the bound the call fails at once instead, retryable, and the error
 * carries the wait ConnectWise asked for.
 */
const asksTooLong = (error: Error, maxMs: number): boolean => {
  if (!isHTTPError(error)) return false;
  const wait = retryAfterMs(error.response);
  return wait !== undefined && wait > maxMs;
};

/**
 * GET and PATCH (`replace status/id` is idempotent) are retried on 429, honouring `Retry-After`
 * up to the bound, and on 502/503/504 and connection failures with exponential backoff and jitter.
 * A timeout is not retried: the caller's time is already spent.
 */
export function idempotentRetry(o: ResolvedOptions['retry']): RetryOptions {
  return {
    limit: o.limit,
    methods: ['get', 'patch'],
    statusCodes: [429, 502, 503, 504],
    afterStatusCodes: [429, 503],
    maxRetryAfter: o.maxRetryAfterMs,
    backoffLimit: o.maxDelayMs,
    delay: (attempt) => o.baseDelayMs * 2 ** (attempt - 1),
    jitter: true,
    retryOnTimeout: false,
    shouldRetry: ({ error }) => (asksTooLong(error, o.maxRetryAfterMs) ? false : undefined),
  };
}

/**
 * The note POST is not idempotent: once the request may have reached ConnectWise it is never
 * repeated (the failure surfaces as ambiguous and the writeback looks the note up instead). A 429
 * is the one answer that proves nothing was stored, so only it is retried.
 */
export function notePostRetry(o: ResolvedOptions['retry']): RetryOptions {
  return {
    limit: o.limit,
    methods: ['post'],
    statusCodes: [429],
    afterStatusCodes: [429],
    maxRetryAfter: o.maxRetryAfterMs,
    backoffLimit: o.maxDelayMs,
    delay: (attempt) => o.baseDelayMs * 2 ** (attempt - 1),
    jitter: true,
    retryOnTimeout: false,
    shouldRetry: ({ error }) =>
      isHTTPError(error) && error.response.status === 429 && !asksTooLong(error, o.maxRetryAfterMs)
        ? undefined
        : false,
  };
}

/**
 * Retry policies for adapters built on ky: its `retry` option, shaped here without importing ky
 * (core depends on zod alone). An adapter passes them as `retry:` on each request.
 *
 * @module
 */
import { z } from 'zod';
import { retryAfterMs } from './http-status.js';

/** How an adapter retries, as its users configure it. */
export interface PsaRetryOptions {
  /** Retries after the first attempt (default 2). */
  limit?: number;
  /** The first backoff delay in milliseconds; it doubles on each retry, with full jitter (default 300). */
  baseDelayMs?: number;
  /** The longest single backoff delay in milliseconds (default 5000). */
  maxDelayMs?: number;
  /**
   * The longest `Retry-After` the adapter waits, in milliseconds (default 30000). A 429 asking for
   * longer fails at once as a retryable `PsaRequestError` whose `details.retryAfterSeconds` says when
   * to come back, rather than holding the caller.
   */
  maxRetryAfterMs?: number;
}

/** The zod schema of {@link PsaRetryOptions}, with its defaults, for an adapter's options schema. */
export const PsaRetryOptionsSchema = z
  .object({
    limit: z.number().int().min(0).max(10).default(2),
    baseDelayMs: z.number().min(0).max(60_000).default(300),
    maxDelayMs: z.number().min(0).max(300_000).default(5_000),
    maxRetryAfterMs: z.number().min(0).max(600_000).default(30_000),
  })
  .strict()
  .default({ limit: 2, baseDelayMs: 300, maxDelayMs: 5_000, maxRetryAfterMs: 30_000 });

/** {@link PsaRetryOptions} with every default filled in. */
export type ResolvedRetryOptions = z.output<typeof PsaRetryOptionsSchema>;

/** ky's `retry` option, the members these policies set. */
export interface HttpRetryPolicy {
  limit: number;
  methods: string[];
  statusCodes: number[];
  afterStatusCodes: number[];
  maxRetryAfter: number;
  backoffLimit: number;
  delay: (attemptCount: number) => number;
  jitter: boolean;
  retryOnTimeout: boolean;
  /** ky's `shouldRetry`: `true` forces a retry, `false` refuses one, `undefined` leaves ky's checks. */
  shouldRetry: (state: {
    error: Error;
    retryCount: number;
  }) => boolean | undefined | Promise<boolean | undefined>;
}

/** The response an HTTP error carries (ky's `HTTPError`), found without importing ky. */
function responseOf(error: Error): Response | undefined {
  const response = (error as { response?: unknown }).response;
  return response instanceof Response ? response : undefined;
}

/**
 * ky honours `Retry-After` but clamps a longer one to `maxRetryAfter` and tries again anyway, which
 * only earns another 429. Past the bound the call fails at once instead, retryable, and the error
 * carries the wait the PSA asked for.
 */
function asksTooLong(error: Error, maxMs: number): boolean {
  const response = responseOf(error);
  const wait = response === undefined ? undefined : retryAfterMs(response.headers);
  return wait !== undefined && wait > maxMs;
}

const backoff = (o: ResolvedRetryOptions) => ({
  limit: o.limit,
  maxRetryAfter: o.maxRetryAfterMs,
  backoffLimit: o.maxDelayMs,
  delay: (attempt: number) => o.baseDelayMs * 2 ** (attempt - 1),
  jitter: true,
  // A timeout is not retried: the caller's time is already spent.
  retryOnTimeout: false,
});

/**
 * For calls that are safe to repeat (reads, and a status set, which sets rather than adds):
 * retried on 429 (honouring `Retry-After` up to the bound) and on 502/503/504 and connection
 * failures, with exponential backoff and jitter. `methods` lists the HTTP methods used that way
 * (default GET and PATCH; an API whose queries are POSTs adds `post` on a policy of their own).
 */
export function idempotentRetry(
  o: ResolvedRetryOptions,
  methods: readonly string[] = ['get', 'patch'],
): HttpRetryPolicy {
  return {
    ...backoff(o),
    methods: [...methods],
    statusCodes: [429, 502, 503, 504],
    afterStatusCodes: [429, 503],
    shouldRetry: ({ error }) => (asksTooLong(error, o.maxRetryAfterMs) ? false : undefined),
  };
}

/**
 * For a create without an idempotency key (a note POST): once the request may have reached the
 * PSA it is never repeated (the failure surfaces as ambiguous and the writeback looks the note up
 * instead). A 429 is the one answer that proves nothing was stored, so only it is retried.
 */
export function createRetry(o: ResolvedRetryOptions): HttpRetryPolicy {
  return {
    ...backoff(o),
    methods: ['post'],
    statusCodes: [429],
    afterStatusCodes: [429],
    shouldRetry: ({ error }) =>
      responseOf(error)?.status === 429 && !asksTooLong(error, o.maxRetryAfterMs) ? undefined : false,
  };
}

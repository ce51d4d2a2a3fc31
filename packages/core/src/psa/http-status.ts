/**
 * What an HTTP status says about a failed PSA call: whether trying again may help, and whether a
 * write may have taken effect although it failed.
 *
 * @module
 */

/** 408, 429 and every 5xx may pass on a later try; any other 4xx needs the request or the setup fixed. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/**
 * Whether a request with this method is a create that a repeat would duplicate. PUT, PATCH and
 * DELETE set a state and are safe to repeat; a POST creates (a note) unless the adapter says it
 * only queries.
 */
export function isNonIdempotent(method: string): boolean {
  return method.toUpperCase() === 'POST';
}

/**
 * Whether a failed answer leaves a create in doubt: a server fault or gateway error on a POST may
 * come after the record was stored. 429 and 503 are refusals before any work is done, and 4xx
 * answers prove nothing was stored.
 */
export function isAmbiguousStatus(method: string, status: number): boolean {
  return isNonIdempotent(method) && status >= 500 && status !== 503;
}

/**
 * The wait a `Retry-After` header asks for, in milliseconds (seconds or an HTTP date), or
 * `undefined` without a usable one.
 */
export function retryAfterMs(headers: Headers, now: () => number = Date.now): number | undefined {
  const header = headers.get('retry-after');
  if (header === null || header.trim() === '') return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now());
}

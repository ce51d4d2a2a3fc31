import { CloseoutError } from '../errors.js';

/**
 * True when a PSA call failed with an answer that proves it took no effect: a 4xx other than 408
 * (the request may still be processed) and 429 (rate limited, try later), on an error that is not
 * `ambiguous`. Adapters put the HTTP status in `details.status` of their `PsaRequestError`.
 *
 * A vendor whose refusals do not read as a 4xx (Autotask answers a validation failure with a 500;
 * an adapter that refuses before sending anything has no status at all) says so with
 * `details.refused: true`: the PSA stored nothing, so the next attempt may send other text.
 */
export function isDefinitiveRefusal(error: unknown): boolean {
  if (!CloseoutError.hasCode(error, 'PSA_REQUEST_FAILED')) return false;
  if (error.details.ambiguous === true) return false;
  if (error.details.refused === true) return true;
  const status = error.details.status;
  return typeof status === 'number' && status >= 400 && status < 500 && status !== 408 && status !== 429;
}

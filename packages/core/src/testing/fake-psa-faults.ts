import { PsaRequestError } from '../errors.js';
import { isRetryableStatus } from '../psa/http-status.js';
import type { PsaOperation } from './psa-harness.js';

/**
 * A fault the simulated PSA answers with.
 *
 * - `http`: the call fails with this HTTP status before it takes effect (429 carries
 *   `retryAfterSeconds`). 429 and 5xx are `retryable`, other 4xx are not.
 * - `lost_response`: the call takes effect (a note is stored, a status set) but its answer never
 *   arrives: an `ambiguous`, retryable `PsaRequestError`, like a timeout after the request was sent.
 * - `silent_status_rejection`: `setTicketStatus` only. The PSA answers OK and keeps the old status,
 *   the trap core's verification exists for.
 * - `wrong_visibility`: `addNote` only. The PSA answers OK but stores the note with the other
 *   visibility (an internal note becomes customer-visible, a customer-visible one internal), the
 *   trap core's note receipt exists for.
 */
export type FakePsaFault =
  | { type: 'http'; status: number; retryAfterSeconds?: number }
  | { type: 'lost_response' }
  | { type: 'silent_status_rejection' }
  | { type: 'wrong_visibility' };

const REASONS: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  409: 'Conflict',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  502: 'Bad Gateway',
  503: 'Service Unavailable',
  504: 'Gateway Timeout',
};

/** The error a PSA adapter throws for an HTTP error answer. */
export function httpFault(
  operation: PsaOperation,
  status: number,
  extra: { retryAfterSeconds?: number; message?: string; details?: Record<string, unknown> } = {},
): PsaRequestError {
  const reason = REASONS[status] ?? 'Error';
  return new PsaRequestError(
    `The PSA answered ${status} ${reason} to ${operation}${extra.message ? `: ${extra.message}` : ''}`,
    {
      retryable: isRetryableStatus(status),
      details: {
        operation,
        status,
        ...(extra.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: extra.retryAfterSeconds }),
        ...extra.details,
      },
    },
  );
}

/** The error for a call whose answer was lost after the PSA may have acted on it. */
export function lostResponse(operation: PsaOperation): PsaRequestError {
  return new PsaRequestError(`The PSA did not answer ${operation}; the request may have taken effect`, {
    retryable: true,
    ambiguous: true,
    details: { operation },
  });
}

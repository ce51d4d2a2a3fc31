import type { TicketRef } from '@closeout/core';
import { invalid } from './validation.js';

/** The provider name tickets are linked with. */
export const PROVIDER = 'connectwise';

const INT32_MAX = 2_147_483_647;

/**
 * ConnectWise ids are positive int32s; closeout's are strings. Converts at the edge so that a
 * malformed id is a `VALIDATION_FAILED` error before any request is made.
 */
export function parseId(value: unknown, path: string, what: string): number {
  // Status ids come from settings as text or, from a host that read them off ConnectWise, as the
  // numbers ConnectWise itself uses: both are accepted.
  if (typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= INT32_MAX) return value;
  if (typeof value === 'string' && /^[0-9]{1,10}$/.test(value.trim())) {
    const n = Number(value.trim());
    if (n >= 1 && n <= INT32_MAX) return n;
  }
  throw invalid(`A ConnectWise ${what} id is a positive whole number`, [
    { path, message: `must be a ConnectWise ${what} id (a positive whole number)` },
  ]);
}

/** The ticket's numeric id, after checking the reference belongs to ConnectWise. */
export function ticketIdOf(ref: TicketRef): number {
  if (typeof ref !== 'object' || ref === null) {
    throw invalid('A ticket reference is required', [{ path: 'ticket', message: 'must be {provider, id}' }]);
  }
  if (typeof ref.provider !== 'string' || ref.provider.trim().toLowerCase() !== PROVIDER) {
    throw invalid('The ticket is not a ConnectWise ticket', [
      { path: 'ticket.provider', message: `must be "${PROVIDER}"` },
    ]);
  }
  return parseId(ref.id, 'ticket.id', 'ticket');
}

import type { TicketRef } from '@closeout/core';
import { checkProvider, positiveIntId } from '@closeout/core/psa';

/** The provider name tickets are linked with. */
export const PROVIDER = 'halopsa';

/** How errors and log lines name the vendor. */
export const VENDOR = 'HaloPSA';

/** The ticket's numeric id, after checking the reference belongs to HaloPSA. */
export function ticketIdOf(ref: TicketRef): number {
  const { id } = checkProvider(ref, PROVIDER, VENDOR);
  return positiveIntId(id, { path: 'ticket.id', vendor: VENDOR, what: 'ticket' });
}

/** A status id as closeout passes it (a string, or a number from a loosely typed host). */
export function statusIdOf(value: unknown): number {
  return positiveIntId(typeof value === 'number' ? String(value) : value, {
    path: 'statusId',
    vendor: VENDOR,
    what: 'status',
  });
}

import type { TicketRef } from '@closeout/core';
import { checkProvider, positiveIntId } from '@closeout/core/psa';

/** The provider name tickets are linked with. */
export const PROVIDER = 'autotask';

/** An Autotask id (ticket, status) from closeout's string id; malformed is `VALIDATION_FAILED` before any request. */
export const parseId = (value: unknown, path: string, what: string): number =>
  positiveIntId(value, { path, vendor: 'Autotask', what });

/** The ticket's numeric id, after checking the reference belongs to Autotask. */
export function ticketIdOf(ref: TicketRef): number {
  return parseId(checkProvider(ref, PROVIDER, 'Autotask').id, 'ticket.id', 'ticket');
}

import type { TicketRef } from '@closeout/core';
import { checkProvider, type PsaCall, positiveIntId } from '@closeout/core/psa';

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
  const id = typeof value === 'number' ? String(value) : value;
  return positiveIntId(id, { path: 'statusId', vendor: VENDOR, what: 'status' });
}

/** The calls a repeat could duplicate: the action POSTs, a note or a time entry. */
const CREATES = new Set(['addNote', 'addTimeEntry']);

/** A Halo call as errors name it. */
export function haloCall(operation: string, doing: string, ticketId?: number, method = 'GET'): PsaCall {
  const details = ticketId === undefined ? {} : { details: { ticketId } };
  return { vendor: VENDOR, operation, method, doing, creates: CREATES.has(operation), ...details };
}

/** An agent id (`psaMember`'s answer) as Halo takes it in `actionby_agent_id`. */
export function agentIdOf(value: string, path: string): number {
  return positiveIntId(value, { path, vendor: VENDOR, what: 'agent' });
}

import type { PsaAdapter } from '../psa/adapter.js';
import { withSpan } from './tracer.js';

/** The adapter methods core calls, with the operation name their spans carry. */
const OPERATIONS = {
  getTicket: 'get_ticket',
  addNote: 'add_note',
  setTicketStatus: 'set_status',
  findNote: 'find_note',
  listStatuses: 'list_statuses',
  addTimeEntry: 'add_time_entry',
  findTimeEntry: 'find_time_entry',
  getTimeEntry: 'get_time_entry',
  checkTimeEntry: 'check_time_entry',
} as const;

/**
 * The adapter with a client span around every call core makes (`psa add_note`, …), so a host sees
 * each PSA request and its outcome without the adapter doing anything. Attributes name the
 * provider, the operation and the ticket; never note text or credentials.
 */
export function tracedPsa(psa: PsaAdapter, accountId: string): PsaAdapter {
  // The adapter stays the prototype, so every other member reads through; the traced methods are
  // defined on the wrapper (an adapter may be frozen, which forbids assigning over its methods).
  const traced = Object.create(psa) as PsaAdapter;
  for (const [method, operation] of Object.entries(OPERATIONS)) {
    const original = (psa as unknown as Record<string, unknown>)[method];
    if (typeof original !== 'function') continue;
    const call = (ref: { id: string }, ...rest: unknown[]) =>
      withSpan(
        `psa ${operation}`,
        {
          kind: 'client',
          attributes: {
            'closeout.account.id': accountId,
            'closeout.psa.provider': psa.provider,
            'closeout.psa.operation': operation,
            'closeout.ticket.id': ref?.id,
          },
        },
        () => (original as (...args: unknown[]) => Promise<unknown>).call(psa, ref, ...rest),
      );
    Object.defineProperty(traced, method, {
      value: call,
      enumerable: true,
      configurable: true,
      writable: true,
    });
  }
  return traced;
}

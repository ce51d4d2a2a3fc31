import type { PsaAdapter, TicketRef } from '@closeout/core';
import { fakePsa } from '@closeout/core/fake-psa';

/** A simulated PSA for trying the server: its ids of the Resolved and Escalated statuses, and the adapter. */
export interface SimulatedPsa {
  adapter: PsaAdapter;
  resolvedStatusId: string;
  escalatedStatusId: string;
}

/**
 * An in-memory PSA (`fakePsa`) under the provider name `provider`, on which any ticket id exists:
 * a ticket is created on its first use, in status "New". Its tickets and notes live in the process
 * and are gone on restart; closeout's sessions are in the database and stay.
 */
export function simulatedPsa(provider: string): SimulatedPsa {
  const psa = fakePsa({ provider });
  const known = new Set<string>();
  const ensure = (ref: TicketRef): TicketRef => {
    if (!known.has(ref.id)) {
      psa.createTicket({ id: ref.id, summary: `Simulated ticket ${ref.id}` });
      known.add(ref.id);
    }
    return ref;
  };
  const adapter: PsaAdapter = {
    provider,
    getTicket: (ref) => psa.getTicket(ensure(ref)),
    addNote: (ref, note) => psa.addNote(ensure(ref), note),
    setTicketStatus: (ref, statusId) => psa.setTicketStatus(ensure(ref), statusId),
    findNote: (ref, query) => psa.findNote(ensure(ref), query),
    listStatuses: (ref) => psa.listStatuses(ensure(ref)),
    ...(psa.noteFormat === undefined ? {} : { noteFormat: psa.noteFormat }),
  };
  return {
    adapter,
    resolvedStatusId: psa.statusId('Resolved'),
    escalatedStatusId: psa.statusId('Escalated'),
  };
}

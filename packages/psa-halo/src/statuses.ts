import { z } from 'zod';
import type { HaloHttp } from './http.js';
import { StatusWire } from './wire.js';

/**
 * `GET /api/Status?type=ticket&ticket_id=…`: the statuses the ticket's type may take. Halo's
 * statuses carry no closed flag; the adapter adds it.
 */
export async function fetchStatuses(
  http: HaloHttp,
  ticketId: number,
): Promise<Array<{ id: number; name: string }>> {
  const statuses = await http.json(
    { operation: 'listStatuses', doing: `listing the statuses of ticket ${ticketId}`, ticketId },
    { method: 'GET', path: 'Status', searchParams: { type: 'ticket', ticket_id: ticketId } },
    z.array(StatusWire),
  );
  return statuses.map((s) => ({ id: s.id, name: s.name ?? '' }));
}

import type { PsaTicket } from '@closeout/core';
import { z } from 'zod';
import type { HaloHttp } from './http.js';
import { haloCall } from './ids.js';
import { StatusWire, TicketWire } from './wire.js';

/** `GET /api/Tickets/{id}`. */
export function fetchTicket(http: HaloHttp, ticketId: number): Promise<TicketWire> {
  return http.json(
    haloCall('getTicket', `reading ticket ${ticketId}`, ticketId),
    `Tickets/${ticketId}`,
    TicketWire,
  );
}

/** Halo's ticket, with string ids as closeout speaks them; `closed` is Halo's `hasbeenclosed`. */
export function toPsaTicket(wire: TicketWire): PsaTicket {
  return {
    id: String(wire.id),
    status: { id: String(wire.status_id), name: wire.status_name ?? '' },
    ...(typeof wire.hasbeenclosed === 'boolean' ? { closed: wire.hasbeenclosed } : {}),
  };
}

/**
 * `POST /api/Tickets [{id, status_id}]`: Halo takes every write as an array. A workflow may keep
 * the old status although Halo answers 200: this call never checks, core re-reads the ticket.
 * Setting a status is safe to repeat, so it is retried like a read.
 */
export async function postStatus(http: HaloHttp, ticketId: number, statusId: number): Promise<void> {
  const call = haloCall('setTicketStatus', `setting the status of ticket ${ticketId}`, ticketId, 'POST');
  await http.send(call, 'Tickets', { method: 'POST', json: [{ id: ticketId, status_id: statusId }] });
}

/**
 * `GET /api/Status?type=ticket&ticket_id=…`: the statuses the ticket's type may take. Halo's
 * statuses carry no closed flag; the adapter adds it.
 */
export function fetchStatuses(http: HaloHttp, ticketId: number): Promise<StatusWire[]> {
  return http.json(
    haloCall('listStatuses', `listing the statuses of ticket ${ticketId}`, ticketId),
    'Status',
    z.array(StatusWire),
    { searchParams: { type: 'ticket', ticket_id: ticketId } },
  );
}

import type { PsaTicket } from '@closeout/core';
import type { ConnectWiseHttp } from './http.js';
import { TicketWire } from './wire.js';

/** Only what closeout reads; ConnectWise tickets carry a hundred more fields. */
export const TICKET_FIELDS = 'id,status,board,closedFlag';

/** `GET /service/tickets/{id}?fields=id,status,board,closedFlag`. */
export async function fetchTicket(http: ConnectWiseHttp, ticketId: number): Promise<TicketWire> {
  const { data } = await http.json(
    { operation: 'getTicket', method: 'GET', ticketId },
    { method: 'GET', path: `service/tickets/${ticketId}`, searchParams: { fields: TICKET_FIELDS } },
    TicketWire,
  );
  return data;
}

/** ConnectWise's ticket, with string ids as closeout speaks them. */
export function toPsaTicket(wire: TicketWire): PsaTicket {
  return {
    id: String(wire.id),
    status: { id: String(wire.status.id), name: wire.status.name },
    ...(wire.board ? { boardId: String(wire.board.id) } : {}),
    ...(typeof wire.closedFlag === 'boolean' ? { closed: wire.closedFlag } : {}),
  };
}

/**
 * `PATCH /service/tickets/{id}` with `[{op:'replace', path:'status/id', value}]`. ConnectWise may
 * answer 200 and keep the old status (workflow rules, required fields): this call never checks,
 * core re-fetches the ticket. Returns the board id when the answer names it.
 */
export async function patchStatus(
  http: ConnectWiseHttp,
  ticketId: number,
  statusId: number,
): Promise<number | undefined> {
  const response = await http.send(
    { operation: 'setTicketStatus', method: 'PATCH', ticketId },
    {
      method: 'PATCH',
      path: `service/tickets/${ticketId}`,
      json: [{ op: 'replace', path: 'status/id', value: statusId }],
    },
  );
  try {
    const parsed = TicketWire.safeParse(await response.json());
    return parsed.success ? parsed.data.board?.id : undefined;
  } catch {
    // The status change was accepted; an unreadable echo of the ticket changes nothing.
    return undefined;
  }
}

import type { PsaStatus } from '@closeout/core';
import type { ConnectWiseHttp } from './http.js';
import { BoardStatusWire } from './wire.js';

/**
 * The statuses a ticket on the board may take: `GET /service/boards/{id}/statuses`, every page.
 * Inactive statuses are left out, since ConnectWise refuses to set them.
 */
export async function fetchBoardStatuses(
  http: ConnectWiseHttp,
  boardId: number,
  ticketId: number | undefined,
): Promise<PsaStatus[]> {
  const statuses = await http.list(
    { operation: 'listStatuses', method: 'GET', boardId, ticketId },
    `service/boards/${boardId}/statuses`,
    { fields: 'id,name,closedStatus,inactive' },
    BoardStatusWire,
  );
  return statuses
    .filter((s) => s.inactive !== true)
    .map((s) => ({ id: String(s.id), name: s.name, closed: s.closedStatus === true }));
}

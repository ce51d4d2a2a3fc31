/**
 * ConnectWise's words for the toolkit's error mapping (`@closeout/core/psa`): what each call was
 * doing, which security-role permission a 403 points at, and the fields of its error body. A 429
 * comes from ConnectWise Cloud's edge (Cloudflare), not from ConnectWise: an HTML page with
 * `Retry-After`, never read as ConnectWise JSON.
 * Retryable, ambiguous, `Retry-After` and the scrubbed transport cause come from the toolkit.
 *
 * @module
 */
import type { PsaRequestError } from '@closeout/core';
import {
  type CredentialScrubber,
  outsideText,
  type PsaCall,
  readErrorBody,
  responseError,
  retryAfterSeconds,
  transportError,
  unexpectedAnswer as unexpected,
} from '@closeout/core/psa';
import { ErrorWire } from './wire.js';

/** The adapter calls, named as in `PsaAdapter`, plus the one-time codebase discovery. */
export type Operation =
  | 'discoverCodebase'
  | 'getTicket'
  | 'addNote'
  | 'setTicketStatus'
  | 'findNote'
  | 'listStatuses'
  | 'getNote'
  | 'addTimeEntry'
  | 'findTimeEntry'
  | 'getTimeEntry';

/** What a request was for; it names the failure. */
export interface Target {
  operation: Operation;
  method: string;
  ticketId?: number;
  boardId?: number;
}

/** A ConnectWise field-level error, as listed in `details.fieldErrors`. */
export interface FieldError {
  field?: string;
  code?: string;
  message?: string;
  resource?: string;
}

function subject(t: Target): string {
  const ticket = t.ticketId === undefined ? 'the ticket' : `ticket ${t.ticketId}`;
  switch (t.operation) {
    case 'discoverCodebase':
      return 'looking up the company info';
    case 'getTicket':
      return `reading ${ticket}`;
    case 'addNote':
      return `posting a note on ${ticket}`;
    case 'setTicketStatus':
      return `setting the status of ${ticket}`;
    case 'findNote':
      return `listing the notes of ${ticket}`;
    case 'addTimeEntry':
      return `logging time on ${ticket}`;
    case 'findTimeEntry':
      return `listing the time entries of ${ticket}`;
    case 'getTimeEntry':
      return `reading a time entry of ${ticket}`;
    case 'getNote':
      return `reading a note of ${ticket}`;
    case 'listStatuses':
      return t.boardId === undefined
        ? `listing the board statuses of ${ticket}`
        : `listing the statuses of board ${t.boardId}`;
  }
}

/** The toolkit's view of a ConnectWise request. */
export function callOf(t: Target): PsaCall {
  return {
    vendor: 'ConnectWise',
    operation: t.operation,
    method: t.method,
    doing: subject(t),
    details: { ticketId: t.ticketId, boardId: t.boardId },
  };
}

// What the API member's security role needs for each call (System › Security Roles in ConnectWise).
const PERMISSION: Record<Operation, string> = {
  discoverCodebase: 'nothing (company info is public): check the site',
  getTicket: 'Service Desk › Service Tickets, Inquire level',
  addNote: 'Service Desk › Service Tickets, Add and Edit levels',
  setTicketStatus:
    'Service Desk › Service Tickets, Edit level (and Service Desk › Close Service Tickets for a closed status)',
  findNote: 'Service Desk › Service Tickets, Inquire level',
  getNote: 'Service Desk › Service Tickets, Inquire level',
  listStatuses: 'System › Table Setup, Inquire level (customised to allow Service / Service Board)',
  addTimeEntry: 'Time & Expense › Time Entry, Add level (and Add for other members to log as a technician)',
  findTimeEntry: 'Time & Expense › Time Entry, Inquire level',
  getTimeEntry: 'Time & Expense › Time Entry, Inquire level',
};

function message(status: number, target: Target, said: string, fields: string, retryAfter?: number) {
  const what = subject(target);
  if (status === 401) {
    return (
      `ConnectWise rejected the API credentials (401) while ${what}: check companyId, publicKey and ` +
      `privateKey (an API member's keys, System › Members › API Members) and the clientId`
    );
  }
  if (status === 403) {
    return (
      `ConnectWise refused ${what} (403): the API member's security role needs ${PERMISSION[target.operation]}` +
      `; a clientId not registered for this integration is refused too`
    );
  }
  if (status === 404 && target.operation === 'listStatuses' && target.boardId !== undefined) {
    return `ConnectWise board ${target.boardId} was not found (404) while ${what}`;
  }
  if (status === 404 && target.ticketId !== undefined) {
    return (
      `ConnectWise ticket ${target.ticketId} was not found (404) while ${what}; ` +
      `it may be deleted, or on a board the API member cannot see`
    );
  }
  if (status === 429) {
    return (
      `ConnectWise rate-limited ${what} (429, answered by its edge, Cloudflare)` +
      (retryAfter === undefined ? '' : `; retry after ${retryAfter}s`)
    );
  }
  return `ConnectWise answered ${status} while ${what}${said ? `: ${said}` : ''}${fields ? ` (${fields})` : ''}`;
}

/** Maps a non-2xx ConnectWise answer. */
export async function fromResponse(
  response: Response,
  target: Target,
  redact: CredentialScrubber,
): Promise<PsaRequestError> {
  // The edge's pages (a 429, a gateway error) are HTML: never read as ConnectWise's JSON.
  const edge = /\bhtml\b/i.test(response.headers.get('content-type') ?? '');
  const body = edge ? undefined : await readErrorBody(response, ErrorWire);
  const code = outsideText(body?.code, redact);
  const cwMessage = outsideText(body?.message, redact);
  const fieldErrors: FieldError[] = (body?.errors ?? []).map((e) => ({
    field: outsideText(e.field, redact),
    code: outsideText(e.code, redact),
    message: outsideText(e.message, redact),
    resource: outsideText(e.resource, redact),
  }));
  const fields = fieldErrors.map((f) => `${f.field ?? '?'}: ${f.message ?? f.code ?? 'invalid'}`).join('; ');
  const said = [code, cwMessage].filter(Boolean).join(': ');
  return responseError(response, callOf(target), {
    message: message(response.status, target, said, fields, retryAfterSeconds(response)),
    details: {
      connectwiseCode: code,
      connectwiseMessage: cwMessage,
      fieldErrors: fieldErrors.length > 0 ? fieldErrors : undefined,
      requestId: outsideText(response.headers.get('x-cw-request-id'), redact),
      edge: edge ? true : undefined,
      cfRay: outsideText(response.headers.get('cf-ray'), redact),
    },
  });
}

/** Maps a timeout or a connection failure (no HTTP answer at all). */
export function fromTransport(error: unknown, target: Target, redact: CredentialScrubber): PsaRequestError {
  return transportError(error, callOf(target), redact);
}

/** A 2xx answer that is not what the API documents (an HTML page, a missing id). */
export function unexpectedAnswer(target: Target, problem: string, status: number): PsaRequestError {
  return unexpected(callOf(target), problem, status);
}

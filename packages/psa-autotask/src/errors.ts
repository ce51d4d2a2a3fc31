/**
 * Autotask's words for the toolkit's error mapping (`@closeout/core/psa`). Autotask answers a
 * validation failure (a required field, an inactive status, a missing note title) with HTTP 500
 * and `{errors: ["…"]}`: that is a refusal, not a server fault, so it is not retryable and a note
 * it refused was not stored. A 500 without that body is a server fault like any other.
 *
 * @module
 */
import { PsaRequestError } from '@closeout/core';
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
import { ErrorsWire } from './wire.js';

/** The adapter calls, named as in `PsaAdapter`, plus the lookups they need. */
export type Operation =
  | 'discoverZone'
  | 'readPicklists'
  | 'getTicket'
  | 'addNote'
  | 'setResolution'
  | 'setTicketStatus'
  | 'findNote'
  | 'listStatuses'
  | 'getNote';

/** What a request was for; it names the failure. */
export interface Target {
  operation: Operation;
  method: 'GET' | 'POST' | 'PATCH';
  ticketId?: number;
  /** A POST that only reads (a query): never ambiguous. */
  query?: boolean;
  /** The entity whose fields are read, for `readPicklists`. */
  entity?: string;
}

function subject(t: Target): string {
  const ticket = t.ticketId === undefined ? 'the ticket' : `ticket ${t.ticketId}`;
  switch (t.operation) {
    case 'discoverZone':
      return 'looking up the API zone';
    case 'readPicklists':
      return `reading the ${t.entity ?? ''} picklists`;
    case 'getTicket':
      return `reading ${ticket}`;
    case 'addNote':
      return `posting a note on ${ticket}`;
    case 'setResolution':
      return `writing the resolution of ${ticket}`;
    case 'setTicketStatus':
      return `setting the status of ${ticket}`;
    case 'findNote':
      return `querying the notes of ${ticket}`;
    case 'listStatuses':
      return 'reading the ticket status picklist';
    case 'getNote':
      return `reading a note of ${ticket}`;
  }
}

// What the API user's security level needs for each call (Admin › Resources › Security Levels).
const PERMISSION: Record<Operation, string> = {
  discoverZone: 'nothing (zone information is public): check the user name',
  readPicklists: 'API access (an API-only security level)',
  getTicket: 'Service Desk › Tickets: View (All) for the ticket’s queue',
  addNote: 'Service Desk › Tickets: Edit, and Ticket Notes: Add',
  setResolution: 'Service Desk › Tickets: Edit',
  setTicketStatus: 'Service Desk › Tickets: Edit (and Complete, for the Complete status)',
  findNote: 'Service Desk › Tickets: View (All)',
  listStatuses: 'API access (an API-only security level)',
  getNote: 'Service Desk › Tickets: View (All)',
};

/** The toolkit's view of an Autotask request. */
export function callOf(t: Target): PsaCall {
  return {
    vendor: 'Autotask',
    operation: t.operation,
    method: t.method,
    doing: subject(t),
    creates: t.method === 'POST' && t.query !== true,
    details: { ticketId: t.ticketId },
  };
}

// ASP.NET's answer to an unhandled exception has no `errors`; a validation failure always has some.
const isValidation = (status: number, errors: string[]) => status === 500 && errors.length > 0;

/** Maps a non-2xx Autotask answer. */
export async function fromResponse(
  response: Response,
  target: Target,
  redact: CredentialScrubber,
): Promise<PsaRequestError> {
  const status = response.status;
  const body = await readErrorBody(response, ErrorsWire);
  const errors = (body?.errors ?? []).slice(0, 20).map((e) => outsideText(e, redact) ?? '');
  const said = errors.join('; ');
  const what = subject(target);
  const call = callOf(target);
  const details = { autotaskErrors: errors.length > 0 ? errors : undefined };

  if (isValidation(status, errors)) {
    return responseError(response, call, {
      message: `Autotask refused ${what}: ${said}`,
      retryable: false,
      ambiguous: false,
      details: { ...details, reason: 'vendor_validation', refused: true },
    });
  }
  let message: string | undefined;
  if (status === 401) {
    message =
      `Autotask rejected the API credentials (401) while ${what}: check username, secret and ` +
      'integrationCode (an API-only resource and its tracking identifier), and the zone';
  } else if (status === 403) {
    message = `Autotask refused ${what} (403): the API user's security level needs ${PERMISSION[target.operation]}`;
  } else if (status === 404 && target.ticketId !== undefined) {
    message = `Autotask has no ticket ${target.ticketId} (404) while ${what}`;
  } else if (status === 429) {
    const wait = retryAfterSeconds(response);
    message =
      `Autotask refused ${what} (429): the thread limit (3 concurrent requests per endpoint per ` +
      'integration) or the database-wide limit (10,000 requests an hour, shared by every integration of ' +
      `the tenant) was reached${wait === undefined ? '' : `; retry after ${wait}s`}`;
  }
  return responseError(response, call, { message, vendorMessage: said || undefined, details });
}

/** Maps a timeout or a connection failure (no complete HTTP answer). */
export function fromTransport(error: unknown, target: Target, redact: CredentialScrubber): PsaRequestError {
  return transportError(error, callOf(target), redact);
}

/** A 2xx answer that is not what the API documents. */
export function unexpectedAnswer(target: Target, problem: string, status: number): PsaRequestError {
  return unexpected(callOf(target), problem, status);
}

/** `GET /Tickets/{id}` answered `{item: null}`: the ticket does not exist, or the API user cannot see it. */
export function ticketNotFound(ticketId: number, operation: Operation): PsaRequestError {
  return new PsaRequestError(
    `Autotask has no ticket ${ticketId} the API user can see: it may be deleted, or in a queue the ` +
      "user's security level does not reach (restricted API users get empty answers, not errors)",
    { retryable: false, details: { operation, ticketId, reason: 'not_found' } },
  );
}

/**
 * Autotask's words for the toolkit's error mapping (`@closeout/core/psa`). Autotask answers a
 * validation failure (a required field, an inactive status, a missing note title) with HTTP 500
 * and `{errors: ["…"]}`: that is a refusal, not a server fault, so it is not retryable and a note
 * it refused was not stored. The thread limit (Itgenatr005) comes as 429 or as that same 500: it is
 * retryable and never a refusal. A 500 without a body is a server fault like any other; an HTML 404
 * is the zone's web server refusing a route, a configuration problem.
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
  | 'readThreshold'
  | 'getNote'
  | 'addTimeEntry'
  | 'findTimeEntry'
  | 'getTimeEntry';

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
    case 'readThreshold':
      return "reading the tenant's request use";
    case 'addTimeEntry':
      return `logging time on ${ticket}`;
    case 'findTimeEntry':
      return `querying the time entries of ${ticket}`;
    case 'getTimeEntry':
      return `reading a time entry of ${ticket}`;
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
  readThreshold: 'API access (an API-only security level)',
  addTimeEntry: 'Time Entries: Add (and impersonation of the resource the time is logged for)',
  findTimeEntry: 'Time Entries: View',
  getTimeEntry: 'Time Entries: View',
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

/** Why Autotask refused a call for its limits, read from its `errors`, or `undefined`. */
export type LimitRefusal = 'thread_limit' | 'request_threshold';

// The thread limit (3 concurrent requests per endpoint per integration) answers "thread threshold …
// exceeded (Itgenatr005)", as 429 or as 500 with `errors`; the hourly limit of the database "request
// threshold … exceeded". Neither is a validation refusal: nothing was stored.
const THREAD_LIMIT = /Itgenatr005|thread threshold/i;
const REQUEST_THRESHOLD = /request threshold/i;

/** Which limit an error answer's `errors` name, if any. */
export function limitRefusal(status: number, errors: readonly string[]): LimitRefusal | undefined {
  if (status !== 429 && status !== 500) return undefined;
  if (errors.some((e) => THREAD_LIMIT.test(e))) return 'thread_limit';
  if (errors.some((e) => REQUEST_THRESHOLD.test(e))) return 'request_threshold';
  // A bare 429 is the thread limit: the hourly threshold says so in its message.
  return status === 429 ? 'thread_limit' : undefined;
}

/** Reads an error answer's `errors` (empty when there are none, or the body is not Autotask's JSON). */
export async function errorsOf(response: Response): Promise<string[]> {
  return (await readErrorBody(response, ErrorsWire))?.errors ?? [];
}

// ASP.NET's answer to an unhandled exception has no `errors`; a validation failure always has some.
const isValidation = (status: number, errors: string[]) => status === 500 && errors.length > 0;

/** An HTML page: the web server answered, not the API. */
const isHtml = (response: Response, text: string) =>
  /\bhtml\b/i.test(response.headers.get('content-type') ?? '') || /^\s*</.test(text);

/** Maps a non-2xx Autotask answer. */
export async function fromResponse(
  response: Response,
  target: Target,
  redact: CredentialScrubber,
): Promise<PsaRequestError> {
  const status = response.status;
  const text = await response
    .clone()
    .text()
    .catch(() => '');
  const raw = await errorsOf(response);
  const errors = raw.slice(0, 20).map((e) => outsideText(e, redact) ?? '');
  const said = errors.join('; ');
  const what = subject(target);
  const call = callOf(target);
  const details = { autotaskErrors: errors.length > 0 ? errors : undefined };

  if (status === 404 && isHtml(response, text)) {
    // The zone's web server, not the API, refused the route: one zone answers a collection
    // `PATCH /Tickets` this way. Retrying cannot help, and the ticket is not missing.
    return responseError(response, call, {
      message:
        `Autotask's zone answered ${target.method} while ${what} with the web server's HTML 404, not an API ` +
        'answer: this zone does not serve the call. Check `zoneUrl` (the REST base named by zoneInformation), ' +
        'or ask Autotask support whether the zone serves it',
      retryable: false,
      ambiguous: false,
      details: { reason: 'configuration' },
    });
  }
  const limit = limitRefusal(status, raw);
  if (limit === 'thread_limit') {
    return responseError(response, call, {
      message:
        `Autotask refused ${what} for its thread limit (3 concurrent requests per endpoint per integration, ` +
        'Itgenatr005); nothing was stored, try again shortly',
      retryable: true,
      ambiguous: false,
      details: { ...details, reason: 'thread_limit' },
    });
  }
  if (limit === 'request_threshold') {
    const wait = retryAfterSeconds(response);
    return responseError(response, call, {
      message:
        `Autotask refused ${what}: the database's request threshold (10,000 requests an hour, shared by ` +
        `every integration of the tenant) is spent; nothing was stored${wait === undefined ? '' : `; retry after ${wait}s`}`,
      retryable: true,
      ambiguous: false,
      details: { ...details, reason: 'rate_limited', limit: 'request_threshold' },
    });
  }
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

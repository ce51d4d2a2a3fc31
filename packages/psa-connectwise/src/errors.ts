/**
 * Turns every way a ConnectWise call can fail into a `PsaRequestError` that says what was being
 * done, whether trying again may help (`retryable`) and whether a write may have landed although no
 * answer came back (`ambiguous`). Nothing from the request (headers, credentials) is carried over:
 * ky's errors hold the request with its `Authorization` header, so they are never kept as a cause.
 *
 * @module
 */
import { PsaRequestError } from '@closeout/core';
import { retryAfterMs } from './retry.js';
import { ErrorWire } from './wire.js';

/** The adapter calls, named as in `PsaAdapter`, plus the one-time codebase discovery. */
export type Operation =
  | 'discoverCodebase'
  | 'getTicket'
  | 'addNote'
  | 'setTicketStatus'
  | 'findNote'
  | 'listStatuses';

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

type Redact = (text: string) => string;

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
    case 'listStatuses':
      return t.boardId === undefined
        ? `listing the board statuses of ${ticket}`
        : `listing the statuses of board ${t.boardId}`;
  }
}

// What the API member's security role needs for each call (System › Security Roles in ConnectWise).
const PERMISSION: Record<Operation, string> = {
  discoverCodebase: 'nothing (company info is public): check the site',
  getTicket: 'Service Desk › Service Tickets, Inquire level',
  addNote: 'Service Desk › Service Tickets, Add and Edit levels',
  setTicketStatus:
    'Service Desk › Service Tickets, Edit level (and Service Desk › Close Service Tickets for a closed status)',
  findNote: 'Service Desk › Service Tickets, Inquire level',
  listStatuses: 'System › Table Setup, Inquire level (customised to allow Service / Service Board)',
};

/** A write whose request may have reached ConnectWise: only the note POST is not idempotent. */
const isNonIdempotent = (t: Target) => t.method.toUpperCase() === 'POST';

async function readErrorBody(response: Response): Promise<ErrorWire | undefined> {
  try {
    const text = (await response.text()).slice(0, 20_000);
    const parsed = ErrorWire.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

const clean = (value: string | null | undefined, redact: Redact): string | undefined =>
  value === null || value === undefined ? undefined : redact(value).slice(0, 500);

/** Maps a non-2xx ConnectWise answer. */
export async function fromResponse(
  response: Response,
  target: Target,
  redact: Redact,
): Promise<PsaRequestError> {
  const status = response.status;
  const body = await readErrorBody(response);
  const code = clean(body?.code, redact);
  const cwMessage = clean(body?.message, redact);
  const fieldErrors: FieldError[] = (body?.errors ?? []).map((e) => ({
    field: clean(e.field, redact),
    code: clean(e.code, redact),
    message: clean(e.message, redact),
    resource: clean(e.resource, redact),
  }));
  const waitMs = retryAfterMs(response);
  const retryAfter = waitMs === undefined ? undefined : Math.ceil(waitMs / 1000);
  const what = subject(target);
  const fields = fieldErrors.map((f) => `${f.field ?? '?'}: ${f.message ?? f.code ?? 'invalid'}`).join('; ');
  const said = [code, cwMessage].filter(Boolean).join(': ');

  let message: string;
  if (status === 401) {
    message =
      `ConnectWise rejected the API credentials (401) while ${what}: check companyId, publicKey and ` +
      `privateKey (an API member's keys, System › Members › API Members) and the clientId`;
  } else if (status === 403) {
    message =
      `ConnectWise refused ${what} (403): the API member's security role needs ${PERMISSION[target.operation]}` +
      `; a clientId not registered for this integration is refused too`;
  } else if (status === 404 && target.operation === 'listStatuses' && target.boardId !== undefined) {
    message = `ConnectWise board ${target.boardId} was not found (404) while ${what}`;
  } else if (status === 404 && target.ticketId !== undefined) {
    message =
      `ConnectWise ticket ${target.ticketId} was not found (404) while ${what}; ` +
      `it may be deleted, or on a board the API member cannot see`;
  } else if (status === 429) {
    message = `ConnectWise rate-limited ${what} (429)${retryAfter === undefined ? '' : `; retry after ${retryAfter}s`}`;
  } else {
    message = `ConnectWise answered ${status} while ${what}${said ? `: ${said}` : ''}${fields ? ` (${fields})` : ''}`;
  }

  const retryable = status === 408 || status === 429 || status >= 500;
  // A gateway error or server fault on the note POST may come after the note was stored; 429 and
  // 503 are refusals before any work is done.
  const ambiguous = isNonIdempotent(target) && status >= 500 && status !== 503;
  return new PsaRequestError(message, {
    retryable,
    ambiguous,
    details: compact({
      operation: target.operation,
      status,
      connectwiseCode: code,
      connectwiseMessage: cwMessage,
      fieldErrors: fieldErrors.length > 0 ? fieldErrors : undefined,
      ticketId: target.ticketId,
      boardId: target.boardId,
      retryAfterSeconds: retryAfter,
      requestId: clean(response.headers.get('x-cw-request-id'), redact),
    }),
  });
}

// Failures that happen before a byte of the request is sent: repeating the call is always safe.
const NOT_SENT = new Set([
  'ECONNREFUSED',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ENETUNREACH',
  'EHOSTUNREACH',
  'UND_ERR_CONNECT_TIMEOUT',
  'CERT_HAS_EXPIRED',
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'ERR_TLS_CERT_ALTNAME_INVALID',
]);

interface Link {
  name: string;
  message: string;
  code?: string;
}

/** The error and its causes as plain facts; undici hides the socket error under `TypeError: fetch failed`. */
function chain(error: unknown): Link[] {
  const out: Link[] = [];
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current !== undefined && current !== null; depth++) {
    if (typeof current === 'object') {
      const o = current as { name?: unknown; message?: unknown; code?: unknown; cause?: unknown };
      out.push({
        name: typeof o.name === 'string' ? o.name : 'Error',
        message: typeof o.message === 'string' ? o.message : '',
        code: typeof o.code === 'string' ? o.code : undefined,
      });
      current = o.cause;
    } else {
      out.push({ name: 'Error', message: String(current) });
      break;
    }
  }
  return out;
}

/** A credential-free stand-in for a transport error, kept as the `cause`. */
function safeCause(links: Link[], redact: Redact): Error | undefined {
  let cause: Error | undefined;
  for (const link of [...links].reverse()) {
    const e = new Error(redact(`${link.name}: ${link.message}`).slice(0, 500), cause ? { cause } : undefined);
    if (link.code) Object.assign(e, { code: link.code });
    cause = e;
  }
  return cause;
}

/** Maps a timeout or a connection failure (no HTTP answer at all). */
export function fromTransport(error: unknown, target: Target, redact: Redact): PsaRequestError {
  const links = chain(error);
  const timedOut = links.some((l) => l.name === 'TimeoutError');
  const code = links.find((l) => l.code)?.code;
  const notSent = !timedOut && code !== undefined && NOT_SENT.has(code);
  const ambiguous = isNonIdempotent(target) && !notSent;
  const what = subject(target);
  const message = timedOut
    ? `ConnectWise did not answer in time while ${what}`
    : `The connection to ConnectWise failed while ${what}${code ? ` (${code})` : ''}`;
  return new PsaRequestError(
    ambiguous ? `${message}; the note may have been stored, look for it before posting again` : message,
    {
      retryable: true,
      ambiguous,
      details: compact({
        operation: target.operation,
        reason: timedOut ? 'timeout' : 'network',
        networkCode: code ? redact(code) : undefined,
        ticketId: target.ticketId,
        boardId: target.boardId,
      }),
      cause: safeCause(links, redact),
    },
  );
}

/** A 2xx answer that is not what the API documents (an HTML page, a missing id). */
export function unexpectedAnswer(target: Target, problem: string, status: number): PsaRequestError {
  const ambiguous = isNonIdempotent(target);
  return new PsaRequestError(
    `ConnectWise answered ${status} with ${problem} while ${subject(target)}` +
      (ambiguous ? '; the note may have been stored, look for it before posting again' : ''),
    {
      retryable: false,
      ambiguous,
      details: compact({
        operation: target.operation,
        status,
        reason: 'unexpected_response',
        ticketId: target.ticketId,
      }),
    },
  );
}

function compact(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined));
}

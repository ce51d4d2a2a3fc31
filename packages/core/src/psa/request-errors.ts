/**
 * Turns every way a PSA call can fail into a `PsaRequestError` that says what was being done,
 * whether trying again may help (`retryable`) and whether a write may have landed although no
 * answer came back (`ambiguous`). Nothing from the request (headers, credentials) is carried over:
 * HTTP clients' errors hold the request with its auth headers, so they are never kept as a cause.
 *
 * @module
 */
import type { z } from 'zod';
import { PsaRequestError } from '../errors.js';
import { isAmbiguousStatus, isNonIdempotent, isRetryableStatus, retryAfterMs } from './http-status.js';
import type { CredentialScrubber } from './scrub.js';

/** One PSA call, as an error names it. */
export interface PsaCall {
  /** The vendor as its users know it, e.g. `ConnectWise`; it starts every message. */
  vendor: string;
  /** The `PsaAdapter` method (or setup step) the call serves, e.g. `addNote`; kept in `details.operation`. */
  operation: string;
  /** The HTTP method. */
  method: string;
  /** What was being done, for the message: `posting a note on ticket 42`. */
  doing: string;
  /**
   * Whether the call creates something a repeat would duplicate. Default: the method is POST. A POST
   * that only reads (a query endpoint) passes `false`, so its failures are never ambiguous.
   */
  creates?: boolean;
  /** Ids that name the target (`ticketId`), added to `details`. */
  details?: Record<string, unknown>;
}

const creates = (call: PsaCall) => call.creates ?? isNonIdempotent(call.method);

/** Drops the `undefined` entries, so `details` holds only what is known. */
export function compact(details: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined));
}

/** Up to 500 characters of an outside text, scrubbed; `undefined` stays `undefined`. */
export function outsideText(value: string | null | undefined, scrub: CredentialScrubber): string | undefined {
  return value === null || value === undefined ? undefined : scrub(value).slice(0, 500);
}

/**
 * Reads an error answer's body as JSON of `schema`, or `undefined` when it is empty, not JSON or
 * not that shape. At most 20,000 characters are read.
 */
export async function readErrorBody<S extends z.ZodType>(
  response: Response,
  schema: S,
): Promise<z.output<S> | undefined> {
  try {
    const text = (await response.text()).slice(0, 20_000);
    const parsed = schema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
}

/** The seconds a `Retry-After` asks for, rounded up, or `undefined`. */
export function retryAfterSeconds(response: Response): number | undefined {
  const ms = retryAfterMs(response.headers);
  return ms === undefined ? undefined : Math.ceil(ms / 1000);
}

function defaultMessage(status: number, call: PsaCall, said: string | undefined, wait: number | undefined) {
  const { vendor, doing } = call;
  if (status === 401) return `${vendor} rejected the API credentials (401) while ${doing}`;
  if (status === 403) return `${vendor} refused ${doing} (403): the API user lacks the permission for it`;
  if (status === 429)
    return `${vendor} rate-limited ${doing} (429)${wait === undefined ? '' : `; retry after ${wait}s`}`;
  return `${vendor} answered ${status} while ${doing}${said ? `: ${said}` : ''}`;
}

/** Options of {@link responseError}. */
export interface ResponseErrorOptions {
  /** The message; default a sentence from the vendor, the status and `call.doing` (plus `vendorMessage`). */
  message?: string;
  /** What the vendor said, already scrubbed (see {@link outsideText}); appended to the default message. */
  vendorMessage?: string;
  /** Vendor facts for `details` (its error code, field errors), already scrubbed. */
  details?: Record<string, unknown>;
  /** Overrides the status-derived `retryable`, for a vendor whose statuses mean otherwise. */
  retryable?: boolean;
  /** Overrides the method- and status-derived `ambiguous`. */
  ambiguous?: boolean;
}

/**
 * Maps a non-2xx answer. `retryable` is true for 408, 429 and 5xx; `ambiguous` for a create that
 * got a 5xx other than 503; `details` holds `operation`, `status`, `retryAfterSeconds` (from
 * `Retry-After`), `call.details` and `options.details`.
 */
export function responseError(
  response: Response,
  call: PsaCall,
  options: ResponseErrorOptions = {},
): PsaRequestError {
  const status = response.status;
  const wait = retryAfterSeconds(response);
  return new PsaRequestError(options.message ?? defaultMessage(status, call, options.vendorMessage, wait), {
    retryable: options.retryable ?? isRetryableStatus(status),
    ambiguous: options.ambiguous ?? (creates(call) && isAmbiguousStatus('POST', status)),
    details: compact({
      operation: call.operation,
      status,
      ...call.details,
      ...options.details,
      retryAfterSeconds: wait,
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
function safeCause(links: Link[], scrub: CredentialScrubber): Error | undefined {
  let cause: Error | undefined;
  for (const link of [...links].reverse()) {
    const e = new Error(scrub(`${link.name}: ${link.message}`).slice(0, 500), cause ? { cause } : undefined);
    if (link.code) Object.assign(e, { code: link.code });
    cause = e;
  }
  return cause;
}

/**
 * Maps a timeout, a connection failure or a body cut off mid-way (no complete HTTP answer). Always
 * `retryable`; `ambiguous` for a create unless the failure proves nothing was sent (refused
 * connection, DNS, TLS). The original error is replaced by a scrubbed copy of its chain.
 */
export function transportError(error: unknown, call: PsaCall, scrub: CredentialScrubber): PsaRequestError {
  const links = chain(error);
  const timedOut = links.some((l) => l.name === 'TimeoutError');
  const code = links.find((l) => l.code)?.code;
  const notSent = !timedOut && code !== undefined && NOT_SENT.has(code);
  const ambiguous = creates(call) && !notSent;
  const message = timedOut
    ? `${call.vendor} did not answer in time while ${call.doing}`
    : `The connection to ${call.vendor} failed while ${call.doing}${code ? ` (${code})` : ''}`;
  return new PsaRequestError(
    ambiguous ? `${message}; the note may have been stored, look for it before posting again` : message,
    {
      retryable: true,
      ambiguous,
      details: compact({
        operation: call.operation,
        reason: timedOut ? 'timeout' : 'network',
        networkCode: code ? scrub(code) : undefined,
        ...call.details,
      }),
      cause: safeCause(links, scrub),
    },
  );
}

/** A 2xx answer that is not what the API documents (an HTML page, a missing id). Not retryable. */
export function unexpectedAnswer(call: PsaCall, problem: string, status: number): PsaRequestError {
  const ambiguous = creates(call);
  return new PsaRequestError(
    `${call.vendor} answered ${status} with ${problem} while ${call.doing}` +
      (ambiguous ? '; the note may have been stored, look for it before posting again' : ''),
    {
      retryable: false,
      ambiguous,
      details: compact({ operation: call.operation, status, reason: 'unexpected_response', ...call.details }),
    },
  );
}

/**
 * Reads a 2xx answer as JSON of `schema`: a body cut off mid-way is a transport failure (for a
 * create, the record was already stored: ambiguous), a body that is not JSON or not that shape an
 * unexpected answer. `notJson` words the not-JSON case, e.g. with a hint at a misconfigured host.
 */
export async function readAnswer<S extends z.ZodType>(
  response: Response,
  call: PsaCall,
  schema: S,
  options: { scrub: CredentialScrubber; notJson?: string },
): Promise<z.output<S>> {
  let text: string;
  try {
    text = await response.text();
  } catch (error) {
    throw transportError(error, call, options.scrub);
  }
  let body: unknown;
  try {
    body = JSON.parse(text);
  } catch {
    throw unexpectedAnswer(call, options.notJson ?? 'a body that is not JSON', response.status);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw unexpectedAnswer(call, 'JSON that is not the documented shape', response.status);
  return parsed.data;
}

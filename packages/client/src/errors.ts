import type { ErrorCode } from './api-types.js';

// The marker core's `CloseoutError.isInstance` looks for (a registered symbol, so it is the same
// symbol in every copy of every package). Setting it here lets a host that also runs core treat an
// error rebuilt from an HTTP answer exactly like one thrown in-process, without the client importing
// core (and zod) into a browser bundle.
const MARKER = Symbol.for('closeout.error');

/**
 * A code a {@link CloseoutError} from the client may carry: every code the server answers, plus
 * `UNEXPECTED_RESPONSE` for an answer that is not closeout's (a proxy's HTML error page, a wrong
 * `baseUrl`).
 */
export type ClientErrorCode = ErrorCode | 'UNEXPECTED_RESPONSE';

/**
 * An error answer of the closeout endpoints, rebuilt with its code, HTTP status and details.
 * `CloseoutError.isInstance` (this one's and core's) recognises it.
 */
export class CloseoutError extends Error {
  /** The server's machine-readable code. */
  readonly code: ClientErrorCode;
  /** The HTTP status of the answer. */
  readonly httpStatus: number;
  /** The structured details of the answer (expected and actual status, offending fields…). */
  readonly details: Record<string, unknown>;

  constructor(
    code: ClientErrorCode,
    message: string,
    httpStatus: number,
    details: Record<string, unknown> = {},
  ) {
    super(message);
    this.name = 'CloseoutError';
    this.code = code;
    this.httpStatus = httpStatus;
    this.details = details;
    Object.defineProperty(this, MARKER, { value: true, enumerable: false });
  }

  /** True for any CloseoutError: rebuilt by a client, or thrown by closeout itself. */
  static isInstance(value: unknown): value is CloseoutError {
    return typeof value === 'object' && value !== null && (value as Record<symbol, unknown>)[MARKER] === true;
  }

  /** True when `value` is a CloseoutError with the given code. */
  static hasCode(value: unknown, code: ClientErrorCode): value is CloseoutError {
    return CloseoutError.isInstance(value) && value.code === code;
  }
}

/** Rebuilds the error of a failed answer; anything but closeout's error body is `UNEXPECTED_RESPONSE`. */
export async function errorFromResponse(response: Response): Promise<CloseoutError> {
  const body: unknown = await response.json().catch(() => undefined);
  const error = (body as { error?: unknown } | undefined)?.error;
  if (
    typeof error === 'object' &&
    error !== null &&
    typeof (error as { code?: unknown }).code === 'string' &&
    typeof (error as { message?: unknown }).message === 'string'
  ) {
    const { code, message, details } = error as { code: ErrorCode; message: string; details?: unknown };
    const facts = typeof details === 'object' && details !== null ? (details as Record<string, unknown>) : {};
    return new CloseoutError(code, message, response.status, facts);
  }
  return unexpected(response);
}

/** The error for an answer that is not one of closeout's. */
export function unexpected(response: Response): CloseoutError {
  return new CloseoutError(
    'UNEXPECTED_RESPONSE',
    `The server answered ${response.status} without a closeout body; check the client's baseUrl`,
    response.status,
    { status: response.status },
  );
}

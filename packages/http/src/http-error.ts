import { CloseoutError } from '@closeout/core';

/** Codes of failures the HTTP layer itself answers, besides closeout's own error codes. */
export type HttpErrorCode =
  | 'UNAUTHENTICATED'
  | 'ROUTE_NOT_FOUND'
  | 'METHOD_NOT_ALLOWED'
  | 'PAYLOAD_TOO_LARGE'
  | 'UNSUPPORTED_MEDIA_TYPE'
  /** The body stream broke off: the client hung up mid-request. */
  | 'REQUEST_ABORTED'
  | 'INTERNAL';

/** A failure of the request itself (route, method, auth, body) rather than of a closeout operation. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    readonly code: HttpErrorCode,
    message: string,
    readonly headers: Record<string, string> = {},
    cause?: unknown,
  ) {
    super(message, cause === undefined ? undefined : { cause });
    this.name = 'HttpError';
  }
}

/** The error body every endpoint answers with. */
export interface ErrorBody {
  error: { code: string; message: string; details: Record<string, unknown> };
}

export function json(status: number, body: unknown, headers: Record<string, string> = {}): Response {
  return new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  });
}

/**
 * Maps any thrown value to a response. CloseoutErrors keep their code, status and details; anything
 * else is a 500 that says nothing of its internals (the host's `onError` sees the original).
 */
export function errorResponse(error: unknown): Response {
  if (CloseoutError.isInstance(error)) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, details: error.details } };
    return json(error.httpStatus, body);
  }
  if (error instanceof HttpError) {
    const body: ErrorBody = { error: { code: error.code, message: error.message, details: {} } };
    return json(error.status, body, error.headers);
  }
  const body: ErrorBody = { error: { code: 'INTERNAL', message: 'Internal server error', details: {} } };
  return json(500, body);
}

import { CloseoutError } from '@closeout/core';
import type { ErrorBody } from './schemas.js';

/** Failures the HTTP layer itself answers, besides closeout's own error codes, with their status. */
export const HTTP_ERROR_STATUS = {
  UNAUTHENTICATED: 401,
  ROUTE_NOT_FOUND: 404,
  METHOD_NOT_ALLOWED: 405,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  /** The body stream broke off: the client hung up mid-request. */
  REQUEST_ABORTED: 400,
  /** The Node adapter could not form a URL from the `Host` header and the request target. */
  INVALID_REQUEST_TARGET: 400,
  INTERNAL: 500,
} as const;

/** A code of a failure the HTTP layer itself answers. */
export type HttpErrorCode = keyof typeof HTTP_ERROR_STATUS;

/** The HTTP layer's codes, in a stable order. */
export const HTTP_ERROR_CODES = Object.keys(HTTP_ERROR_STATUS) as HttpErrorCode[];

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

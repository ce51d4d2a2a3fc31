import type { Closeout } from '@closeout/core';
import { readJsonBody } from './body.js';
import { type Authentication, AuthenticationSchema } from './host-schemas.js';
import { errorResponse, HttpError, json } from './http-error.js';
import { Router } from './router.js';
import { type Endpoint, ROUTES } from './routes.js';

/** Options for {@link createHandler}. */
export interface HandlerOptions {
  /**
   * Tells who is calling: the account (MSP) id the request acts for, or `{accountId, actor}` to
   * also name the user (e.g. `tech:jdoe`) that the session's history records for every change,
   * preview and writeback of the request; `null` answers 401. This is where the host's own
   * authentication (session cookie, API key, JWT) plugs in.
   */
  authenticate(request: Request): Authentication | null | Promise<Authentication | null>;
  /** Path prefix the endpoints live under, e.g. `/api`. Default: none. */
  basePath?: string;
  /** Largest accepted request body in bytes (default 256 KiB); larger answers 413. */
  maxBodyBytes?: number;
  /** Sees every unexpected error (answered as a bare 500) so the host can log it. */
  onError?(error: unknown, request: Request): void;
}

/** A web-standard request handler: mounts in Node (see `toNodeListener`), Hono, Next.js, Bun and Deno. */
export type CloseoutHandler = (request: Request) => Promise<Response>;

const DEFAULT_MAX_BODY_BYTES = 256 * 1024;

/**
 * Creates the HTTP endpoints of closeout as one `(Request) => Promise<Response>` function.
 *
 * Errors answer `{error: {code, message, details}}` with the status of the error code; a session of
 * another account answers 404 like a missing one.
 *
 * @example
 * ```ts
 * const handler = createHandler(closeout, {
 *   authenticate: (req) => accountIdFromApiKey(req.headers.get('authorization')),
 *   basePath: '/api',
 * });
 * ```
 */
export function createHandler(closeout: Closeout, options: HandlerOptions): CloseoutHandler {
  const basePath = normaliseBasePath(options.basePath);
  const maxBodyBytes = options.maxBodyBytes ?? DEFAULT_MAX_BODY_BYTES;
  const router = new Router<Endpoint>();
  for (const route of ROUTES) router.add(route.method, route.path, route.endpoint);

  return async (request) => {
    try {
      const path = new URL(request.url).pathname;
      if (basePath !== '' && path !== basePath && !path.startsWith(`${basePath}/`)) {
        throw new HttpError(404, 'ROUTE_NOT_FOUND', `No endpoint at ${path}`);
      }
      // Route before authenticating: an unknown path is a 404 for everyone.
      const { handler, params } = router.match(request.method, path.slice(basePath.length) || '/');
      const { accountId, actor } = callerOf(await options.authenticate(request));
      const body =
        request.method === 'GET' || request.method === 'DELETE'
          ? {}
          : await readJsonBody(request, maxBodyBytes);
      const scope = closeout.account(accountId);
      const query = new URL(request.url).searchParams;
      const result = await handler({ scope, params, query, body, actor });
      if (result.status === 204) return new Response(null, { status: 204 });
      return json(result.status, result.body);
    } catch (error) {
      const response = errorResponse(error);
      if (response.status === 500) options.onError?.(error, request);
      return response;
    }
  };
}

/** The account and actor `authenticate` answered; 401 for `null` or an empty account id. */
function callerOf(answer: Authentication | null): { accountId: string; actor: string | undefined } {
  if (answer === null || answer === '') {
    throw new HttpError(401, 'UNAUTHENTICATED', 'Authentication required', { 'www-authenticate': 'Bearer' });
  }
  // A malformed answer is the host's bug, not the caller's: a 500 through onError.
  const parsed = AuthenticationSchema.safeParse(answer);
  if (!parsed.success)
    throw new TypeError('authenticate() must answer an account id, {accountId, actor?} or null');
  return typeof parsed.data === 'string'
    ? { accountId: parsed.data, actor: undefined }
    : { accountId: parsed.data.accountId, actor: parsed.data.actor };
}

function normaliseBasePath(basePath: string | undefined): string {
  if (basePath === undefined || basePath === '' || basePath === '/') return '';
  const withSlash = basePath.startsWith('/') ? basePath : `/${basePath}`;
  return withSlash.endsWith('/') ? withSlash.slice(0, -1) : withSlash;
}

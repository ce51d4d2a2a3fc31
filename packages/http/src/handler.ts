import type { Closeout } from '@closeout/core';
import { readJsonBody } from './body.js';
import { type Authentication, AuthenticationSchema, paramsRecord } from './host-schemas.js';
import { errorResponse, HttpError, json } from './http-error.js';
import { buildOpenApiDocument } from './openapi.js';
import { parseInput } from './parse.js';
import { Router } from './router.js';
import { ROUTES, type RouteDefinition } from './routes.js';

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
  /**
   * Serve the OpenAPI 3.1 document at `{basePath}/openapi.json` (default true). It describes the
   * API, not any account's data, so it answers without authentication, as client generators expect.
   */
  openapi?: boolean;
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
  const router = new Router<RouteDefinition>();
  for (const route of ROUTES) router.add(route.method, route.path, route);
  const openapi = options.openapi === false ? null : JSON.stringify(buildOpenApiDocument(ROUTES, basePath));

  return async (request) => {
    try {
      const path = new URL(request.url).pathname;
      if (basePath !== '' && path !== basePath && !path.startsWith(`${basePath}/`)) {
        throw new HttpError(404, 'ROUTE_NOT_FOUND', `No endpoint at ${path}`);
      }
      const routePath = path.slice(basePath.length) || '/';
      if (openapi !== null && routePath === '/openapi.json' && request.method === 'GET') {
        return new Response(openapi, { headers: { 'content-type': 'application/json; charset=utf-8' } });
      }
      // Route before authenticating: an unknown path is a 404 for everyone.
      const { handler: route, params } = router.match(request.method, routePath);
      const { accountId, actor } = callerOf(await options.authenticate(request));
      const raw =
        request.method === 'GET' || request.method === 'DELETE'
          ? {}
          : await readJsonBody(request, maxBodyBytes);
      const body = route.body === undefined ? raw : parseInput(route.body, raw, 'request body');
      const query =
        route.query === undefined
          ? undefined
          : parseInput(route.query, paramsRecord(new URL(request.url).searchParams), 'query');
      const scope = closeout.account(accountId);
      const result = await route.endpoint({ scope, params, body, query, actor });
      if (route.success.status === 204) return new Response(null, { status: 204 });
      return json(route.success.status, result);
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

// The Next.js example's route handlers serve every route of the table over loopback.
//
// A full `next build` compiles the whole app with SWC and webpack or Turbopack: minutes of CPU per
// run, more than this suite spends on any example. So the test calls the route module itself, the
// way Next.js's App Router calls it: a request under `app/api/[...closeout]` goes to the export
// named for its method as a `NextRequest`, with the catch-all segments as `params`; a method the
// module does not export answers 405. A loopback server in front of that dispatch carries real
// HTTP, so the walk is the same one the Express and Hono examples pass.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { toNodeListener } from '@closeout/http';
import { NextRequest } from 'next/server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROUTE_METHODS, walkEveryRoute } from '../support/route-walk.js';
import * as route from './app/api/[...closeout]/route.js';

type RouteHandler = (
  request: NextRequest,
  context: { params: Promise<{ closeout: string[] }> },
) => Promise<Response>;
const HANDLERS = route as unknown as Record<string, RouteHandler | undefined>;
const METHODS = ['GET', 'HEAD', 'OPTIONS', 'POST', 'PUT', 'DELETE', 'PATCH'];

/** Next.js's dispatch of one route file, for requests under `/api/`. */
async function dispatch(request: Request): Promise<Response> {
  const { pathname } = new URL(request.url);
  if (!pathname.startsWith('/api/')) return new Response('Not Found', { status: 404 });
  const handler = HANDLERS[request.method];
  if (handler === undefined) {
    const allow = METHODS.filter((m) => HANDLERS[m] !== undefined).join(', ');
    return new Response(null, { status: 405, headers: { allow } });
  }
  const closeout = pathname.slice('/api/'.length).split('/').map(decodeURIComponent);
  return handler(new NextRequest(request), { params: Promise.resolve({ closeout }) });
}

let server: Server;
let api: string;

beforeAll(async () => {
  server = createServer(toNodeListener(dispatch));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  api = `http://127.0.0.1:${(server.address() as AddressInfo).port}/api`;
});
afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('example: Next.js route handlers', () => {
  it('exports a handler for every method the route table uses', () => {
    expect(ROUTE_METHODS).toEqual(['DELETE', 'GET', 'PATCH', 'POST', 'PUT']);
    for (const method of ROUTE_METHODS) expect(typeof HANDLERS[method], method).toBe('function');
    expect(route.dynamic).toBe('force-dynamic');
    expect(route.runtime).toBe('nodejs');
  });

  it('serves every route of the table, the OpenAPI document, and 401 without credentials', async () => {
    const seen = await walkEveryRoute(api);
    expect(seen.filter((s) => s.startsWith('PUT ') || s.startsWith('DELETE '))).toHaveLength(2);
  });
});

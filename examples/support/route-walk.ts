// Walks every route of `@closeout/http`'s route table against a running host, as a client would:
// the proof that a framework mount serves them all (methods the mount forgot answer 404 or 405).
import { ROUTES } from '@closeout/http';
import { expect } from 'vitest';
import { API_KEY, TICKET_ID } from './demo-closeout.js';

type Json = Record<string, unknown>;

/** A valid body for each route that reads one, by operation id. */
const BODIES: Record<string, (session: Json) => unknown> = {
  createSession: () => ({ problem: 'Outlook asks for the password again and again' }),
  addFinding: () => ({ text: 'Only on the office Wi-Fi' }),
  recordDecision: () => ({ text: 'Skip the profile rebuild', rationale: 'Webmail works' }),
  proposeFix: () => ({ title: 'Clear the cached credentials', steps: ['Open Credential Manager'] }),
  recordOutcome: () => ({ status: 'success' }),
  resolve: (session) => ({ basedOnVersion: session.stateVersion }),
  escalate: (session) => ({ basedOnVersion: session.stateVersion, text: 'Needs the network team' }),
  linkTicket: () => ({ provider: 'connectwise', id: TICKET_ID }),
};

/** What one walk saw: `METHOD /path status` per route, in table order. */
export type WalkResult = string[];

/**
 * Calls every route of `ROUTES` under `api` (e.g. `http://127.0.0.1:PORT/api`), each on a fresh
 * session whose fix worked, and expects the route's documented success status; then the OpenAPI
 * document and a request without credentials.
 */
export async function walkEveryRoute(api: string): Promise<WalkResult> {
  const call = async (method: string, path: string, body?: unknown, key: string | null = API_KEY) => {
    const res = await fetch(`${api}${path}`, {
      method,
      headers: {
        ...(key === null ? {} : { authorization: `Bearer ${key}` }),
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const text = await res.text();
    return { status: res.status, json: (text === '' ? null : JSON.parse(text)) as Json | null };
  };
  const workedSession = async (): Promise<Json> => {
    const created = await call('POST', '/ai-sessions', {
      problem: 'Users on floor 3 cannot print',
      ticket: { provider: 'connectwise', id: TICKET_ID },
    });
    const id = created.json?.id as string;
    await call('POST', `/ai-sessions/${id}/fixes`, { title: 'Reinstall the HP Universal Print Driver' });
    return (await call('PATCH', `/ai-sessions/${id}/outcome`, { status: 'success' })).json as Json;
  };

  const seen: WalkResult = [];
  for (const route of ROUTES) {
    const session = await workedSession();
    const makeBody = BODIES[route.operationId];
    expect(makeBody !== undefined, `a body for ${route.operationId}`).toBe(route.body !== undefined);
    const path = route.path.replace(':id', session.id as string);
    const res = await call(route.method, path, makeBody?.(session));
    seen.push(`${route.method} ${route.path} ${res.status}`);
    expect(`${route.method} ${route.path} ${res.status}`).toBe(
      `${route.method} ${route.path} ${route.success.status}`,
    );
    if (route.success.status !== 204) expect(res.json).not.toBeNull();
  }
  const openapi = await call('GET', '/openapi.json', undefined, null);
  expect(openapi.status).toBe(200);
  expect(Object.keys((openapi.json as { paths: Json }).paths)).toContain('/ai-sessions/{id}/ticket');
  const anonymous = await call('GET', '/ai-sessions', undefined, null);
  expect(anonymous.status).toBe(401);
  expect((anonymous.json as { error: { code: string } }).error.code).toBe('UNAUTHENTICATED');
  return seen;
}

/** Every method the route table uses, for checking that a mount exports them all. */
export const ROUTE_METHODS = [...new Set(ROUTES.map((r) => r.method))].sort();

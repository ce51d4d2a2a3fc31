import type { FakePsa } from '@closeout/core/fake-psa';
import { ErrorBodySchema, RESPONSE_SCHEMAS, ROUTES } from '@closeout/http';
import { Validator } from '@seriousme/openapi-schema-validator';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServerOnPsa, type TestServer } from './support/server.js';

type Json = Record<string, unknown>;
interface Operation {
  operationId: string;
  requestBody?: unknown;
  responses: Record<string, { content?: { 'application/json': { schema: { $ref?: string } } } }>;
}

let server: TestServer;
let psa: FakePsa;

beforeEach(async () => {
  ({ server, psa } = await startServerOnPsa());
});
afterEach(async () => {
  await server.close();
});

async function documentOf(key: string | null = null): Promise<Json> {
  const res = await server.call('GET', '/api/openapi.json', { key });
  expect(res.status).toBe(200);
  return (await res.json()) as Json;
}

/** A session on a ticket with a successful fix: every operation can act on it. */
async function workedSession(): Promise<Json> {
  const created = (await (
    await server.call('POST', '/api/ai-sessions', {
      body: { problem: 'VPN drops', ticket: psa.createTicket() },
    })
  ).json()) as Json;
  const id = created.id as string;
  await server.call('POST', `/api/ai-sessions/${id}/fixes`, { body: { title: 'Renew the VPN certificate' } });
  const res = await server.call('PATCH', `/api/ai-sessions/${id}/outcome`, { body: { status: 'success' } });
  return (await res.json()) as Json;
}

/** A valid body for each operation that takes one. */
const BODIES: Record<string, (session: Json) => unknown> = {
  createSession: () => ({ problem: 'Outlook asks for the password again and again' }),
  addFinding: () => ({ text: 'Only on the office Wi-Fi' }),
  recordDecision: () => ({ text: 'Skip the profile rebuild', rationale: 'Webmail works' }),
  proposeFix: () => ({ title: 'Clear the cached credentials', steps: ['Open Credential Manager'] }),
  recordOutcome: () => ({ status: 'success', appliedAt: '2026-01-05T10:00:00Z', expectedVersion: 3 }),
  resolve: (session) => ({ basedOnVersion: session.stateVersion }),
  escalate: (session) => ({ basedOnVersion: session.stateVersion, text: 'Needs the network team' }),
  linkTicket: () => ({ provider: 'connectwise', id: '777' }),
};

function operations(doc: Json): Array<{ path: string; method: string; op: Operation }> {
  const out: Array<{ path: string; method: string; op: Operation }> = [];
  for (const [path, item] of Object.entries(doc.paths as Record<string, Record<string, Operation>>)) {
    for (const [method, op] of Object.entries(item)) out.push({ path, method: method.toUpperCase(), op });
  }
  return out;
}

describe('GET /openapi.json', () => {
  it('is a valid OpenAPI 3.1 document, served without authentication', async () => {
    const doc = await documentOf(null);
    const result = await new Validator().validate(doc);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(doc.openapi).toMatch(/^3\.1\./);
    expect(doc.servers).toEqual([{ url: '/api' }]);
  });

  it('documents exactly the routes the handler has, and itself', async () => {
    const doc = await documentOf();
    const documented = operations(doc).map(({ path, method }) => `${method} ${path}`);
    const routes = ROUTES.map((r) => `${r.method} ${r.path.replace(/:(\w+)/g, '{$1}')}`);
    expect(documented.sort()).toEqual([...routes, 'GET /openapi.json'].sort());
  });

  it('documents each error code with the status the handler answers it with', async () => {
    const doc = await documentOf();
    const resolve = operations(doc).find(({ op }) => op.operationId === 'resolve')?.op;
    const responses = resolve?.responses as unknown as Record<string, { description: string }>;
    expect(responses['409']?.description).toContain('STALE_PREVIEW');
    expect(responses['502']?.description).toContain('PSA_STATUS_VERIFICATION_FAILED');
    expect(responses['401']?.description).toContain('UNAUTHENTICATED');
    const schemas = (doc.components as { schemas: Record<string, { enum?: string[] }> }).schemas;
    expect(schemas.ErrorCode?.enum).toContain('WRITEBACK_IN_PROGRESS');
    expect(schemas.ErrorCode?.enum).toContain('ROUTE_NOT_FOUND');
  });

  it('describes dates in request bodies as the ISO-8601 strings HTTP can carry', async () => {
    const doc = await documentOf();
    const schemas = (doc.components as { schemas: Record<string, { properties: Record<string, Json> }> })
      .schemas;
    const appliedAt = schemas.RecordOutcomeBody?.properties.appliedAt as { anyOf: Json[] };
    for (const option of appliedAt.anyOf)
      expect(option).toMatchObject({ type: 'string', format: 'date-time' });
  });

  it('every documented operation answers its documented success with a body of its documented schema', async () => {
    const doc = await documentOf();
    for (const { path, method, op } of operations(doc)) {
      const session = await workedSession();
      const makeBody = BODIES[op.operationId];
      expect(op.requestBody !== undefined, `${op.operationId} has a request body`).toBe(
        makeBody !== undefined,
      );
      const res = await server.call(method, `/api${path.replace('{id}', session.id as string)}`, {
        ...(makeBody === undefined ? {} : { body: makeBody(session) }),
      });
      const [status, success] = Object.entries(op.responses).find(([s]) => s.startsWith('2')) ?? [];
      expect(`${op.operationId} ${res.status}`).toBe(`${op.operationId} ${status}`);
      const name = success?.content?.['application/json'].schema.$ref?.split('/').pop();
      if (name !== undefined) {
        const schema = RESPONSE_SCHEMAS[name as keyof typeof RESPONSE_SCHEMAS];
        expect(schema.safeParse(await res.json()).success, `${op.operationId} answers a ${name}`).toBe(true);
      }
    }
  });

  it('every documented operation answers a missing session with a documented error body', async () => {
    const doc = await documentOf();
    for (const { path, method, op } of operations(doc)) {
      if (!path.includes('{id}')) continue;
      const makeBody = BODIES[op.operationId];
      const res = await server.call(method, `/api${path.replace('{id}', 'ses_missing')}`, {
        ...(makeBody === undefined ? {} : { body: makeBody({ stateVersion: 1 }) }),
      });
      expect(`${op.operationId} ${res.status}`).toBe(`${op.operationId} 404`);
      expect(Object.keys(op.responses)).toContain('404');
      expect(ErrorBodySchema.parse(await res.json()).error.code).toBe('SESSION_NOT_FOUND');
    }
  });

  it('refuses a body its schema refuses, naming the fields, before anything changes', async () => {
    const session = await workedSession();
    const res = await server.call('POST', `/api/ai-sessions/${session.id}/findings`, {
      body: { text: '   ', expectedVersion: 'three' },
    });
    expect(res.status).toBe(400);
    const { error } = ErrorBodySchema.parse(await res.json());
    expect(error.code).toBe('VALIDATION_FAILED');
    expect((error.details.issues as Array<{ path: string }>).map((i) => i.path).sort()).toEqual([
      'expectedVersion',
      'text',
    ]);
    const after = (await (await server.call('GET', `/api/ai-sessions/${session.id}`)).json()) as Json;
    expect(after.stateVersion).toBe(session.stateVersion);
  });

  it('can be switched off', async () => {
    await server.close();
    ({ server } = await startServerOnPsa({ openapi: false }));
    const res = await server.call('GET', '/api/openapi.json');
    expect(res.status).toBe(404);
  });
});

import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startServer, type TestServer } from './support/server.js';

let server: TestServer;
beforeEach(async () => {
  server = await startServer();
});
afterEach(async () => {
  await server.close();
});

async function createSession(): Promise<{ id: string; stateVersion: number }> {
  const res = await server.call('POST', '/api/ai-sessions', {
    body: {
      problem: 'Outlook asks for the password every hour',
      ticket: { provider: 'connectwise', id: '4711' },
    },
  });
  expect(res.status).toBe(201);
  return (await res.json()) as { id: string; stateVersion: number };
}

describe('session endpoints over HTTP', () => {
  it('creates a session and reads it back', async () => {
    const created = await createSession();
    expect(created.stateVersion).toBe(1);
    const res = await server.call('GET', `/api/ai-sessions/${created.id}`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/application\/json/);
    expect(await res.json()).toMatchObject({
      id: created.id,
      accountId: 'acme-msp',
      problem: 'Outlook asks for the password every hour',
    });
  });

  it('adds findings, decisions and fixes, and patches the outcome, one version each', async () => {
    const { id } = await createSession();
    const finding = await server.call('POST', `/api/ai-sessions/${id}/findings`, {
      body: { text: 'Modern auth disabled on tenant' },
    });
    expect(finding.status).toBe(200);
    expect(((await finding.json()) as { stateVersion: number }).stateVersion).toBe(2);
    const decision = await server.call('POST', `/api/ai-sessions/${id}/decisions`, {
      body: { text: 'Enable modern auth', rationale: 'basic auth is retired', expectedVersion: 2 },
    });
    expect(decision.status).toBe(200);
    const fix = await server.call('POST', `/api/ai-sessions/${id}/fixes`, {
      body: { title: 'Enable modern auth', steps: ['Set-OrganizationConfig'] },
    });
    expect(fix.status).toBe(200);
    const outcome = await server.call('PATCH', `/api/ai-sessions/${id}/outcome`, {
      body: { status: 'failed', failureReason: 'Prompt persists on the RDS host' },
    });
    expect(outcome.status).toBe(200);
    const session = (await outcome.json()) as {
      stateVersion: number;
      fixes: Array<{ status: string; failureReason: string }>;
      decisions: unknown[];
    };
    expect(session.stateVersion).toBe(5);
    expect(session.decisions).toHaveLength(1);
    expect(session.fixes[0]).toMatchObject({
      status: 'failed',
      failureReason: 'Prompt persists on the RDS host',
    });
  });

  it('answers 409 VERSION_CONFLICT for a stale expectedVersion', async () => {
    const { id } = await createSession();
    await server.call('POST', `/api/ai-sessions/${id}/findings`, { body: { text: 'one' } });
    const res = await server.call('POST', `/api/ai-sessions/${id}/findings`, {
      body: { text: 'two', expectedVersion: 1 },
    });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('VERSION_CONFLICT');
  });
});

describe('HTTP error mapping', () => {
  it('answers 401 without credentials, and for an unknown key', async () => {
    for (const key of [null, 'key-nobody']) {
      const res = await server.call('POST', '/api/ai-sessions', { body: { problem: 'x' }, key });
      expect(res.status).toBe(401);
      expect(await res.json()).toEqual({
        error: { code: 'UNAUTHENTICATED', message: 'Authentication required', details: {} },
      });
    }
  });

  it("answers 404 SESSION_NOT_FOUND for another account's session on every session endpoint", async () => {
    const { id } = await createSession();
    const attempts: Array<[string, string, unknown]> = [
      ['GET', `/api/ai-sessions/${id}`, undefined],
      ['POST', `/api/ai-sessions/${id}/findings`, { text: 'x' }],
      ['POST', `/api/ai-sessions/${id}/decisions`, { text: 'x' }],
      ['POST', `/api/ai-sessions/${id}/fixes`, { title: 'x' }],
      ['PATCH', `/api/ai-sessions/${id}/outcome`, { status: 'success' }],
    ];
    for (const [method, path, body] of attempts) {
      const res = await server.call(method, path, { body, key: 'key-globex' });
      expect(res.status, `${method} ${path}`).toBe(404);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('SESSION_NOT_FOUND');
    }
    const own = (await (await server.call('GET', `/api/ai-sessions/${id}`)).json()) as {
      stateVersion: number;
    };
    expect(own.stateVersion).toBe(1);
  });

  it('answers 404 for an unknown route and 405 with Allow for a wrong method', async () => {
    const unknown = await server.call('GET', '/api/nothing-here');
    expect(unknown.status).toBe(404);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('ROUTE_NOT_FOUND');
    const outside = await server.call('GET', '/elsewhere/ai-sessions/x');
    expect(outside.status).toBe(404);
    const wrong = await server.call('PUT', '/api/ai-sessions/ses_1');
    expect(wrong.status).toBe(405);
    expect(wrong.headers.get('allow')).toBe('GET, DELETE');
    expect(((await wrong.json()) as { error: { code: string } }).error.code).toBe('METHOD_NOT_ALLOWED');
  });

  it('answers 400 VALIDATION_FAILED listing fields for wrong types and empty values', async () => {
    const res = await server.call('POST', '/api/ai-sessions', {
      body: { problem: 42, ticket: { provider: '', id: 7 } },
    });
    expect(res.status).toBe(400);
    const { error } = (await res.json()) as {
      error: { code: string; details: { issues: Array<{ path: string }> } };
    };
    expect(error.code).toBe('VALIDATION_FAILED');
    expect(error.details.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining(['problem', 'ticket.provider', 'ticket.id']),
    );
    const { id } = await createSession();
    const badOutcome = await server.call('PATCH', `/api/ai-sessions/${id}/outcome`, {
      body: { status: 'failed' },
    });
    expect(badOutcome.status).toBe(400);
    const badVersion = await server.call('POST', `/api/ai-sessions/${id}/findings`, {
      body: { text: 'x', expectedVersion: 'two' },
    });
    expect(badVersion.status).toBe(400);
    const after = (await (await server.call('GET', `/api/ai-sessions/${id}`)).json()) as {
      stateVersion: number;
    };
    expect(after.stateVersion).toBe(1);
  });

  it('answers 400 for malformed JSON and for a body that is not an object', async () => {
    for (const raw of ['{"problem": ', '[1,2]', '"text"']) {
      const res = await server.call('POST', '/api/ai-sessions', {
        raw,
        headers: { 'content-type': 'application/json' },
      });
      expect(res.status, raw).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('VALIDATION_FAILED');
    }
  });

  it('answers 415 for a non-JSON body', async () => {
    const res = await server.call('POST', '/api/ai-sessions', {
      raw: 'problem=printer',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
    });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('UNSUPPORTED_MEDIA_TYPE');
  });

  it('answers 413 for an over-size body, declared or streamed', async () => {
    const small = await startServer({}, { maxBodyBytes: 1024 });
    try {
      const declared = await small.call('POST', '/api/ai-sessions', { body: { problem: 'x'.repeat(5000) } });
      expect(declared.status).toBe(413);
      // A chunked body carries no Content-Length: the limit applies while streaming.
      const stream = new ReadableStream<Uint8Array>({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(`{"problem":"${'y'.repeat(3000)}"}`));
          controller.close();
        },
      });
      const streamed = await fetch(`${small.url}/api/ai-sessions`, {
        method: 'POST',
        headers: { authorization: 'Bearer key-acme', 'content-type': 'application/json' },
        body: stream,
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
      expect(((await streamed.json()) as { error: { code: string } }).error.code).toBe('PAYLOAD_TOO_LARGE');
    } finally {
      await small.close();
    }
  });

  it('answers 500 with no internals for an unexpected error, and reports it to onError', async () => {
    const broken = await startServer({
      storage: {
        ...(await import('@closeout/storage-memory')).memoryStorage(),
        insertSession: async () => {
          throw new Error('connection refused to db-internal-7:5432 password=hunter2');
        },
      },
    });
    try {
      const res = await broken.call('POST', '/api/ai-sessions', { body: { problem: 'x' } });
      expect(res.status).toBe(500);
      const text = await res.text();
      expect(JSON.parse(text)).toEqual({
        error: { code: 'INTERNAL', message: 'Internal server error', details: {} },
      });
      expect(text).not.toContain('hunter2');
      expect(broken.errors).toHaveLength(1);
    } finally {
      await broken.close();
    }
  });
});

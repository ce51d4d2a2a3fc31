import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import { createCloseout, type Session } from '@closeout/core';
import { createHandler, type NodeRequestLike, toNodeListener } from '@closeout/http';
import { memoryStorage } from '@closeout/storage-memory';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';

// Random and malformed requests never answer 500 and never leave anything invalid in storage.

const ACCOUNT = 'acme-msp';

function setup() {
  const storage = memoryStorage();
  const closeout = createCloseout({ storage });
  const errors: unknown[] = [];
  const handler = createHandler(closeout, {
    authenticate: (req) => (req.headers.get('authorization') === 'Bearer k' ? ACCOUNT : null),
    onError: (e) => errors.push(e),
  });
  return { storage, closeout, handler, errors };
}

/** Strings that have broken input handling before, mixed into the random ones. */
const NASTY = [
  '',
  ' ',
  '\u0000',
  '\ud800',
  'a\udc00b',
  '\u200b\u200c\ufeff',
  ' 1',
  '1\n2',
  '\u3164',
  'x'.repeat(5000),
  '{"a":',
  'null',
  '🖨️',
  '%00',
  '../..',
  'success',
];
const nastyString = fc.oneof(
  fc.constantFrom(...NASTY),
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ maxLength: 20 }),
);
const field = fc.oneof(
  nastyString,
  fc.integer(),
  fc.boolean(),
  fc.constant(null),
  fc.array(nastyString, { maxLength: 3 }),
);
const body = fc.oneof(
  fc.record(
    {
      problem: field,
      text: field,
      rationale: field,
      title: field,
      steps: field,
      status: fc.oneof(fc.constantFrom('failed', 'partial', 'success', 'proposed'), nastyString),
      failureReason: field,
      partialNotes: field,
      provider: field,
      id: field,
      fixId: field,
      ticket: fc.oneof(fc.constant(null), fc.record({ provider: field, id: field }, { requiredKeys: [] })),
      expectedVersion: fc.oneof(fc.integer(), nastyString),
    },
    { requiredKeys: [] },
  ),
  fc.jsonValue({ maxDepth: 3 }),
);
const ROUTE_PATHS = [
  '/ai-sessions',
  '/ai-sessions/:id',
  '/ai-sessions/:id/findings',
  '/ai-sessions/:id/decisions',
  '/ai-sessions/:id/fixes',
  '/ai-sessions/:id/outcome',
  '/ai-sessions/:id/ticket',
  '/ai-sessions/:id/history',
  '/ai-sessions/:id/resolution-note/preview',
];
const request = fc.record({
  method: fc.constantFrom('GET', 'POST', 'PATCH', 'PUT', 'DELETE', 'OPTIONS'),
  path: fc.constantFrom(...ROUTE_PATHS),
  id: fc.oneof(fc.constant('KNOWN'), nastyString),
  query: fc.oneof(
    fc.constant(''),
    fc.string({ maxLength: 20 }).map((q) => `?${segment(q)}=${q}`),
  ),
  body: fc.oneof(
    body.map((b) => JSON.stringify(b)),
    fc.string({ unit: 'binary', maxLength: 60 }),
  ),
  contentType: fc.constantFrom('application/json', 'text/plain', 'application/json; charset=utf-8'),
  authorized: fc.boolean().map((b) => b || Math.random() < 0.9),
});

/** Every string of a stored session, wherever it sits. */
function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(strings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(strings);
  return [];
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const VISIBLE = /[\p{L}\p{N}\p{P}\p{S}]/u;

function expectStorable(session: Session) {
  for (const s of strings(session)) {
    expect(LONE_SURROGATE.test(s), JSON.stringify(s)).toBe(false);
    expect(s).not.toMatch(/(?![\t\n\r])\p{Cc}/u);
  }
  const texts = [
    session.problem,
    ...session.findings.map((f) => f.text),
    ...session.decisions.flatMap((d) => [d.text, d.rationale ?? 'x']),
    ...session.fixes.flatMap((f) => [f.title, ...f.steps, f.failureReason ?? 'x', f.partialNotes ?? 'x']),
  ];
  for (const t of texts) expect(VISIBLE.test(t), JSON.stringify(t)).toBe(true);
  for (const fix of session.fixes) {
    if (fix.failureReason !== undefined) expect(fix.status).toBe('failed');
    if (fix.partialNotes !== undefined) expect(fix.status).toBe('partial');
  }
  if (session.ticket !== null) expect(session.ticket.id).toMatch(/^\S+$/);
}

/** Percent-encodes a path segment; a lone surrogate becomes its (invalid) UTF-8 bytes, as a raw client could send. */
function segment(value: string): string {
  return value
    .split(LONE_SURROGATE)
    .map((part) => encodeURIComponent(part))
    .join('%ED%A0%80');
}

describe('fuzzing the handler', () => {
  it('never answers 500 and never stores an invalid session', async () => {
    const { storage, closeout, handler, errors } = setup();
    const known = await closeout.account(ACCOUNT).sessions.create({ problem: 'Printer offline' });
    await closeout.account(ACCOUNT).sessions.proposeFix(known.id, { title: 'Restart the spooler' });
    let changed = 0;
    await fc.assert(
      fc.asyncProperty(request, async (r) => {
        const id = r.id === 'KNOWN' ? known.id : segment(r.id);
        const url = `http://localhost${r.path.replace(':id', id)}${r.query}`;
        const hasBody = r.method !== 'GET' && r.method !== 'DELETE' && r.method !== 'OPTIONS';
        const response = await handler(
          new Request(url, {
            method: r.method,
            headers: {
              'content-type': r.contentType,
              ...(r.authorized ? { authorization: 'Bearer k' } : {}),
            },
            ...(hasBody ? { body: r.body } : {}),
          }),
        );
        expect(response.status, `${r.method} ${url} ${r.body}`).toBeLessThan(500);
        if (response.status < 300 && r.method !== 'GET') changed++;
      }),
      { numRuns: 600 },
    );
    expect(errors).toEqual([]);
    const page = await closeout.account(ACCOUNT).sessions.list({ limit: 100 });
    // The random requests reached storage, so the check below has something to look at.
    expect(changed).toBeGreaterThan(0);
    for (const item of page.items) {
      const session = await storage.getSession(ACCOUNT, item.id);
      expect(session).not.toBeNull();
      if (session !== null) expectStorable(session);
    }
  });
});

/** A Node request with the given Host and target, as the adapter sees it. */
function nodeRequest(host: string | undefined, url: string): NodeRequestLike {
  return {
    method: 'GET',
    url,
    headers: host === undefined ? {} : { host, authorization: 'Bearer k' },
    async *[Symbol.asyncIterator]() {},
  };
}

/** Runs the Node listener on a fake response and answers its status and body. */
async function viaNode(listener: ReturnType<typeof toNodeListener>, req: NodeRequestLike) {
  return new Promise<{ status: number; body: string }>((resolve) => {
    const res = {
      statusCode: 200,
      headersSent: false,
      setHeader: () => undefined,
      end(chunk?: Uint8Array | string) {
        resolve({
          status: res.statusCode,
          body: typeof chunk === 'string' ? chunk : new TextDecoder().decode(chunk),
        });
      },
    };
    listener(req, res);
  });
}

describe('the Node adapter and the Host header', () => {
  it.each([
    '[::1',
    'a b',
    'user:pw@localhost',
    'localhost:99999',
    'localhost:',
    ':80',
    'exa mple.com:80',
    'a/b',
    'a?b',
    '#',
  ])('answers 400 INVALID_REQUEST_TARGET to Host %j, and the handler is never called', async (host) => {
    let called = 0;
    const listener = toNodeListener(async () => {
      called++;
      return new Response('{}');
    });
    const { status, body } = await viaNode(listener, nodeRequest(host, '/ai-sessions'));
    expect(status).toBe(400);
    expect(JSON.parse(body).error.code).toBe('INVALID_REQUEST_TARGET');
    expect(body).not.toContain('pw');
    expect(called).toBe(0);
  });

  it.each([
    'localhost',
    'localhost:8080',
    '127.0.0.1:65535',
    '[::1]',
    '[::1]:443',
    'api.example.com',
    undefined,
  ])('passes Host %j through to the handler', async (host) => {
    const { handler } = setup();
    const { status } = await viaNode(toNodeListener(handler), nodeRequest(host, '/ai-sessions'));
    expect(status).toBe(host === undefined ? 401 : 200);
  });

  it('answers every random Host and target with something other than 500', async () => {
    const { handler, errors } = setup();
    const adapterErrors: unknown[] = [];
    const listener = toNodeListener(handler, { onError: (e) => adapterErrors.push(e) });
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ maxLength: 30 }),
          fc.domain(),
          fc.ipV6().map((ip) => `[${ip}]`),
        ),
        fc.oneof(fc.webPath(), fc.string({ maxLength: 30 }), fc.webUrl()),
        async (host, target) => {
          const { status } = await viaNode(listener, nodeRequest(host, target));
          expect(status, `${host} ${target}`).not.toBe(500);
        },
      ),
      { numRuns: 500 },
    );
    expect(errors).toEqual([]);
    expect(adapterErrors).toEqual([]);
  });

  it('answers a malformed Host on a real socket with 400', async () => {
    const { handler } = setup();
    const server: Server = createServer(toNodeListener(handler));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      for (const host of ['[::1', 'user:pw@localhost', 'localhost:99999']) {
        const answer = await new Promise<string>((resolve, reject) => {
          const socket = connect(port, '127.0.0.1', () => {
            socket.end(`GET /ai-sessions HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
          });
          let data = '';
          socket.on('data', (d) => (data += d.toString()));
          socket.on('end', () => resolve(data));
          socket.on('error', reject);
        });
        expect(answer.split('\r\n')[0]).toBe('HTTP/1.1 400 Bad Request');
      }
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('reports an error of the adapter itself to its onError and answers 500', async () => {
    const seen: unknown[] = [];
    const listener = toNodeListener(
      async () => {
        throw new Error('handler broke its contract');
      },
      { onError: (e) => seen.push(e) },
    );
    const { status } = await viaNode(listener, nodeRequest('localhost', '/x'));
    expect(status).toBe(500);
    expect(seen).toHaveLength(1);
  });
});

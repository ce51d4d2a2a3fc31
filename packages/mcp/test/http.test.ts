// The Streamable HTTP endpoint mounted beside @closeout/http on one Node server (loopback only),
// with the same authenticate: a session run and posted over HTTP with the human asked mid-call,
// 401 without credentials, and an MCP session that another account cannot use.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { createHandler, toNodeListener } from '@closeout/http';
import { createMcpHandler, type McpHandler, type McpHandlerOptions } from '@closeout/mcp';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterEach, describe, expect, it } from 'vitest';
import {
  accept,
  closeoutWithPsa,
  codeOf,
  connectClient,
  dataOf,
  type Human,
  troubleshoot,
} from './support.js';

const KEYS: Record<string, string> = { 'key-acme': 'acme-msp', 'key-globex': 'globex-msp' };
const authenticate = (request: Request) =>
  KEYS[request.headers.get('authorization')?.replace(/^Bearer /, '') ?? ''] ?? null;

const cleanups: Array<() => Promise<void>> = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
});

async function serve(handlerOptions: Partial<McpHandlerOptions> = {}) {
  const env = await closeoutWithPsa(['acme-msp', 'globex-msp']);
  const api = createHandler(env.closeout, { authenticate });
  const mcp: McpHandler = createMcpHandler(env.closeout, { authenticate, ...handlerOptions });
  const app = (request: Request) => (new URL(request.url).pathname === '/mcp' ? mcp(request) : api(request));
  const server: Server = createServer(toNodeListener(app));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  cleanups.push(async () => {
    await mcp.close();
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
  });
  const connect = async (key: string, human: Human = accept) => {
    const transport = new StreamableHTTPClientTransport(new URL('/mcp', origin), {
      requestInit: { headers: { authorization: `Bearer ${key}` } },
    });
    const client = await connectClient(transport, human);
    cleanups.push(() => client.client.close());
    return { ...client, transport };
  };
  return { ...env, origin, connect };
}

describe('createMcpHandler (Streamable HTTP)', () => {
  it('runs a session and posts it after the human accepts mid-call; the HTTP API sees the same session', async () => {
    const { connect, ticket, psa, origin } = await serve();
    const acme = await connect('key-acme');
    const { sessionId, version } = await troubleshoot(acme.call, ticket);
    const posted = await acme.call('closeout_post_note', {
      sessionId,
      kind: 'resolve',
      basedOnVersion: version,
    });
    expect(acme.asked).toHaveLength(1);
    expect(dataOf(posted)).toMatchObject({ posted: true, status: { name: 'Resolved', verified: true } });
    expect(psa.notes('48213')).toHaveLength(1);

    const viaApi = await fetch(`${origin}/ai-sessions/${sessionId}`, {
      headers: { authorization: 'Bearer key-acme' },
    });
    expect(viaApi.status).toBe(200);
    expect(await viaApi.json()).toMatchObject({ id: sessionId, status: 'resolved' });
  });

  it('answers 401 without credentials, as the HTTP API does', async () => {
    const { origin } = await serve();
    const initialize = {
      jsonrpc: '2.0',
      id: 1,
      method: 'initialize',
      params: { protocolVersion: '2025-06-18', capabilities: {}, clientInfo: { name: 'x', version: '1' } },
    };
    const response = await fetch(`${origin}/mcp`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json, text/event-stream' },
      body: JSON.stringify(initialize),
    });
    expect(response.status).toBe(401);
    expect(response.headers.get('www-authenticate')).toBe('Bearer');
    expect((await fetch(`${origin}/ai-sessions`)).status).toBe(401);
  });

  it('keeps each account to its own sessions, and another account cannot use an MCP session it did not open', async () => {
    const { connect, ticket, origin, psa } = await serve();
    const acme = await connect('key-acme');
    const { sessionId, version } = await troubleshoot(acme.call, ticket);

    const globex = await connect('key-globex');
    expect(codeOf(await globex.call('closeout_get_session', { sessionId }))).toBe('SESSION_NOT_FOUND');
    const post = await globex.call('closeout_post_note', {
      sessionId,
      kind: 'resolve',
      basedOnVersion: version,
    });
    expect(codeOf(post)).toBe('SESSION_NOT_FOUND');

    // Globex's key on Acme's MCP session id: refused as an unknown session.
    const hijack = await fetch(`${origin}/mcp`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer key-globex',
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-session-id': acme.transport.sessionId ?? '',
        'mcp-protocol-version': '2025-06-18',
      },
      body: JSON.stringify({
        jsonrpc: '2.0',
        id: 9,
        method: 'tools/call',
        params: { name: 'closeout_get_session', arguments: { sessionId } },
      }),
    });
    expect(hijack.status).toBe(404);
    expect(JSON.stringify(await hijack.json())).not.toContain('Printer');
    expect(psa.notes()).toHaveLength(0);
  });

  it('closes an MCP session left idle past sessionIdleMs; its id then answers 404', async () => {
    let now = Date.parse('2026-12-04T09:00:00Z');
    const clock = { now: () => new Date(now) };
    const { connect, origin } = await serve({ sessionIdleMs: 60_000, clock });
    const idle = await connect('key-acme');
    const idleId = idle.transport.sessionId ?? '';
    now += 60_001;
    // Any request sweeps: this one opens a second session.
    await connect('key-acme');
    const late = await fetch(`${origin}/mcp`, {
      method: 'POST',
      headers: {
        authorization: 'Bearer key-acme',
        'content-type': 'application/json',
        accept: 'application/json, text/event-stream',
        'mcp-session-id': idleId,
        'mcp-protocol-version': '2025-06-18',
      },
      body: JSON.stringify({ jsonrpc: '2.0', id: 3, method: 'tools/list' }),
    });
    expect(late.status).toBe(404);
  });
});

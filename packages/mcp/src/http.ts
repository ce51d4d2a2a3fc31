import { type Clock, type Closeout, systemClock } from '@closeout/core';
import { WebStandardStreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/webStandardStreamableHttp.js';
import { accountIdOf, type McpAuthenticate } from './account.js';
import { createMcpServer, type McpServerOptions } from './server.js';

/** Options of {@link createMcpHandler}. */
export type McpHandlerOptions = Omit<McpServerOptions, 'accountId' | 'actor' | 'authenticate'> & {
  /** The host's authentication, as `@closeout/http`'s `createHandler` takes it; `null` answers 401. */
  authenticate: McpAuthenticate;
  /**
   * An MCP session without a request for this long is closed (default 30 minutes), so clients that
   * vanish without a DELETE do not pile up. It must outlast `confirmTimeoutMs` for a post to be asked.
   */
  sessionIdleMs?: number;
  /** Where time comes from for the idle rule; inject one in tests. */
  clock?: Clock;
};

/** How long an MCP session may sit without a request before it is closed. */
export const DEFAULT_SESSION_IDLE_MS = 30 * 60_000;

/** The Streamable HTTP endpoint as a web-standard handler, and a way to end its MCP sessions. */
export interface McpHandler {
  (request: Request): Promise<Response>;
  /** Closes every open MCP session (on shutdown). */
  close(): Promise<void>;
}

interface Entry {
  transport: WebStandardStreamableHTTPServerTransport;
  accountId: string;
  /** When the session last saw a request (ms since the epoch). */
  seen: number;
}

/**
 * The MCP Streamable HTTP transport as one `(Request) => Promise<Response>` handler, to mount at a
 * path of the host's choosing (e.g. `/mcp`) next to `@closeout/http`, with the same `authenticate`.
 *
 * Each MCP session (the `mcp-session-id` header) gets its own server, so a post's elicitation goes
 * back to the client that asked. A session belongs to the account that opened it: a request of
 * another account naming it answers 404, as an unknown session does, and every call is authenticated
 * again. Sessions live in this process's memory; behind a load balancer, route a session to one
 * instance (closeout's own data is in the shared storage either way). A session without a request for
 * `sessionIdleMs` is closed; its client starts a new one.
 *
 * @example
 * ```ts
 * const api = createHandler(closeout, { authenticate });
 * const mcp = createMcpHandler(closeout, { authenticate });
 * const app = (request: Request) => (new URL(request.url).pathname === '/mcp' ? mcp(request) : api(request));
 * ```
 */
export function createMcpHandler(closeout: Closeout, options: McpHandlerOptions): McpHandler {
  const sessions = new Map<string, Entry>();
  const idleMs = options.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS;
  const clock = options.clock ?? systemClock;

  // Swept on each request rather than by a timer, so an idle handler keeps no process alive.
  const sweep = (now: number) => {
    for (const [id, entry] of sessions) {
      if (now - entry.seen <= idleMs) continue;
      sessions.delete(id);
      void entry.transport.close();
    }
  };

  const handler = async (request: Request): Promise<Response> => {
    const now = clock.now().getTime();
    sweep(now);
    const accountId = await accountIdOf(options.authenticate, request);
    if (accountId === null) {
      return rpcError(401, -32001, 'Authentication required', { 'www-authenticate': 'Bearer' });
    }
    const sessionId = request.headers.get('mcp-session-id');
    if (sessionId !== null) {
      const entry = sessions.get(sessionId);
      // Another account's session looks like a missing one.
      if (entry === undefined || entry.accountId !== accountId)
        return rpcError(404, -32001, 'Session not found');
      entry.seen = now;
      return entry.transport.handleRequest(request);
    }
    if (request.method !== 'POST')
      return rpcError(400, -32000, 'Bad Request: no MCP session; initialize first');
    const transport = new WebStandardStreamableHTTPServerTransport({
      // Web Crypto, so the handler runs wherever `Request` and `Response` do (Node, Bun, Deno, workers).
      sessionIdGenerator: () => globalThis.crypto.randomUUID(),
      onsessioninitialized: (id) => {
        sessions.set(id, { transport, accountId, seen: now });
      },
      onsessionclosed: (id) => {
        sessions.delete(id);
      },
    });
    transport.onclose = () => {
      if (transport.sessionId !== undefined) sessions.delete(transport.sessionId);
    };
    const server = createMcpServer(closeout, { ...options, authenticate: options.authenticate });
    await server.connect(transport);
    const response = await transport.handleRequest(request);
    // A first request that was not an initialize opened no session: nothing to keep.
    if (transport.sessionId === undefined) await server.close();
    return response;
  };

  return Object.assign(handler, {
    async close() {
      const open = [...sessions.values()];
      sessions.clear();
      await Promise.all(open.map((e) => e.transport.close()));
    },
  });
}

function rpcError(
  status: number,
  code: number,
  message: string,
  headers: Record<string, string> = {},
): Response {
  return new Response(JSON.stringify({ jsonrpc: '2.0', error: { code, message }, id: null }), {
    status,
    headers: { 'content-type': 'application/json', ...headers },
  });
}

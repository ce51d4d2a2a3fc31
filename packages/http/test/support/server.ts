import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { type CloseoutOptions, createCloseout, type SettingsUpdate } from '@closeout/core';
import { type FakePsa, fakePsa } from '@closeout/core/fake-psa';
import { createHandler, type HandlerOptions, toNodeListener } from '@closeout/http';
import { memoryStorage } from '@closeout/storage-memory';

/** API keys of the test tenants: `Bearer key-acme` acts for acme. */
const KEYS: Record<string, string> = { 'key-acme': 'acme-msp', 'key-globex': 'globex-msp' };

export interface TestServer {
  url: string;
  /** fetch against the server with a tenant's key (or none). */
  call(
    method: string,
    path: string,
    init?: { body?: unknown; raw?: BodyInit; key?: string | null; headers?: Record<string, string> },
  ): Promise<Response>;
  close(): Promise<void>;
  errors: unknown[];
  /** Saves acme's status settings through the SDK, as a host would. */
  settings(update: SettingsUpdate): Promise<void>;
}

/** Starts the handler on Node's http server on a loopback port. */
export async function startServer(
  overrides: Partial<CloseoutOptions> = {},
  handlerOptions: Partial<HandlerOptions> = {},
): Promise<TestServer> {
  const closeout = createCloseout({ storage: memoryStorage(), ...overrides });
  const errors: unknown[] = [];
  const handler = createHandler(closeout, {
    authenticate: (req) => KEYS[(req.headers.get('authorization') ?? '').replace(/^Bearer /, '')] ?? null,
    basePath: '/api',
    onError: (e) => errors.push(e),
    ...handlerOptions,
  });
  const server: Server = createServer(toNodeListener(handler));
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const url = `http://127.0.0.1:${port}`;
  return {
    url,
    errors,
    settings: async (update) => {
      await closeout.account('acme-msp').settings.update(update);
    },
    call: (method, path, init = {}) => {
      const headers: Record<string, string> = { ...init.headers };
      const key = init.key === undefined ? 'key-acme' : init.key;
      if (key !== null) headers.authorization = `Bearer ${key}`;
      let body: BodyInit | undefined = init.raw;
      if (init.body !== undefined) {
        body = JSON.stringify(init.body);
        headers['content-type'] ??= 'application/json';
      }
      return fetch(`${url}${path}`, { method, headers, body });
    },
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  };
}

/** A server on a fresh simulated PSA, with acme's resolved and escalated statuses saved. */
export async function startServerOnPsa(
  handlerOptions: Partial<HandlerOptions> = {},
): Promise<{ server: TestServer; psa: FakePsa }> {
  const psa = fakePsa();
  const server = await startServer({ psa }, handlerOptions);
  // Status settings are not an endpoint: the host configures them through the SDK.
  await server.settings({
    resolvedStatusId: psa.statusId('Resolved'),
    escalatedStatusId: psa.statusId('Escalated'),
  });
  return { server, psa };
}

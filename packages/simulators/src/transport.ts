/**
 * What every vendor simulator shares: the switchable faults (an HTTP status, a lost response, a
 * slow answer), and the two ways it answers, through nock at the fetch level on a host of its own
 * or over real HTTP on 127.0.0.1. A simulator supplies one `answer` function; both transports and
 * the faults come from here.
 *
 * @module
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { PsaFault } from '@closeout/core/fake-psa';
import nock from 'nock';

/** A simulator's answer: status, JSON (or text) body, headers. */
export interface SimAnswer {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** An answer, or `'lost'`: the change is committed, then the connection is reset. */
export type SimReply = SimAnswer | 'lost';

/** Answers one request; `uri` is the path with its query, `body` the raw text, headers lower-cased. */
export type SimHandler = (
  method: string,
  uri: string,
  body: string,
  headers: Record<string, string>,
) => Promise<SimReply>;

/** The faults a simulator is switched to, per operation. */
export class Faults<Op extends string> {
  readonly #faults = new Map<Op, { fault: PsaFault; left: number }>();
  readonly #lost = new Map<Op, number>();
  readonly #delayMs = new Map<Op, number>();

  /** Calls of `operation` answer with `fault`: until cleared with `null`, or only the next `times`. */
  set(operation: Op, fault: PsaFault | null, times = Number.POSITIVE_INFINITY): void {
    if (fault === null) this.#faults.delete(operation);
    else this.#faults.set(operation, { fault, left: times });
  }

  /** The fault the next call of `operation` answers with, if any (counting it down). */
  take(operation: Op): PsaFault | undefined {
    const entry = this.#faults.get(operation);
    if (!entry) return undefined;
    entry.left -= 1;
    if (entry.left <= 0) this.#faults.delete(operation);
    return entry.fault;
  }

  /** The next `count` successful calls of `operation` take effect, then their connection is reset. */
  lose(operation: Op, count: number): void {
    this.#lost.set(operation, count);
  }

  /** `reply`, or `'lost'` when a lost response is due for this successful call. */
  maybeLose(operation: Op, reply: SimAnswer): SimReply {
    const lost = this.#lost.get(operation) ?? 0;
    if (lost > 0 && reply.status < 300) {
      this.#lost.set(operation, lost - 1);
      return 'lost';
    }
    return reply;
  }

  /** Calls of `operation` answer after `ms` (0 clears). */
  delay(operation: Op, ms: number): void {
    if (ms <= 0) this.#delayMs.delete(operation);
    else this.#delayMs.set(operation, ms);
  }

  /** Waits the delay set for `operation`, if any. */
  async wait(operation: Op | undefined): Promise<void> {
    const ms = operation === undefined ? 0 : (this.#delayMs.get(operation) ?? 0);
    if (ms > 0) await new Promise((r) => setTimeout(r, ms));
  }
}

/** `Retry-After` for a fault that names one. */
export const retryAfterHeaders = (fault: PsaFault): Record<string, string> =>
  fault.retryAfterSeconds === undefined ? {} : { 'Retry-After': String(fault.retryAfterSeconds) };

const lowerCase = (headers: Record<string, unknown>): Record<string, string> =>
  Object.fromEntries(Object.entries(headers).map(([k, v]) => [k.toLowerCase(), String(v)]));

/** The content type of a body: JSON, or a text page for a string. */
const contentType = (body: unknown) =>
  typeof body === 'string' ? 'text/html; charset=utf-8' : 'application/json; charset=utf-8';
const payload = (body: unknown) =>
  typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);

/** Answers every request to `origin` through nock until the returned function is called. */
export function interceptWithNock(
  origin: string,
  handler: SimHandler,
  extraHeaders: () => Record<string, string> = () => ({}),
): () => void {
  const scope = nock(origin).persist();
  const interceptors: nock.Interceptor[] = [];
  for (const method of ['GET', 'POST', 'PATCH', 'PUT', 'DELETE'] as const) {
    const interceptor = scope.intercept(() => true, method).query(true);
    interceptors.push(interceptor);
    interceptor.reply(function (uri, body, callback) {
      const text = typeof body === 'string' ? body : body === undefined ? '' : JSON.stringify(body);
      void handler(method, uri, text, lowerCase(this.req.headers)).then(
        (reply) => {
          if (reply === 'lost') {
            callback(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }), [0, '']);
            return;
          }
          callback(null, [
            reply.status,
            payload(reply.body),
            { 'Content-Type': contentType(reply.body), ...extraHeaders(), ...reply.headers },
          ]);
        },
        (error: unknown) => callback(error instanceof Error ? error : new Error(String(error)), [0, '']),
      );
    });
  }
  return () => {
    for (const interceptor of interceptors) nock.removeInterceptor(interceptor);
    scope.persist(false);
  };
}

/** A running loopback server: its origin, and how to stop it. */
export interface Listening {
  origin: string;
  stop(): Promise<void>;
}

/** Answers over real HTTP on a free 127.0.0.1 port; a lost response destroys the socket. */
export async function listenOnLoopback(
  handler: SimHandler,
  extraHeaders: () => Record<string, string> = () => ({}),
): Promise<Listening> {
  const server: Server = createServer((req, res) => {
    void readText(req)
      .then((text) => handler(req.method ?? 'GET', req.url ?? '/', text, lowerCase(req.headers)))
      .then((reply) => {
        if (reply === 'lost') {
          res.socket?.destroy();
          return;
        }
        res.writeHead(reply.status, {
          'Content-Type': contentType(reply.body),
          ...extraHeaders(),
          ...reply.headers,
        });
        res.end(payload(reply.body));
      });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stop() {
      server.closeAllConnections();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** A request body as JSON when it is JSON, else the text itself (`undefined` when empty). */
export function parseBody(raw: string): unknown {
  if (raw === '') return undefined;
  try {
    return JSON.parse(raw);
  } catch {
    return raw;
  }
}

async function readText(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The lines of `requests` since `from`, as the demo prints them: method, path below `apiPrefix`, status. */
export function requestLines(
  requests: ReadonlyArray<{ method: string; path: string; outcome: number | 'lost' }>,
  from: number,
  apiPrefix: string,
): Array<{ method: string; path: string; status: number }> {
  return requests.slice(from).map((r) => ({
    method: r.method,
    path: r.path.startsWith(apiPrefix) ? r.path.slice(apiPrefix.length) : r.path,
    status: r.outcome === 'lost' ? 0 : r.outcome,
  }));
}

// What the model-provider simulators (anthropic.ts, openai.ts) share: the fetch function around a
// handler, the queue of scripted replies, the error headers their SDKs read, latency that honours
// the caller's abort, and request ids.

import { setTimeout as sleep } from 'node:timers/promises';

/** A fetch function, as both SDKs take one (`fetch` client option). */
export type SimulatorFetch = (input: string | URL | Request, init?: RequestInit) => Promise<Response>;

/** Wraps a handler of web-standard requests as a fetch function. */
export const asFetch =
  (handle: (request: Request) => Promise<Response>): SimulatorFetch =>
  (input, init) =>
    handle(input instanceof Request && init === undefined ? input : new Request(input, init));

/** An error reply: a status and error type, with the headers that steer the SDKs' retries. */
export interface ScriptedError {
  status: number;
  type: string;
  message?: string;
  /** Seconds, as the `retry-after` header. */
  retryAfter?: number;
  /** The `x-should-retry` header. */
  shouldRetry?: boolean;
}

/**
 * Replies for the next requests, one each, in order. An error reply is served before the request
 * is validated (as a gateway or a rate limiter answers); any other reply after validation, in
 * place of the model's answer.
 */
export class ReplyScript<R extends object> {
  readonly #queue: Array<R | ScriptedError> = [];

  push(...replies: Array<R | ScriptedError>): void {
    this.#queue.push(...replies);
  }

  /** The next reply when it is an error, taken off the queue. */
  takeError(): ScriptedError | undefined {
    const next = this.#queue[0];
    if (next === undefined || !('status' in next)) return undefined;
    this.#queue.shift();
    return next as ScriptedError;
  }

  /** The next reply when it is not an error, taken off the queue. */
  takeReply(): R | undefined {
    const next = this.#queue[0];
    if (next === undefined || 'status' in next) return undefined;
    this.#queue.shift();
    return next as R;
  }
}

/** The `retry-after` and `x-should-retry` headers of a scripted error. */
export function retryHeaders(reply: ScriptedError): Headers {
  const headers = new Headers();
  if (reply.retryAfter !== undefined) headers.set('retry-after', String(reply.retryAfter));
  if (reply.shouldRetry !== undefined) headers.set('x-should-retry', String(reply.shouldRetry));
  return headers;
}

/** The request's JSON body, or `undefined` when it is not JSON. */
export async function jsonBody(request: Request): Promise<unknown> {
  try {
    return JSON.parse(await request.text());
  } catch {
    return undefined;
  }
}

/** Waits `ms` (if any), failing as fetch fails when the caller aborts (the SDKs' timeouts). */
export async function latency(ms: number | undefined, signal: AbortSignal): Promise<void> {
  if (ms) await sleep(ms, undefined, { signal });
}

/** A request id of the vendors' shape, numbered per simulator. */
export const requestId = (n: number) => `req_sim${String(n).padStart(20, '0')}`;

/** An error a simulator answers with; each vendor renders it in its own body shape. */
export class SimulatedApiError extends Error {
  constructor(
    readonly status: number,
    readonly type: string,
    message: string,
    /** OpenAI's `code` and `param`; Anthropic's bodies have neither. */
    readonly code: string | null = null,
    readonly param: string | null = null,
  ) {
    super(message);
  }
}

/** A simulator served over HTTP on a loopback port. */
export interface ServedSimulator {
  /** `http://127.0.0.1:<port>`: the SDKs' `baseURL` (OpenAI's with `/v1`). */
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a simulator's fetch function on 127.0.0.1 (a free port), for code that takes a base URL
 * rather than a fetch function: a client in another process, the demo, a curl line.
 */
export async function serve(fetch: SimulatorFetch): Promise<ServedSimulator> {
  const { createServer } = await import('node:http');
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (typeof value === 'string') headers.set(name, value);
    }
    const response = await fetch(`http://127.0.0.1${req.url ?? '/'}`, {
      method: req.method ?? 'GET',
      headers,
      ...(chunks.length === 0 ? {} : { body: Buffer.concat(chunks) }),
    });
    res.writeHead(response.status, Object.fromEntries(response.headers));
    res.end(Buffer.from(await response.arrayBuffer()));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      }),
  };
}

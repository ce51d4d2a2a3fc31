import type { CloseoutHandler } from './handler.js';
import { requestUrl } from './request-target.js';

/**
 * The part of Node's `http.IncomingMessage` that {@link toNodeListener} reads. Declared here rather than
 * imported from `node:http`, so a host's type check needs no `@types/node` (TypeScript 6+ loads no `@types`
 * package unless `types` names it); Node's own request, and Express's, satisfy it.
 */
export interface NodeRequestLike extends AsyncIterable<Uint8Array | string> {
  readonly method?: string | undefined;
  readonly url?: string | undefined;
  /** Express strips the mount path from `url`; `originalUrl` keeps the path the client used. */
  readonly originalUrl?: string | undefined;
  readonly headers: Readonly<Record<string, string | string[] | undefined>>;
}

/** The part of Node's `http.ServerResponse` that {@link toNodeListener} writes. */
export interface NodeResponseLike {
  statusCode: number;
  readonly headersSent: boolean;
  setHeader(name: string, value: string): unknown;
  end(chunk?: Uint8Array | string): unknown;
  /**
   * Sends part of the body (Node's and Express's responses have it). With it, a streamed answer
   * (server-sent events, such as `@closeout/mcp`'s Streamable HTTP endpoint) reaches the client as it
   * is written; without it the body is sent whole at the end.
   */
  write?(chunk: Uint8Array | string): unknown;
}

/** Options of {@link toNodeListener}. */
export interface NodeListenerOptions {
  /**
   * Sees every unexpected error of the adapter itself (a response that could not be written), which
   * it answers as a bare 500. Errors inside the handler go to the handler's own `onError`.
   */
  onError?(error: unknown): void;
}

const JSON_TYPE = 'application/json; charset=utf-8';

/**
 * Adapts a web-standard handler to Node's `(req, res)` listener: use it with `http.createServer`,
 * or as Express/Connect middleware (mount it before any body parser, which would drain the body).
 *
 * A request whose `Host` header or target cannot form a URL (`Host: [::1`, `Host: a b`,
 * `Host: user:pw@localhost`, `Host: localhost:99999`) answers 400 `INVALID_REQUEST_TARGET`
 * without reaching the handler.
 */
export function toNodeListener(
  handler: CloseoutHandler,
  options: NodeListenerOptions = {},
): (req: NodeRequestLike, res: NodeResponseLike) => void {
  return (req, res) => {
    void handle(handler, req, res, options);
  };
}

async function handle(
  handler: CloseoutHandler,
  req: NodeRequestLike,
  res: NodeResponseLike,
  options: NodeListenerOptions,
): Promise<void> {
  try {
    // More than one Host header is as malformed as a bad one (RFC 9112 §3.2).
    const { host } = req.headers;
    const url = Array.isArray(host) ? null : requestUrl(host, req.originalUrl ?? req.url ?? '/');
    if (url === null) {
      res.statusCode = 400;
      res.setHeader('content-type', JSON_TYPE);
      res.end(
        JSON.stringify({
          error: {
            code: 'INVALID_REQUEST_TARGET',
            message: 'The Host header or the request target is not a valid URL',
            details: {},
          },
        }),
      );
      return;
    }
    const headers = new Headers();
    for (const [name, value] of Object.entries(req.headers)) {
      if (value === undefined) continue;
      for (const v of Array.isArray(value) ? value : [value]) headers.append(name, v);
    }
    const hasBody = req.method !== 'GET' && req.method !== 'HEAD';
    const request = new Request(url, {
      method: req.method ?? 'GET',
      headers,
      body: hasBody ? toWebStream(req) : null,
      // Node's fetch needs this to accept a streamed request body.
      duplex: 'half',
    } as RequestInit);
    const response = await handler(request);
    res.statusCode = response.status;
    response.headers.forEach((value, name) => {
      res.setHeader(name, value);
    });
    if (response.body === null || res.write === undefined) {
      res.end(new Uint8Array(await response.arrayBuffer()));
      return;
    }
    const reader = response.body.getReader();
    for (let next = await reader.read(); !next.done; next = await reader.read()) res.write(next.value);
    res.end();
  } catch (error) {
    // A stream that broke off after its headers went out (the client left) can only be ended.
    if (res.headersSent) {
      res.end();
      return;
    }
    options.onError?.(error);
    res.statusCode = 500;
    res.setHeader('content-type', JSON_TYPE);
    res.end(JSON.stringify({ error: { code: 'INTERNAL', message: 'Internal server error', details: {} } }));
  }
}

/** The request body as a web stream, pulled chunk by chunk so the handler's body limit still stops a large one early. */
function toWebStream(body: AsyncIterable<Uint8Array | string>): ReadableStream<Uint8Array> {
  const chunks = body[Symbol.asyncIterator]();
  const encoder = new TextEncoder();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      const next = await chunks.next();
      if (next.done === true) controller.close();
      else controller.enqueue(typeof next.value === 'string' ? encoder.encode(next.value) : next.value);
    },
    async cancel() {
      await chunks.return?.();
    },
  });
}
